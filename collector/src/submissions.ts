/**
 * POST /v1/submissions: one opt-in result, validated against an exact schema and stored once per
 * id. Nothing about the sender is kept: no IP address, no user agent, the time only as the Monday
 * of the ISO week.
 */
import type { FastifyInstance } from 'fastify';

import { isoWeekMonday } from './calendar.ts';
import { HttpError } from './errors.ts';
import type { Queryable } from './storage.ts';
import { KEY_PATTERN, LANGUAGES, PARTNER_PATTERN, PROFILES, SECTORS, SIZES, STATEMENTS, UNITS, UUID_V4_PATTERN } from './vocabulary.ts';

/** The largest body accepted, in bytes. */
export const SUBMISSION_BODY_LIMIT = 4096;

/** A submission as the widget sends it. */
export interface Submission {
  id: string;
  key: string;
  answers: Record<string, boolean>;
  unit: string;
  lang: string;
  profile: string;
  partner?: string;
  size?: string;
  sector?: string;
}

/** The JSON schema of a submission: every field exact, nothing else allowed anywhere. */
export const submissionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'key', 'answers', 'unit', 'lang', 'profile'],
  properties: {
    id: { type: 'string', pattern: UUID_V4_PATTERN },
    key: { type: 'string', pattern: KEY_PATTERN },
    answers: {
      type: 'object',
      additionalProperties: false,
      required: STATEMENTS,
      properties: Object.fromEntries(STATEMENTS.map((id) => [id, { type: 'boolean' }])),
    },
    unit: { type: 'string', enum: UNITS },
    lang: { type: 'string', enum: LANGUAGES },
    profile: { type: 'string', enum: PROFILES },
    partner: { type: 'string', pattern: PARTNER_PATTERN },
    size: { type: 'string', enum: SIZES },
    sector: { type: 'string', enum: SECTORS },
  },
} as const;

/** The reply to a submission. */
export interface SubmissionReceipt {
  ok: true;
  id: string;
  duplicate?: true;
}

/** Stores a valid submission; false when its id was already stored. */
export async function storeSubmission(db: Queryable, submission: Submission, received: Date): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO submissions (id, week, key_version, answers, unit, lang, profile, partner, size, sector)
     VALUES ($1, $2::date, $3, $4::boolean[], $5, $6, $7, $8, $9, $10)
     ON CONFLICT (id) DO NOTHING`,
    [
      submission.id,
      isoWeekMonday(received),
      submission.key,
      STATEMENTS.map((id) => submission.answers[id]),
      submission.unit,
      submission.lang,
      submission.profile,
      submission.partner ?? null,
      submission.size ?? null,
      submission.sector ?? null,
    ],
  );
  return result.rowCount === 1;
}

/** Settings of the submissions route. */
export interface SubmissionRouteOptions {
  db: Queryable;
  /** Answers true for an Origin header that may post. Requests without Origin (not from a browser) pass. */
  originAllowed: (origin: string) => boolean;
  /** The clock; the week of receipt is taken from it. */
  now: () => Date;
  /** Per-client limit, or false for none. */
  rateLimit: { max: number; timeWindow: number } | false;
}

/** Registers POST /v1/submissions. */
export function submissionRoutes(app: FastifyInstance, { db, originAllowed, now, rateLimit }: SubmissionRouteOptions): void {
  app.post<{ Body: Submission }>(
    '/v1/submissions',
    {
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: { body: submissionSchema },
      config: { rateLimit },
      // Before the body is read: a page on another site is refused without parsing what it sent.
      onRequest: async (request) => {
        const origin = request.headers.origin;
        if (origin !== undefined && !originAllowed(origin)) {
          throw new HttpError(403, 'origin_not_allowed', 'this origin may not send submissions');
        }
      },
    },
    async (request, reply): Promise<SubmissionReceipt> => {
      const stored = await storeSubmission(db, request.body, now());
      if (stored) {
        reply.status(201);
        return { ok: true, id: request.body.id };
      }
      return { ok: true, id: request.body.id, duplicate: true };
    },
  );
}
