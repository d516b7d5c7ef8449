/**
 * Random valid submissions for the load bench, and the feed autocannon draws its request bodies
 * from: every body it hands out is remembered, so the bench can tell what was sent from what was
 * acknowledged.
 */
import { randomInt, randomUUID } from 'node:crypto';

import type { Submission } from '../src/submissions.ts';
import { LANGUAGES, PROFILES, SECTORS, SIZES, STATEMENTS, UNITS } from '../src/vocabulary.ts';

function pick<T>(items: readonly T[]): T {
  return items[randomInt(items.length)] as T;
}

const PARTNERS = ['voka-wvl', 'unizo', 'vdab-oost', 'etion'];

/**
 * A valid submission: a fresh random (version 4) id, 20 random answers, a unit, language and
 * profile of the vocabulary; about half also carry a partner, a size and a sector.
 */
export function randomSubmission(): Submission {
  const submission: Submission = {
    id: randomUUID(),
    key: '1',
    answers: Object.fromEntries(STATEMENTS.map((id) => [id, randomInt(2) === 1])),
    unit: pick(UNITS),
    lang: pick(LANGUAGES),
    profile: pick(PROFILES),
  };
  if (randomInt(2) === 1) {
    submission.partner = pick(PARTNERS);
    submission.size = pick(SIZES);
    submission.sector = pick(SECTORS);
  }
  return submission;
}

/** `count` random submissions. */
export function submissionPlan(count: number): Submission[] {
  return Array.from({ length: count }, randomSubmission);
}

/**
 * Hands out submissions in order, remembering each one handed out. Once closed it hands out
 * nothing more: the load generator then sends only health probes until it has stopped.
 */
export class SubmissionFeed {
  /** Every submission handed out, by id. */
  readonly drawn = new Map<string, Submission>();
  #next = 0;
  #closed = false;

  constructor(private readonly queue: readonly Submission[]) {}

  /** The next submission, or undefined when the queue is used up or the feed is closed. */
  next(): Submission | undefined {
    if (this.#closed || this.#next >= this.queue.length) return undefined;
    const submission = this.queue[this.#next] as Submission;
    this.#next += 1;
    this.drawn.set(submission.id, submission);
    return submission;
  }

  /** Stops handing out submissions (used when the service is killed under load). */
  close(): void {
    this.#closed = true;
  }

  /** The submissions of the queue not handed out yet. */
  remaining(): Submission[] {
    return this.queue.slice(this.#next);
  }
}
