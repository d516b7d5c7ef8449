/**
 * One anonymous submission to a collector (POST <base>/v1/submissions, see the collector's
 * contract): the 20 answers, the unit, the language, the profile shown, the partner id, the key
 * version and the optional size class and sector. No cookies, no referrer, nothing else.
 */
import { STATEMENT_IDS, type ProfileId, type UnitId } from '../scoring/core.js';
import type { SectorId, SizeId } from './choices.js';

/** The version of the scoring key the widget scores with. */
export const KEY_VERSION = '1';

/** What a submission is made of, besides its id and the key version. */
export interface SubmissionParts {
  answers: Readonly<Record<string, boolean>>;
  unit: UnitId;
  lang: string;
  profile: ProfileId;
  partner?: string;
  size?: SizeId;
  sector?: SectorId;
}

/** The body of a submission, exactly as the collector accepts it. */
export interface Submission extends SubmissionParts {
  /** Random per submission and the same on a retry, so the collector stores it once. */
  id: string;
  key: string;
  /** All 20 statements, in the instrument's order. */
  answers: Record<string, boolean>;
}

/** The body: the 20 answers in the instrument's order, optional fields only when set. */
export function buildSubmission(id: string, parts: SubmissionParts): Submission {
  const answers = Object.fromEntries(STATEMENT_IDS.map((statement) => [statement, parts.answers[statement] === true]));
  return {
    id,
    key: KEY_VERSION,
    answers,
    unit: parts.unit,
    lang: parts.lang,
    profile: parts.profile,
    ...(parts.partner ? { partner: parts.partner } : {}),
    ...(parts.size ? { size: parts.size } : {}),
    ...(parts.sector ? { sector: parts.sector } : {}),
  };
}

/** A random UUID v4: `crypto.randomUUID` where the page is a secure context, else made from `getRandomValues`. */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A request that gets no answer within this time counts as failed; the user may try again. */
const TIMEOUT_MS = 20_000;

/**
 * Sends one submission; resolves true when the collector stored it (now or on an earlier try of
 * the same id), false when it was not sent or refused. Never rejects.
 */
export async function sendSubmission(base: URL, submission: Submission): Promise<boolean> {
  try {
    const response = await fetch(new URL('v1/submissions', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return false;
    const reply = (await response.json()) as { ok?: unknown };
    return reply.ok === true;
  } catch (error) {
    // Offline, refused by CORS, the collector down: the message beside the button says so.
    console.warn('informeel-leren: the monitoring submission was not sent', error);
    return false;
  }
}
