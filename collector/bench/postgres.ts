/**
 * A throwaway PostgreSQL cluster for the bench (scripts/postgres-cluster.sh: private folder,
 * unix socket only), with one fresh database per run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

const CLUSTER_SCRIPT = fileURLToPath(new URL('../../scripts/postgres-cluster.sh', import.meta.url));

/** A started cluster. */
export interface PostgresCluster {
  /** Creates an empty database and returns its DATABASE_URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the cluster and removes its folder. */
  stop(): void;
}

/** Starts a cluster in a temporary folder; throws when PostgreSQL is not installed. */
export function startPostgres(): PostgresCluster {
  const folder = mkdtempSync(join(tmpdir(), 'collector-bench-pg-'));
  // The socket is in the cluster's own folder, so the port only has to differ from other clusters'.
  const port = String(20_000 + Math.floor(Math.random() * 40_000));
  let adminUrl: string;
  try {
    adminUrl = execFileSync(CLUSTER_SCRIPT, ['start', folder, port], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`PostgreSQL cluster did not start: ${stderr || (error as Error).message}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    execFileSync(CLUSTER_SCRIPT, ['stop', folder]);
    rmSync(folder, { recursive: true, force: true });
  };
  process.on('exit', stop);

  return {
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      // The URL has no host (the socket is in ?host=), which URL cannot parse: swap the path by hand.
      const url = adminUrl.replace('@/postgres?', `@/${name}?`);
      if (url === adminUrl) throw new Error(`unexpected DATABASE_URL from ${CLUSTER_SCRIPT}: ${adminUrl}`);
      return url;
    },
    stop,
  };
}
