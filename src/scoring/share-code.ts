/**
 * Reading share codes (the result or the advice in a share link), which the scan needs from its
 * first screen on. Making them (result-code.ts) is needed only once the user shares.
 */
import { ACTION_IDS, CHALLENGE_IDS, PLAN_NOTE_MAX, PROFILE_IDS, STATEMENT_IDS, UNIT_IDS } from './core.js';
import { ResultCodeError } from './errors.js';
import type { ChallengeId, ProfileId, UnitId } from './core.js';

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
export const LENGTH = 6;
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** CRC-8 (polynomial 0x07): catches every burst error up to 8 bits, so any single edited character. */
export function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

export function fromBase64Url(code: string): Uint8Array {
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

/**
 * Reads a code made by `encodeResult` (result-code.ts). Anything malformed, of another version or
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

/** The action plan: the actions a team chose to work on, each with an optional short note (who, by when). */
export type Plan = Record<string, string>;

export { PLAN_NOTE_MAX };
export const PLAN_VERSION = 3;

/**
 * Reads a plan code made by `encodePlan` (result-code.ts). Layout, base64url:
 *   0      PLAN_VERSION
 *   1..k   one bit per action in instrument order (bit 7 first), k = ceil(actions / 8)
 *   then   per marked action, in that order: note length in bytes (0–PLAN_NOTE_MAX), then its UTF-8
 *   last   CRC-8 of everything before
 * Anything malformed or tampered with is rejected.
 * @throws {ResultCodeError}
 */
export function decodePlan(code: string): Plan {
  const bytes = fromBase64Url(code);
  const maskLength = Math.ceil(ACTION_IDS.length / 8);
  if (bytes.length < maskLength + 2) throw new ResultCodeError('format', 'plan too short');
  const body = bytes.subarray(0, bytes.length - 1);
  if (bytes[bytes.length - 1] !== crc8(body)) throw new ResultCodeError('checksum', 'checksum mismatch');
  if (body[0] !== PLAN_VERSION) throw new ResultCodeError('version', `plan version ${body[0]} is not supported`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const plan: Plan = {};
  let at = 1 + maskLength;
  for (let i = 0; i < maskLength * 8; i++) {
    if (!(body[1 + (i >> 3)] & (0x80 >> (i & 7)))) continue;
    if (i >= ACTION_IDS.length) throw new ResultCodeError('value', 'unknown action');
    const length = body[at];
    if (length === undefined || length > PLAN_NOTE_MAX || at + 1 + length > body.length) throw new ResultCodeError('format', 'bad note');
    try {
      plan[ACTION_IDS[i]] = decoder.decode(body.subarray(at + 1, at + 1 + length));
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
 * Reads a share code: a result or advice code (made by `encodeResult` or `encodeAdvice` in
 * result-code.ts), optionally followed by "." and a plan code; anything else is rejected.
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

