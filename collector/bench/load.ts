/**
 * Sends submissions to a running collector from concurrent keep-alive clients (autocannon), each
 * request with its own body drawn from a SubmissionFeed, and records which ids the collector
 * acknowledged as stored (201) or as already stored (200, duplicate).
 */
import autocannon from 'autocannon';

import type { SubmissionFeed } from './submissions.ts';

/** What one load run saw. */
export interface LoadResult {
  /** Ids answered 201: stored. */
  stored: Set<string>;
  /** Ids answered 200 with `duplicate: true`: stored before. */
  duplicates: Set<string>;
  /** Replies by status code (submissions only, not the health probes sent after a kill). */
  statuses: Record<number, number>;
  /** Connection errors and timeouts while submissions were being sent. */
  errors: number;
  /** Connection errors after the run was stopped (clients reconnecting to a killed service). */
  errorsAfterStop: number;
  /** Latency of the 2xx replies, in milliseconds (autocannon counts whole milliseconds). */
  p50: number;
  p99: number;
  /** Submission replies per second, from the start until the last reply. */
  requestsPerSecond: number;
  /** From the start until the last submission reply. */
  seconds: number;
}

/** Options of runLoad. */
export interface LoadOptions {
  url: string;
  feed: SubmissionFeed;
  /** Requests to send (each takes one submission from the feed). */
  amount: number;
  connections: number;
  /** Called after every 201, with the number of 201s so far; may stop the run (see LoadControl). */
  onStored?: (count: number, control: LoadControl) => void;
}

/** Lets onStored end the run early. */
export interface LoadControl {
  /** Ends the run: no more submissions are sent and the clients close within about a second. */
  stop(): void;
}

interface Receipt {
  id?: unknown;
  duplicate?: unknown;
}

/** Runs one load and resolves when every request is answered (or the run was stopped). */
export function runLoad({ url, feed, amount, connections, onStored }: LoadOptions): Promise<LoadResult> {
  const stored = new Set<string>();
  const duplicates = new Set<string>();
  const statuses: Record<number, number> = {};
  let replies = 0;
  let errors = 0;
  let errorsAfterStop = 0;
  let stopped = false;
  const started = performance.now();
  let lastReply = started;

  return new Promise((resolve, reject) => {
    const control: LoadControl = {
      stop: () => {
        stopped = true;
        feed.close();
        tracker.stop();
      },
    };
    const tracker = autocannon(
      {
        url,
        connections: Math.min(connections, amount),
        amount,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/v1/submissions',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => {
              const submission = feed.next();
              // autocannon needs a request for every slot; once the feed is closed or used up it
              // gets a health probe, which is not counted below.
              if (!submission) return { ...request, method: 'GET', path: '/health', body: undefined, headers: {} };
              return { ...request, body: JSON.stringify(submission) };
            },
            onResponse: (status, body) => {
              let receipt: Receipt;
              try {
                receipt = JSON.parse(body) as Receipt;
              } catch {
                receipt = {};
              }
              const isProbe = status === 200 && receipt.id === undefined;
              if (isProbe) return;
              statuses[status] = (statuses[status] ?? 0) + 1;
              replies += 1;
              lastReply = performance.now();
              if (typeof receipt.id !== 'string' || !feed.drawn.has(receipt.id)) return;
              if (status === 201) {
                stored.add(receipt.id);
                onStored?.(stored.size, control);
              } else if (status === 200 && receipt.duplicate === true) {
                duplicates.add(receipt.id);
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        // autocannon's own duration ends at its next one-second tick, not at the last reply.
        const seconds = (lastReply - started) / 1000;
        resolve({
          stored,
          duplicates,
          statuses,
          errors,
          errorsAfterStop,
          p50: result.latency.p50,
          p99: result.latency.p99,
          requestsPerSecond: seconds > 0 ? replies / seconds : 0,
          seconds,
        });
      },
    );
    // Timeouts are reported as request errors too.
    tracker.on('reqError', () => {
      if (stopped) errorsAfterStop += 1;
      else errors += 1;
    });
  });
}
