// The scoring module from the built package, in Node: no DOM, no Lit.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const scoring = await import('../../lib/src/scoring/index.js');

test('scores and advises in Node from the built package', () => {
  const answers = Object.fromEntries(scoring.STATEMENT_IDS.map((id) => [id, ['Aanbod_3', 'LKB_1', 'Talent_3'].includes(id)]));
  const result = scoring.score(answers);
  assert.deepEqual(result.dominant, ['ambitie']);
  assert.deepEqual(scoring.topActions('ambitie', '1'), ['1.4', '1.1', '1.5']);
  const code = scoring.encodeResult({ answers, unit: 'team', challenge: '3' });
  assert.deepEqual(scoring.decodeResult(code), { answers, unit: 'team', challenge: '3' });
  assert.throws(() => scoring.score({}), scoring.ScoringError);
});

test('the package exports map points at built files', async () => {
  const { readFileSync, existsSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (name.includes('*')) continue;
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${name} → ${file} is missing`);
    }
  }
});
