/** Making share codes; share-code.ts reads them. */
import { ACTION_IDS, CHALLENGE_IDS, PROFILE_IDS, STATEMENT_IDS, UNIT_IDS } from './core.js';
import { ResultCodeError } from './errors.js';
import { missingAnswers, type Answers } from './score.js';
import { ADVICE_CODE_VERSION, ALPHABET, crc8, LENGTH, PLAN_NOTE_MAX, PLAN_VERSION, RESULT_CODE_VERSION, type Plan, type SharedAdvice, type SharedResult } from './share-code.js';

function toBase64Url(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(value >> bits) & 63];
    }
  }
  if (bits > 0) out += ALPHABET[(value << (6 - bits)) & 63];
  return out;
}

/** A short, URL-safe code for a complete result. */
export function encodeResult(result: SharedResult): string {
  const missing = missingAnswers(result.answers);
  if (missing.length) throw new ResultCodeError('value', `missing answers: ${missing.join(', ')}`);
  const unitIndex = UNIT_IDS.indexOf(result.unit);
  if (unitIndex < 0) throw new ResultCodeError('value', `unknown unit "${result.unit}"`);
  // 0 stands for "none"; ids are stored one-based.
  const challengeIndex = result.challenge === undefined ? 0 : CHALLENGE_IDS.indexOf(result.challenge) + 1;
  if (result.challenge !== undefined && !challengeIndex) {
    throw new ResultCodeError('value', `unknown challenge "${result.challenge}"`);
  }
  const profileIndex = result.adviceProfile === undefined ? 0 : PROFILE_IDS.indexOf(result.adviceProfile) + 1;
  if (result.adviceProfile !== undefined && !profileIndex) {
    throw new ResultCodeError('value', `unknown profile "${result.adviceProfile}"`);
  }

  const bytes = new Uint8Array(LENGTH);
  bytes[0] = RESULT_CODE_VERSION;
  STATEMENT_IDS.forEach((id, i) => {
    if (result.answers[id]) bytes[1 + (i >> 3)] |= 0x80 >> (i & 7);
  });
  bytes[3] |= unitIndex << 2;
  bytes[4] = (challengeIndex << 4) | (profileIndex << 1);
  bytes[5] = crc8(bytes.subarray(0, 5));
  return toBase64Url(bytes);
}

/** A 4-character code for advice without a scan result (a challenge and/or a profile). */
export function encodeAdvice(advice: SharedAdvice): string {
  const challengeIndex = advice.challenge === undefined ? 0 : CHALLENGE_IDS.indexOf(advice.challenge) + 1;
  const profileIndex = advice.profile === undefined ? 0 : PROFILE_IDS.indexOf(advice.profile) + 1;
  if (advice.challenge !== undefined && !challengeIndex) throw new ResultCodeError('value', `unknown challenge "${advice.challenge}"`);
  if (advice.profile !== undefined && !profileIndex) throw new ResultCodeError('value', `unknown profile "${advice.profile}"`);
  const bytes = Uint8Array.of(ADVICE_CODE_VERSION, (challengeIndex << 4) | (profileIndex << 1), 0);
  bytes[2] = crc8(bytes.subarray(0, 2));
  return toBase64Url(bytes);
}

export type { Answers };

/** A plan code (layout in share-code.ts, `decodePlan`): which actions, and each one's note. */
export function encodePlan(plan: Plan): string {
  const mask = new Uint8Array(Math.ceil(ACTION_IDS.length / 8));
  const notes: number[] = [];
  const encoder = new TextEncoder();
  for (const id of Object.keys(plan)) if (!ACTION_IDS.includes(id)) throw new ResultCodeError('value', `unknown action "${id}"`);
  ACTION_IDS.forEach((id, i) => {
    if (!(id in plan)) return;
    mask[i >> 3] |= 0x80 >> (i & 7);
    // Cut at a character boundary within the limit.
    let note = plan[id] ?? '';
    let bytes = encoder.encode(note);
    while (bytes.length > PLAN_NOTE_MAX) bytes = encoder.encode((note = note.slice(0, -1)));
    notes.push(bytes.length, ...bytes);
  });
  const body = Uint8Array.from([PLAN_VERSION, ...mask, ...notes]);
  return toBase64Url(Uint8Array.from([...body, crc8(body)]));
}
