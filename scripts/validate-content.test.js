// Breaks a copy of content/ in known ways and checks that the validator names the file and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./validate-content.js', import.meta.url));
const content = fileURLToPath(new URL('../content', import.meta.url));

function validateBroken(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync(content, dir, { recursive: true });
    const change = (file, fn) => {
      const path = join(dir, file);
      const data = JSON.parse(readFileSync(path, 'utf8'));
      fn(data);
      writeFileSync(path, JSON.stringify(data));
    };
    const remove = (file) => rmSync(join(dir, file));
    edit(change, remove);
    const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the real content passes', () => {
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('a top-3 cell with a duplicate action', () => {
  const { status, output } = validateBroken((change) =>
    change('instrument.json', (d) => (d.challenges[0].top3['employee-journey'] = ['1.1', '1.4', '1.1'])),
  );
  assert.equal(status, 1);
  assert.match(output, /instrument\.json: \/challenges\/0\/top3\/employee-journey: needs 3 distinct actions/);
});

test('a top-3 cell pointing at another challenge', () => {
  const { output } = validateBroken((change) =>
    change('instrument.json', (d) => (d.challenges[1].top3.groei = ['2.1', '2.2', '3.1'])),
  );
  assert.match(output, /\/challenges\/1\/top3\/groei: "3\.1" is not an action of challenge 2/);
});

test('a statement without a key entry', () => {
  const { output } = validateBroken((change) => change('instrument.json', (d) => d.scoringKey.items.pop()));
  assert.match(output, /instrument\.json: \/scoringKey\/items: missing "Regie_2"/);
});

test('an unbalanced key', () => {
  const { output } = validateBroken((change) =>
    change('instrument.json', (d) => d.scoringKey.items.forEach((item) => item.yes.includes('groei') || item.no.includes('groei') || item.yes.push('groei'))),
  );
  assert.match(output, /unbalanced key/);
});

test('a duplicate action id', () => {
  const { output } = validateBroken((change) =>
    change('instrument.json', (d) => (d.challenges[0].actions[1].id = '1.1')),
  );
  assert.match(output, /duplicate action id "1\.1"/);
});

test('an empty text and a missing translation', () => {
  const { output } = validateBroken((change) => {
    change('fr/profiles.json', (d) => (d.profiles.groei.kansen = '  '));
    change('en/actions/4.json', (d) => delete d.actions['4.7']);
  });
  assert.match(output, /fr\/profiles\.json: \/profiles\/groei\/kansen: must match pattern/);
  assert.match(output, /en\/actions\/4\.json: \/actions: missing "4\.7"/);
});

test('an unknown statement id in a language', () => {
  const { output } = validateBroken((change) => change('nl/statements.json', (d) => (d.statements.Visie_2 = 'x')));
  assert.match(output, /nl\/statements\.json: \/statements/);
  assert.match(output, /unknown id "Visie_2"/);
});

test('conversation questions: a challenge missing in French, one too many in Dutch, a count that differs in English', () => {
  const { status, output } = validateBroken((change) => {
    change('fr/questions.json', (d) => delete d.questions['7']);
    change('nl/questions.json', (d) => d.questions['5'].push('Wat nog?', 'En verder?'));
    change('en/questions.json', (d) => d.questions['2'].pop());
  });
  assert.equal(status, 1);
  assert.match(output, /fr\/questions\.json: \/questions: missing "7"/);
  assert.match(output, /nl\/questions\.json: \/questions\/5: must NOT have more than 5 items/);
  assert.match(output, /en\/questions\.json: \/questions\/2: has \d+ question\(s\), the Dutch source has \d+/);
  // A count that differs only because the Dutch source itself is broken is still named per language.
  assert.match(output, /fr\/questions\.json: \/questions\/5: has \d+ question\(s\), the Dutch source has \d+/);
});

test('conversation questions: an empty question and an unknown challenge id', () => {
  const { status, output } = validateBroken((change) =>
    change('en/questions.json', (d) => {
      d.questions['3'][0] = '   ';
      d.questions['10'] = ['What now?', 'Who else?', 'When?'];
    }),
  );
  assert.equal(status, 1);
  assert.match(output, /en\/questions\.json: \/questions\/3\/0: must match pattern/);
  assert.match(output, /en\/questions\.json: \/questions: unknown id "10"/);
});

test('conversation questions: a language without a questions file', () => {
  const { status, output } = validateBroken((change, remove) => remove('fr/questions.json'));
  assert.equal(status, 1);
  assert.match(output, /fr\/questions\.json: \(root\): file is missing/);
});
