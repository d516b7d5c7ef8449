import { expect } from '@open-wc/testing';
import {
  CHALLENGE_IDS,
  decodeResult,
  encodeResult,
  PROFILE_IDS,
  ResultCodeError,
  STATEMENT_IDS,
  UNIT_IDS,
  type SharedResult,
} from '../../src/scoring/index.js';

/** Deterministic pseudo-random numbers so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomResult(rnd: () => number): SharedResult {
  const result: SharedResult = {
    answers: Object.fromEntries(STATEMENT_IDS.map((id) => [id, rnd() < 0.5])),
    unit: UNIT_IDS[Math.floor(rnd() * UNIT_IDS.length)],
  };
  if (rnd() < 0.8) result.challenge = CHALLENGE_IDS[Math.floor(rnd() * CHALLENGE_IDS.length)];
  if (rnd() < 0.5) result.adviceProfile = PROFILE_IDS[Math.floor(rnd() * PROFILE_IDS.length)];
  return result;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('encodeResult() / decodeResult()', () => {
  it('round-trips 500 random results through a short URL-safe code', () => {
    const rnd = random(7);
    for (let i = 0; i < 500; i++) {
      const result = randomResult(rnd);
      const code = encodeResult(result);
      expect(code).to.match(/^[A-Za-z0-9_-]{8}$/);
      expect(decodeResult(code)).to.deep.equal(result);
    }
  });

  it('round-trips every unit, challenge and profile', () => {
    const answers = Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, i % 3 === 0]));
    for (const unit of UNIT_IDS)
      for (const challenge of CHALLENGE_IDS)
        for (const adviceProfile of PROFILE_IDS) {
          const result = { answers, unit, challenge, adviceProfile };
          expect(decodeResult(encodeResult(result))).to.deep.equal(result);
        }
  });

  it('refuses to encode incomplete answers', () => {
    expect(() => encodeResult({ answers: { Visie_1: true }, unit: 'team' })).to.throw(ResultCodeError, /Visie_3/);
  });

  it('rejects every single-character edit of a valid code', () => {
    const rnd = random(99);
    let rejected = 0;
    for (let i = 0; i < 20; i++) {
      const code = encodeResult(randomResult(rnd));
      for (let pos = 0; pos < code.length; pos++) {
        for (const char of ALPHABET) {
          if (char === code[pos]) continue;
          const tampered = code.slice(0, pos) + char + code.slice(pos + 1);
          expect(() => decodeResult(tampered), tampered).to.throw(ResultCodeError);
          rejected++;
        }
      }
    }
    expect(rejected).to.equal(20 * 8 * 63);
  });

  it('rejects several hundred random strings cleanly', () => {
    const rnd = random(2025);
    const chars = `${ALPHABET}+/=.~ %é#`;
    let accepted = 0;
    for (let i = 0; i < 600; i++) {
      const length = i < 400 ? 8 : Math.floor(rnd() * 20);
      const code = Array.from({ length }, () => chars[Math.floor(rnd() * chars.length)]).join('');
      try {
        decodeResult(code);
        accepted++;
      } catch (error) {
        expect(error).to.be.instanceOf(ResultCodeError);
      }
    }
    // A random 8-character string passes version and checksum with a chance of about 1 in 65 000.
    expect(accepted).to.equal(0);
  });

  it('rejects wrong lengths, padding, other versions and reserved bits with a typed reason', () => {
    const code = encodeResult(randomResult(random(1)));
    const problem = (input: unknown) => {
      try {
        decodeResult(input as string);
      } catch (error) {
        return (error as ResultCodeError).problem;
      }
      return 'accepted';
    };
    expect(problem('')).to.equal('format');
    expect(problem(code.slice(0, 7))).to.equal('format');
    expect(problem(`${code}A`)).to.equal('format');
    expect(problem(`${code.slice(0, 7)}=`)).to.equal('format');
    expect(problem(null)).to.equal('format');
    expect(problem(12345678)).to.equal('format');

    // Build codes with a valid checksum but bad content, to reach the checks behind it.
    const craft = (bytes: number[]) => {
      let crc = 0;
      for (const byte of bytes) {
        crc ^= byte;
        for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
      }
      const all = [...bytes, crc];
      let bits = '';
      for (const b of all) bits += b.toString(2).padStart(8, '0');
      return bits.match(/.{6}/g)!.map((six) => ALPHABET[parseInt(six, 2)]).join('');
    };
    expect(problem(craft([1, 0, 0, 0, 0x10]))).to.equal('accepted');
    expect(problem(craft([2, 0, 0, 0, 0x10]))).to.equal('version');
    expect(problem(craft([0, 0, 0, 0, 0x10]))).to.equal('version');
    expect(problem(craft([1, 0, 0, 0b01, 0]))).to.equal('value');
    expect(problem(craft([1, 0, 0, 0b1100, 0]))).to.equal('value'); // unit 3 does not exist
    expect(problem(craft([1, 0, 0, 0, 0xa0]))).to.equal('value'); // challenge 10
    expect(problem(craft([1, 0, 0, 0, 0b1100]))).to.equal('value'); // profile 6
    expect(problem(craft([1, 0, 0, 0, 0b1]))).to.equal('value');
    expect(problem(craft([1, 0, 0, 0x0f, 0]).replace(/.$/, 'A'))).to.equal('checksum');
  });
});
