import { ResultCodeError } from './errors.js';
import {
  CHALLENGE_IDS,
  PROFILE_IDS,
  STATEMENT_IDS,
  UNIT_IDS,
  type ChallengeId,
  type ProfileId,
  type UnitId,
} from './instrument.js';
import { allActionIds, missingAnswers, type Answers } from './score.js';

/** What a share link carries. Nothing else leaves the browser, and this only in the URL fragment. */
export interface SharedResult {
  answers: Record<string, boolean>;
  unit: UnitId;
  challenge?: ChallengeId;
  /** The profile the user chose to base the advice on, when not the dominant one. */
  adviceProfile?: ProfileId;
}

/**
 * Layout, 6 bytes, base64url (8 characters):
 *   0  version
 *   1  answers 1–8 (bit 7 = first statement in instrument order)
 *   2  answers 9–16
 *   3  answers 17–20 in bits 7–4, unit index in bits 3–2, bits 1–0 zero
 *   4  challenge (0 none, 1–9) in bits 7–4, advice profile (0 dominant, 1–5) in bits 3–1, bit 0 zero
 *   5  CRC-8 of bytes 0–4
 */
export const RESULT_CODE_VERSION = 1;
const LENGTH = 6;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** CRC-8 (polynomial 0x07): catches every burst error up to 8 bits, so any single edited character. */
function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

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

function fromBase64Url(code: string): Uint8Array {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of code) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new ResultCodeError('format', `unexpected character "${char}"`);
    value = ((value << 6) | index) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
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

/**
 * Reads a code made by {@link encodeResult}. Anything malformed, of another version or
 * tampered with is rejected as a whole.
 * @throws {ResultCodeError}
 */
export function decodeResult(code: string): SharedResult {
  if (typeof code !== 'string' || code.length !== 8) {
    throw new ResultCodeError('format', 'a result code has 8 characters');
  }
  const bytes = fromBase64Url(code);
  if (bytes.length !== LENGTH) throw new ResultCodeError('format', 'wrong length');
  // 8 characters carry 48 bits exactly, so no padding bits can hide data.
  if (bytes[5] !== crc8(bytes.subarray(0, 5))) throw new ResultCodeError('checksum', 'checksum mismatch');
  if (bytes[0] !== RESULT_CODE_VERSION) {
    throw new ResultCodeError('version', `version ${bytes[0]} is not supported`);
  }
  if (bytes[3] & 0b11 || bytes[4] & 0b1) throw new ResultCodeError('value', 'reserved bits are set');
  const unit = UNIT_IDS[(bytes[3] >> 2) & 0b11];
  if (!unit) throw new ResultCodeError('value', 'unknown unit');
  const challengeIndex = bytes[4] >> 4;
  if (challengeIndex > CHALLENGE_IDS.length) throw new ResultCodeError('value', 'unknown challenge');
  const profileIndex = (bytes[4] >> 1) & 0b111;
  if (profileIndex > PROFILE_IDS.length) throw new ResultCodeError('value', 'unknown profile');

  const answers: Record<string, boolean> = {};
  STATEMENT_IDS.forEach((id, i) => {
    answers[id] = (bytes[1 + (i >> 3)] & (0x80 >> (i & 7))) !== 0;
  });
  const result: SharedResult = { answers, unit };
  if (challengeIndex) result.challenge = CHALLENGE_IDS[challengeIndex - 1];
  if (profileIndex) result.adviceProfile = PROFILE_IDS[profileIndex - 1];
  return result;
}

/** What a share link carries when there is no finished scan: the advice the user was looking at. */
export interface SharedAdvice {
  challenge?: ChallengeId;
  profile?: ProfileId;
}

/**
 * Layout of an advice code, 3 bytes, base64url (4 characters):
 *   0  ADVICE_CODE_VERSION
 *   1  challenge (0 none, 1–9) in bits 7–4, profile (0 none, 1–5) in bits 3–1, bit 0 zero
 *   2  CRC-8 of bytes 0–1
 */
export const ADVICE_CODE_VERSION = 2;

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

/** The action plan: the actions a team chose to work on, each with an optional short note (who, by when). */
export type Plan = Record<string, string>;

/** Longest note a plan keeps per action, in UTF-8 bytes (a share link must stay a link). */
export const PLAN_NOTE_MAX = 160;
const PLAN_VERSION = 3;

/**
 * Layout of a plan code, base64url:
 *   0      PLAN_VERSION
 *   1..k   one bit per action in instrument order (bit 7 first), k = ceil(actions / 8)
 *   then   per marked action, in that order: note length in bytes (0–PLAN_NOTE_MAX), then its UTF-8
 *   last   CRC-8 of everything before
 */
