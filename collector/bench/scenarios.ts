/**
 * The bench's two runs on one store: a plain load, and a load during which the collector is
 * killed with SIGKILL, started again on the same data and sent what it had not acknowledged.
 */
import { startCollector, type CollectorSettings, type RunningCollector } from './collector-process.ts';
import { runLoad, type LoadResult } from './load.ts';
import { checkStored, exportedIds, type StoredCheck } from './stored.ts';
import { SubmissionFeed, submissionPlan } from './submissions.ts';
import type { Submission } from '../src/submissions.ts';

/** The store one run uses: a fresh PGlite folder or a fresh PostgreSQL database. */
export type StoreSettings = Pick<CollectorSettings, 'dataFolder' | 'databaseUrl'>;

/** Settings shared by the runs. */
export interface BenchSettings {
  /** Submissions per run. */
  count: number;
  /** Concurrent keep-alive clients. */
  connections: number;
  /** In the fault run: SIGKILL once this many submissions are acknowledged. */
  killAfter: number;
  /** In the fault run: acknowledged submissions sent again after the restart (must be answered 200). */
  resendAcknowledged: number;
  adminToken: string;
}

/** The outcome of a plain load run. */
export interface LoadReport {
  load: LoadResult;
  sent: number;
  stored: StoredCheck;
  /** Exit code after SIGTERM (0: closed cleanly). */
  exitCode: number | null;
  ok: boolean;
}

/** The outcome of a fault run. */
export interface FaultReport {
  /** The load until the kill. */
  beforeKill: LoadResult;
  /** Submissions sent before the kill (acknowledged or not). */
  sentBeforeKill: number;
  /** How the first process ended. */
  killedBy: string;
  /** Why the collector could not start again on the same data, if it could not. */
  restartError?: string;
  /** Milliseconds from the start of the second process until it listened (includes recovery). */
  restartMs?: number;
  /** What the restarted collector holds, compared with what was acknowledged before the kill. */
  afterRestart?: StoredCheck;
  /** Stored at restart although their reply never arrived (the kill came between commit and reply). */
  storedWithoutReply?: number;
  /** The load after the restart: the unacknowledged ones again, some acknowledged ones again, the rest. */
  resend?: LoadResult;
  resent?: { unacknowledged: number; acknowledged: number; neverSent: number };
  /** Replies after the restart that were not the expected 201 (new) or 200 duplicate (stored before). */
  unexpectedReplies?: number;
  /** The final content, compared with every submission of the run. */
  final?: StoredCheck;
  exitCode?: number | null;
  ok: boolean;
}

function idsOf(submissions: Iterable<Submission>): Set<string> {
  return new Set([...submissions].map((submission) => submission.id));
}

/** Sends `count` submissions and checks that exactly the acknowledged ones are stored, once. */
export async function loadRun(store: StoreSettings, bench: BenchSettings): Promise<LoadReport> {
  const collector = await startCollector({ ...store, adminToken: bench.adminToken, port: 0 });
  try {
    const feed = new SubmissionFeed(submissionPlan(bench.count));
    const load = await runLoad({ url: collector.url, feed, amount: bench.count, connections: bench.connections });
    const stored = checkStored(await exportedIds(collector.url, bench.adminToken), load.stored, new Set(feed.drawn.keys()));
    const exitCode = await collector.stop();
    const ok =
      load.stored.size === bench.count &&
      stored.rows === load.stored.size &&
      stored.lost.length === 0 &&
      stored.storedTwice === 0 &&
      stored.unknown.length === 0 &&
      exitCode === 0;
    return { load, sent: feed.drawn.size, stored, exitCode, ok };
  } finally {
    await collector.kill();
  }
}

/**
 * Sends `count` submissions, SIGKILLs the collector once `killAfter` are acknowledged, starts it
 * again on the same store and port, checks that every acknowledged submission is there, then sends
 * the unacknowledged ones, a sample of acknowledged ones and the rest, and checks each reply and
 * that every submission is stored exactly once.
 */
export async function faultRun(store: StoreSettings, bench: BenchSettings): Promise<FaultReport> {
  const plan = submissionPlan(bench.count);
  const first = await startCollector({ ...store, adminToken: bench.adminToken, port: 0 });
  let second: RunningCollector | undefined;
  try {
    const feed = new SubmissionFeed(plan);
    const beforeKill = await runLoad({
      url: first.url,
      feed,
      amount: bench.count,
      connections: bench.connections,
      onStored: (count, control) => {
        if (count === bench.killAfter) {
          first.killNow();
          control.stop();
        }
      },
    });
    const [code, signal] = await first.exited;
    const report: FaultReport = {
      beforeKill,
      sentBeforeKill: feed.drawn.size,
      killedBy: signal ?? `exit code ${code}`,
      ok: false,
    };
    if (signal !== 'SIGKILL') return report;

    const restartStarted = performance.now();
    try {
      second = await startCollector({ ...store, adminToken: bench.adminToken, port: first.port });
    } catch (error) {
      report.restartError = (error as Error).message;
      return report;
    }
    report.restartMs = Math.round(performance.now() - restartStarted);

    const sentBeforeKill = new Set(feed.drawn.keys());
    const atRestart = await exportedIds(second.url, bench.adminToken);
    report.afterRestart = checkStored(atRestart, beforeKill.stored, sentBeforeKill);
    const storedAtRestart = new Set(atRestart);
    report.storedWithoutReply = atRestart.filter((id) => !beforeKill.stored.has(id)).length;

    // What a client would do after the restart: retry what got no reply; plus acknowledged
    // ones again (a retry whose reply was lost), which must be answered as duplicates.
    const unacknowledged = [...feed.drawn.values()].filter((submission) => !beforeKill.stored.has(submission.id));
    const acknowledgedAgain = [...feed.drawn.values()].filter((submission) => beforeKill.stored.has(submission.id)).slice(0, bench.resendAcknowledged);
    const neverSent = feed.remaining();
    const queue = [...unacknowledged, ...acknowledgedAgain, ...neverSent];
    report.resent = { unacknowledged: unacknowledged.length, acknowledged: acknowledgedAgain.length, neverSent: neverSent.length };
    const resendFeed = new SubmissionFeed(queue);
    const resend = await runLoad({ url: second.url, feed: resendFeed, amount: queue.length, connections: bench.connections });
    report.resend = resend;
    report.unexpectedReplies = [...idsOf(queue)].filter((id) =>
      storedAtRestart.has(id) ? !resend.duplicates.has(id) : !resend.stored.has(id),
    ).length;

    const everyId = idsOf(plan);
    const acknowledged = new Set([...beforeKill.stored, ...resend.stored, ...resend.duplicates]);
    report.final = checkStored(await exportedIds(second.url, bench.adminToken), acknowledged, everyId);
    report.exitCode = await second.stop();
    report.ok =
      report.afterRestart.lost.length === 0 &&
      report.afterRestart.storedTwice === 0 &&
      report.afterRestart.unknown.length === 0 &&
      report.unexpectedReplies === 0 &&
      report.final.rows === plan.length &&
      report.final.lost.length === 0 &&
      report.final.storedTwice === 0 &&
      report.final.unknown.length === 0 &&
      report.exitCode === 0;
    return report;
  } finally {
    await first.kill();
    await second?.kill();
  }
}
