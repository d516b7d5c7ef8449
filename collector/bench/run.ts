/**
 * `npm run collector:bench [-- --pg] [--count 10000] [--connections 32] [--kill-after 3000]`
 *
 * The collector's load and fault bench, on loopback only. For each store (PGlite in a temporary
 * folder; with --pg also a throwaway PostgreSQL cluster) it starts the collector as a real process
 * and runs:
 *   load   `count` valid submissions from concurrent clients; every acknowledged one must be
 *          stored exactly once.
 *   fault  the same, with a SIGKILL once `kill-after` are acknowledged; started again on the same
 *          data, every acknowledged submission must be there; the rest is then sent (and some
 *          acknowledged ones again, which must be answered as duplicates) and each must be stored once.
 * It prints a table and exits with 1 when anything was lost, stored twice or answered wrongly.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { startPostgres, type PostgresCluster } from './postgres.ts';
import { printReports, type StoreReport } from './report.ts';
import { faultRun, loadRun, type BenchSettings, type StoreSettings } from './scenarios.ts';

// The bench is bounded: a run that hangs is a failure, not a wait.
const LIMIT_MINUTES = 10;

function whole(name: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`--${name} must be a whole number >= ${min}`);
  return Number(text);
}

const { values } = parseArgs({
  options: {
    pg: { type: 'boolean', default: false },
    count: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '32' },
    'kill-after': { type: 'string', default: '3000' },
    'resend-acknowledged': { type: 'string', default: '1000' },
  },
});

const bench: BenchSettings = {
  count: whole('count', values.count, 1),
  connections: whole('connections', values.connections, 1),
  killAfter: whole('kill-after', values['kill-after'], 1),
  resendAcknowledged: whole('resend-acknowledged', values['resend-acknowledged'], 0),
  adminToken: randomBytes(24).toString('hex'),
};
if (bench.killAfter >= bench.count) throw new Error('--kill-after must be smaller than --count');

/** One store under test: makes a fresh store per run and cleans up after. */
interface StoreTarget {
  name: string;
  fresh(run: string): Promise<StoreSettings>;
  /** Removes what the runs left; `keep` leaves it for a look after a failure. */
  dispose(keep: boolean): void;
}

function pgliteTarget(): StoreTarget {
  const folder = mkdtempSync(join(tmpdir(), 'collector-bench-'));
  return {
    name: 'PGlite',
    fresh: async (run) => ({ dataFolder: join(folder, run) }),
    dispose: (keep) => {
      if (keep) process.stderr.write(`PGlite data kept in ${folder}\n`);
      else rmSync(folder, { recursive: true, force: true });
    },
  };
}

function postgresTarget(cluster: PostgresCluster): StoreTarget {
  return {
    name: 'PostgreSQL',
    fresh: async (run) => ({ databaseUrl: await cluster.createDatabase(`bench_${run}`) }),
    dispose: () => cluster.stop(),
  };
}

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`collector bench: not finished after ${LIMIT_MINUTES} minutes, stopping\n`);
    process.exit(1);
  }, LIMIT_MINUTES * 60_000);
  watchdog.unref();

  const targets: StoreTarget[] = [pgliteTarget()];
  if (values.pg) targets.push(postgresTarget(startPostgres()));

  const reports: StoreReport[] = [];
  for (const target of targets) {
    process.stderr.write(`${target.name}: load, ${bench.count} submissions, ${bench.connections} connections\n`);
    const load = await loadRun(await target.fresh('load'), bench);
    process.stderr.write(`${target.name}: fault, SIGKILL after ${bench.killAfter} acknowledged\n`);
    const fault = await faultRun(await target.fresh('fault'), bench);
    reports.push({ store: target.name, load, fault });
    target.dispose(!(load.ok && fault.ok));
  }
  printReports(reports, bench);
  return reports.every((report) => report.load.ok && report.fault.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`collector bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
