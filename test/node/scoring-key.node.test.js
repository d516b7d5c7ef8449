// The scoring key, measured over all 2^20 answer patterns with the built scoring module
// (the same measurements `npm run key:analysis` prints; see content/SCORING-KEY.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseKey, loadScoring, readKey } from '../../scripts/key-analysis.js';

const scoring = await loadScoring();
const { PROFILE_IDS, instrument } = scoring;
const current = analyseKey(scoring, instrument.scoringKey);

test('every profile wins outright in 9–28 % of all answer patterns at p(yes) = 0.5', () => {
  for (const profile of PROFILE_IDS) {
    const share = current.shares[0.5].outright[profile];
    assert.ok(share >= 0.09, `${profile} wins outright in only ${(100 * share).toFixed(1)} %`);
    assert.ok(share <= 0.28, `${profile} wins outright in ${(100 * share).toFixed(1)} %`);
  }
});

test('with yes-leaning answers (p = 0.7) lerende organisatie wins outright more often than groei', () => {
  const { outright } = current.shares[0.7];
  assert.ok(outright['lerende-organisatie'] > outright.groei, JSON.stringify(outright));
});

test('the typical pattern of each profile classifies to it, also with 2 or 4 answers flipped', () => {
  for (const profile of PROFILE_IDS) {
    const { own, flips } = current.robustness[profile];
    assert.equal(own, 1, `${profile}: its own pattern is not classified to it alone`);
    assert.ok(flips[2] >= 0.85, `${profile}: ${(100 * flips[2]).toFixed(1)} % with 2 flipped`);
    assert.ok(flips[4] >= 0.65, `${profile}: ${(100 * flips[4]).toFixed(1)} % with 4 flipped`);
  }
});

test('shares and tie rates add up', () => {
  for (const p of [0.3, 0.5, 0.7]) {
    const { outright, share, ties } = current.shares[p];
    const sum = (values) => Object.values(values).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum(share) - 1) < 1e-9, `shares at ${p}`);
    assert.ok(Math.abs(sum(outright) + ties - 1) < 1e-9, `outright + ties at ${p}`);
  }
});

/** P(X op k) for X ~ Binomial(n, p). */
function binomial(n, p, accept) {
  let total = 0;
  let coefficient = 1;
  for (let k = 0; k <= n; k++) {
    if (accept(k)) total += coefficient * p ** k * (1 - p) ** (n - k);
    coefficient = (coefficient * (n - k)) / (k + 1);
  }
  return total;
}

test('another key in an instrument.json is scored without code changes, and the analysis follows it', () => {
  // Every "ja" gives basis a point and every "nee" ambitie: basis wins outright when more than 10 of
  // the 20 answers are "ja", ambitie when fewer, and they tie at exactly 10.
  const dir = mkdtempSync(join(tmpdir(), 'key-'));
  try {
    const data = JSON.parse(readFileSync(new URL('../../content/instrument.json', import.meta.url), 'utf8'));
    data.scoringKey = {
      source: 'test',
      items: data.statements.map((statement) => ({ statement, yes: ['basis'], no: ['ambitie'], reason: 'test' })),
    };
    const path = join(dir, 'instrument.json');
    writeFileSync(path, JSON.stringify(data));
    const key = readKey(path, scoring);

    const answers = Object.fromEntries(scoring.STATEMENT_IDS.map((id, i) => [id, i < 11]));
    assert.deepEqual(scoring.score(answers, key).points, {
      ambitie: 9,
      basis: 11,
      'employee-journey': 0,
      groei: 0,
      'lerende-organisatie': 0,
    });

    const swapped = analyseKey(scoring, key);
    for (const p of [0.3, 0.5, 0.7]) {
      const more = binomial(20, p, (k) => k > 10);
      const fewer = binomial(20, p, (k) => k < 10);
      const ten = binomial(20, p, (k) => k === 10);
      const { outright, share, ties } = swapped.shares[p];
      assert.ok(Math.abs(outright.basis - more) < 1e-9, `basis at ${p}`);
      assert.ok(Math.abs(outright.ambitie - fewer) < 1e-9, `ambitie at ${p}`);
      assert.ok(Math.abs(ties - ten) < 1e-9, `ties at ${p}`);
      assert.ok(Math.abs(share.basis - (more + ten / 2)) < 1e-9, `basis share at ${p}`);
      assert.equal(outright.groei, 0);
    }
    // Only basis or ambitie can ever be dominant, so the groei pattern never classifies to groei.
    assert.equal(swapped.robustness.groei.own, 0);
    assert.equal(swapped.robustness.groei.flips[2], 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a key file without a row for every statement is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'key-'));
  try {
    const data = JSON.parse(readFileSync(new URL('../../content/instrument.json', import.meta.url), 'utf8'));
    data.scoringKey.items.pop();
    const path = join(dir, 'instrument.json');
    writeFileSync(path, JSON.stringify(data));
    assert.throws(() => readKey(path, scoring), /one row for each of the 20 statements/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
