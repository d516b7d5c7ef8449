/**
 * The bench's closing table: one line per load, then what the SIGKILL did on each store.
 */
import type { LoadResult } from './load.ts';
import type { BenchSettings, FaultReport, LoadReport } from './scenarios.ts';
import type { StoredCheck } from './stored.ts';

/** Both runs on one store. */
export interface StoreReport {
  store: string;
  load: LoadReport;
  fault: FaultReport;
}

const COLUMNS = ['store', 'run', 'sent', '201', '200 dup', 'other', 'conn err', 'p50 ms', 'p99 ms', 'req/s', 'rows', 'lost', 'twice', 'ok'];

function otherReplies(load: LoadResult): number {
  return Object.entries(load.statuses)
    .filter(([status]) => status !== '201' && status !== '200')
    .reduce((sum, [, count]) => sum + count, 0);
}

function line(store: string, run: string, sent: number, load: LoadResult, stored: StoredCheck | undefined, ok: boolean): string[] {
  return [
    store,
    run,
    String(sent),
    String(load.stored.size),
    String(load.duplicates.size),
    String(otherReplies(load)),
    String(load.errors),
    load.p50.toFixed(1),
    load.p99.toFixed(1),
    String(Math.round(load.requestsPerSecond)),
    stored ? String(stored.rows) : '-',
    stored ? String(stored.lost.length) : '-',
    stored ? String(stored.storedTwice) : '-',
    ok ? 'yes' : 'NO',
  ];
}

function table(rows: string[][]): string {
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const format = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ');
  return [format(COLUMNS), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)].join('\n');
}

function faultSummary({ store, fault }: StoreReport, bench: BenchSettings): string {
  const head = `${store}: ${fault.killedBy} after ${bench.killAfter} acknowledged (${fault.beforeKill.stored.size} acknowledged, ${fault.sentBeforeKill} sent before it died)`;
  if (fault.restartError) return `${head}\n  could NOT start again on the same data:\n  ${fault.restartError.replace(/\n/g, '\n  ')}`;
  if (!fault.afterRestart || !fault.final || !fault.resent) return `${head}\n  the process was not killed as planned`;
  return [
    head,
    `  while it was down the clients' reconnections failed ${fault.beforeKill.errorsAfterStop} times (not counted as errors above)`,
    `  started again in ${fault.restartMs} ms; acknowledged and stored: ${fault.beforeKill.stored.size - fault.afterRestart.lost.length} of ${fault.beforeKill.stored.size} (${fault.afterRestart.lost.length} lost), ` +
      `${fault.storedWithoutReply} stored whose reply never arrived`,
    `  sent again: ${fault.resent.unacknowledged} unacknowledged + ${fault.resent.acknowledged} acknowledged, then ${fault.resent.neverSent} not sent yet; ` +
      `${fault.unexpectedReplies} replies other than 201 (new) / 200 duplicate (stored before)`,
    `  at the end: ${fault.final.rows} rows for ${bench.count} submissions, ${fault.final.storedTwice} stored twice, ${fault.final.unknown.length} unknown; ` +
      `SIGTERM exit code ${fault.exitCode}`,
  ].join('\n');
}

/** Prints the table and the fault summaries to stdout. */
export function printReports(reports: readonly StoreReport[], bench: BenchSettings): void {
  const rows: string[][] = [];
  for (const { store, load, fault } of reports) {
    rows.push(line(store, 'load', load.sent, load.load, load.stored, load.ok));
    rows.push(line(store, 'until SIGKILL', fault.sentBeforeKill, fault.beforeKill, fault.afterRestart, fault.ok));
    if (fault.resend && fault.resent) {
      const { unacknowledged, acknowledged, neverSent } = fault.resent;
      rows.push(line(store, 'after restart', unacknowledged + acknowledged + neverSent, fault.resend, fault.final, fault.ok));
    }
  }
  const ok = reports.every((report) => report.load.ok && report.fault.ok);
  process.stdout.write(
    `\nCollector bench: ${bench.count} submissions per run, ${bench.connections} concurrent connections, loopback, rate limit off\n\n` +
      `${table(rows)}\n\n${reports.map((report) => faultSummary(report, bench)).join('\n')}\n\n` +
      `${ok ? 'Nothing lost, nothing stored twice.' : 'FAILED: see the lines marked NO.'}\n`,
  );
}