export function encodePlan(plan: Plan): string {
  const ids = allActionIds();
  const mask = new Uint8Array(Math.ceil(ids.length / 8));
  const notes: number[] = [];
  const encoder = new TextEncoder();
  ids.forEach((id, i) => {
    if (!(id in plan)) return;
    mask[i >> 3] |= 0x80 >> (i & 7);
    let bytes = encoder.encode(plan[id] ?? '');
    // Cut at a character boundary within the limit.
    let note = plan[id] ?? '';
    while (bytes.length > PLAN_NOTE_MAX) bytes = encoder.encode((note = note.slice(0, -1)));
    notes.push(bytes.length, ...bytes);
  });
  for (const id of Object.keys(plan)) if (!ids.includes(id)) throw new ResultCodeError('value', `unknown action "${id}"`);
  const body = Uint8Array.from([PLAN_VERSION, ...mask, ...notes]);
  return toBase64Url(Uint8Array.from([...body, crc8(body)]));
}

/**
 * Reads a code made by {@link encodePlan}; anything malformed or tampered with is rejected.
 * @throws {ResultCodeError}
 */
export function decodePlan(code: string): Plan {
  const bytes = fromBase64Url(code);
  const ids = allActionIds();
  const maskLength = Math.ceil(ids.length / 8);
  if (bytes.length < maskLength + 2) throw new ResultCodeError('format', 'plan too short');
  const body = bytes.subarray(0, bytes.length - 1);
  if (bytes[bytes.length - 1] !== crc8(body)) throw new ResultCodeError('checksum', 'checksum mismatch');
  if (body[0] !== PLAN_VERSION) throw new ResultCodeError('version', `plan version ${body[0]} is not supported`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const plan: Plan = {};
  let at = 1 + maskLength;
  for (let i = 0; i < maskLength * 8; i++) {
    if (!(body[1 + (i >> 3)] & (0x80 >> (i & 7)))) continue;
    if (i >= ids.length) throw new ResultCodeError('value', 'unknown action');
    const length = body[at];
    if (length === undefined || length > PLAN_NOTE_MAX || at + 1 + length > body.length) throw new ResultCodeError('format', 'bad note');
    try {
      plan[ids[i]] = decoder.decode(body.subarray(at + 1, at + 1 + length));
    } catch {
      throw new ResultCodeError('format', 'a note is not valid text');
    }
    at += 1 + length;
  }
  if (at !== body.length) throw new ResultCodeError('format', 'trailing bytes');
  return plan;
}

/** A share code of either kind: a full result (8 characters) or advice only (4), each with an optional plan. */
export type SharedCode = ({ kind: 'result'; result: SharedResult } | { kind: 'advice'; advice: SharedAdvice }) & { plan?: Plan };

/**
 * Reads a share code: a result or advice code, optionally followed by "." and a plan code.
 * @throws {ResultCodeError}
 */
export function decodeShareCode(shareCode: string): SharedCode {
  if (typeof shareCode !== 'string') throw new ResultCodeError('format', 'not a code');
  const [code, planCode, ...more] = shareCode.split('.');
  if (more.length || planCode === '') throw new ResultCodeError('format', 'too many parts');
  const plan = planCode === undefined ? undefined : decodePlan(planCode);
  const shared = decodeMainCode(code);
  return plan ? { ...shared, plan } : shared;
}

function decodeMainCode(code: string): SharedCode {
  if (code.length !== 4) return { kind: 'result', result: decodeResult(code) };
  const bytes = fromBase64Url(code);
  if (bytes.length !== 3) throw new ResultCodeError('format', 'wrong length');
  if (bytes[2] !== crc8(bytes.subarray(0, 2))) throw new ResultCodeError('checksum', 'checksum mismatch');
  if (bytes[0] !== ADVICE_CODE_VERSION) throw new ResultCodeError('version', `version ${bytes[0]} is not supported`);
  if (bytes[1] & 0b1) throw new ResultCodeError('value', 'reserved bits are set');
  const challengeIndex = bytes[1] >> 4;
  const profileIndex = (bytes[1] >> 1) & 0b111;
  if (challengeIndex > CHALLENGE_IDS.length) throw new ResultCodeError('value', 'unknown challenge');
  if (profileIndex > PROFILE_IDS.length) throw new ResultCodeError('value', 'unknown profile');
  const advice: SharedAdvice = {};
  if (challengeIndex) advice.challenge = CHALLENGE_IDS[challengeIndex - 1];
  if (profileIndex) advice.profile = PROFILE_IDS[profileIndex - 1];
  return { kind: 'advice', advice };
}

export type { Answers };
