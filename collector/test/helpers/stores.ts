/**
 * The two stores every suite runs against: PGlite in a temporary folder, and a real PostgreSQL
 * server. The server is the one named by COLLECTOR_TEST_DATABASE_URL (test/run.ts starts one for
 * the whole run); without it, this process starts its own throwaway cluster with
 * scripts/postgres-cluster.sh. Each opened store is a fresh database, dropped afterwards.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

import { migrate } from '../../src/migrate.ts';
import { openPglite, openPostgres, type Storage } from '../../src/storage.ts';

const CLUSTER_SCRIPT = fileURLToPath(new URL('../../../scripts/postgres-cluster.sh', import.meta.url));

/**
 * True when initdb and pg_ctl can be found (the same search as the cluster script).
 * COLLECTOR_TEST_NO_POSTGRES=1 acts as if they were not, to check how a run without them reports.
 */
export function postgresInstalled(): boolean {
  if (process.env.COLLECTOR_TEST_NO_POSTGRES === '1') return false;
  const folders = [
    process.env.PG_BIN,
    ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`) : []),
  ];
  return folders.some((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/** Why the PostgreSQL suite does not run, printed loudly; null when it runs. */
export function postgresMissing(): string | null {
  if (process.env.COLLECTOR_TEST_DATABASE_URL || postgresInstalled()) return null;
  return POSTGRES_NOT_RUN;
}

/** The loud line of a run without PostgreSQL. */
export const POSTGRES_NOT_RUN =
  'PostgreSQL suite NOT RUN: PostgreSQL is not installed (apt-get install postgresql); set REQUIRE_POSTGRES=1 to make this fail';

let ownCluster: { folder: string; url: string } | null = null;

/** The admin URL of the server: the run's own, or a cluster this process starts once. */
function serverUrl(): string {
  if (process.env.COLLECTOR_TEST_DATABASE_URL) return process.env.COLLECTOR_TEST_DATABASE_URL;
  if (!ownCluster) {
    const folder = mkdtempSync(join(tmpdir(), 'collector-pg-'));
    const port = String(20_000 + Math.floor(Math.random() * 40_000));
    const url = execFileSync(CLUSTER_SCRIPT, ['start', folder, port], { encoding: 'utf8' }).trim();
    ownCluster = { folder, url };
  }
  return ownCluster.url;
}

after(() => {
  if (!ownCluster) return;
  execFileSync(CLUSTER_SCRIPT, ['stop', ownCluster.folder]);
  rmSync(ownCluster.folder, { recursive: true, force: true });
  ownCluster = null;
});

/** The URL with another database name in its path. */
export function withDatabase(url: string, database: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^/]*\/)([^?]*)/, `$1${database}`);
}

/** A store opened for one suite, with what it needs to be thrown away. */
export interface OpenedStore {
  storage: Storage;
  /** For PGlite: the data folder. */
  folder?: string;
  /** For PostgreSQL: the connection string of this suite's database. */
  url?: string;
  /** Closes the store and removes its folder or database. */
  dispose(): Promise<void>;
}

/** One back end the suites run on. */
export interface StoreTarget {
  name: 'PGlite' | 'PostgreSQL';
  /** A reason to skip, for node:test, or false. */
  skip: string | false;
  /** A fresh, empty store; migrated unless `migrated` is false. */
  open(options?: { migrated?: boolean }): Promise<OpenedStore>;
}

const pglite: StoreTarget = {
  name: 'PGlite',
  skip: false,
  async open({ migrated = true } = {}) {
    const folder = mkdtempSync(join(tmpdir(), 'collector-pglite-'));
    const storage = await openPglite(folder);
    if (migrated) await migrate(storage);
    return {
      storage,
      folder,
      async dispose() {
        await storage.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

const postgres: StoreTarget = {
  name: 'PostgreSQL',
  skip: postgresMissing() !== null && process.env.REQUIRE_POSTGRES !== '1' ? (postgresMissing() as string) : false,
  async open({ migrated = true } = {}) {
    const missing = postgresMissing();
    if (missing) throw new Error(`${missing} (REQUIRE_POSTGRES=1)`);
    const admin = serverUrl();
    const database = `collector_test_${randomBytes(6).toString('hex')}`;
    const adminClient = new pg.Client({ connectionString: admin });
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE ${database}`);
    await adminClient.end();
    const url = withDatabase(admin, database);
    const storage = await openPostgres(url);
    if (migrated) await migrate(storage);
    return {
      storage,
      url,
      async dispose() {
        await storage.close();
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await client.end();
      },
    };
  },
};

if (postgres.skip) process.stderr.write(`\n!!! ${postgres.skip}\n\n`);

/** PGlite and PostgreSQL. */
export const STORE_TARGETS: readonly StoreTarget[] = [pglite, postgres];
