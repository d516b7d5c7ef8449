/**
 * `npm run test:collector`: every collector test file, on PGlite and on one throwaway PostgreSQL
 * cluster that this run starts (scripts/postgres-cluster.sh) and stops. Without PostgreSQL the
 * PostgreSQL suites are reported NOT RUN on stderr and the run still passes, unless
 * REQUIRE_POSTGRES=1. Extra arguments go to `node --test` (e.g. --test-name-pattern).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { POSTGRES_NOT_RUN, postgresInstalled } from './helpers/stores.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const clusterScript = fileURLToPath(new URL('../../scripts/postgres-cluster.sh', import.meta.url));
const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => join(here, name));

const env: NodeJS.ProcessEnv = { ...process.env };
let cluster: string | null = null;

if (!env.COLLECTOR_TEST_DATABASE_URL && postgresInstalled()) {
  cluster = mkdtempSync(join(tmpdir(), 'collector-pg-'));
  // The socket lives in the cluster's own folder, so any port is private to this run.
  const port = String(20_000 + Math.floor(Math.random() * 40_000));
  env.COLLECTOR_TEST_DATABASE_URL = execFileSync(clusterScript, ['start', cluster, port], { encoding: 'utf8' }).trim();
  process.stderr.write(`PostgreSQL: throwaway cluster in ${cluster}\n`);
} else if (!env.COLLECTOR_TEST_DATABASE_URL) {
  process.stderr.write(`\n!!! ${POSTGRES_NOT_RUN}\n\n`);
}

function stopCluster(): void {
  if (!cluster) return;
  execFileSync(clusterScript, ['stop', cluster]);
  rmSync(cluster, { recursive: true, force: true });
  cluster = null;
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  stopCluster();
  let status = code ?? (signal ? 1 : 0);
  if (!env.COLLECTOR_TEST_DATABASE_URL) {
    process.stderr.write(`\n!!! ${POSTGRES_NOT_RUN}\n`);
    if (process.env.REQUIRE_POSTGRES === '1') {
      process.stderr.write('!!! REQUIRE_POSTGRES=1: failing the run\n');
      status = 1;
    }
  }
  process.exit(status);
});
