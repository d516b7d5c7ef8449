/**
 * Building and sending submissions in tests.
 */
import { randomUUID } from 'node:crypto';

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

import type { Queryable } from '../../src/storage.ts';
import type { Submission } from '../../src/submissions.ts';
import { STATEMENTS } from '../../src/vocabulary.ts';

/** A valid submission; `yes` lists the statements answered yes (default: every other one). */
export function sampleSubmission(overrides: Partial<Submission> = {}, yes?: readonly string[]): Submission {
  const yesSet = new Set(yes ?? STATEMENTS.filter((_, i) => i % 2 === 0));
  return {
    id: randomUUID(),
    key: '1',
    answers: Object.fromEntries(STATEMENTS.map((id) => [id, yesSet.has(id)])),
    unit: 'team',
    lang: 'nl',
    profile: 'groei',
    ...overrides,
  };
}

/** POSTs a body (an object is sent as JSON, a string as it is). */
export function post(
  app: FastifyInstance,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/v1/submissions',
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Rows in the submissions table. */
export async function countRows(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
  return rows[0]?.n ?? -1;
}

/** A clock the tests move: the week of receipt is taken from it. */
export class TestClock {
  constructor(public moment = new Date('2026-02-11T12:00:00Z')) {}
  /** Sets the time, e.g. "2026-05-13". */
  set(iso: string): void {
    this.moment = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  }
  readonly now = (): Date => this.moment;
}

/** Sends `count` submissions received at `day`, all with the same fields; each must be stored. */
export async function submitMany(
  app: FastifyInstance,
  clock: TestClock,
  day: string,
  count: number,
  fields: Partial<Submission> = {},
  yes?: readonly string[],
): Promise<void> {
  clock.set(day);
  for (let i = 0; i < count; i += 1) {
    const reply = await post(app, sampleSubmission(fields, yes));
    if (reply.statusCode !== 201) throw new Error(`submission not stored: ${reply.statusCode} ${reply.body}`);
  }
}
