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

test('practice examples: an unknown action, an unknown challenge and an action whose challenge is not listed', () => {
  const { status, output } = validateBroken((change) =>
    change('nl/examples.json', (d) => {
      d.examples[0].actions = ['1.9'];
      d.examples[1].challenges.push('8');
      d.examples[2].actions.push('5.4');
    }),
  );
  assert.equal(status, 1);
  assert.match(output, /nl\/examples\.json: \/examples\/0\/actions\/0: unknown action id "1\.9"/);
  assert.match(output, /nl\/examples\.json: \/examples\/1\/challenges\/\d: challenge "8" has none of the example's actions/);
  assert.match(output, /nl\/examples\.json: \/examples\/2\/challenges: misses challenge "5" of action "5\.4"/);
});

test('practice examples: a challenge without any example', () => {
  const { status, output } = validateBroken((change) => {
    for (const lang of ['nl', 'fr', 'en']) {
      change(`${lang}/examples.json`, (d) => (d.examples = d.examples.filter((e) => !e.challenges.includes('9'))));
    }
  });
  assert.equal(status, 1);
  for (const lang of ['nl', 'fr', 'en']) {
    assert.match(output, new RegExp(`${lang}/examples\\.json: /examples: challenge 9 has no example`));
  }
});

test('practice examples: a text too long, one sentence only, a bad id and a duplicate id', () => {
  const { status, output } = validateBroken((change) =>
    change('nl/examples.json', (d) => {
      d.examples[0].text = `${'Een heel lange zin over een bedrijf dat iets deed, '.repeat(9)}en nog meer.`;
      d.examples[1].text = 'Een bedrijf deed iets en dat was het hele verhaal, zonder meer uitleg erbij.';
      d.examples[2].id = 'Geen_Kebab';
      d.examples[4].id = d.examples[3].id;
    }),
  );
  assert.equal(status, 1);
  assert.match(output, /nl\/examples\.json: \/examples\/0\/text: must NOT have more than 450 characters/);
  assert.match(output, /nl\/examples\.json: \/examples\/1\/text: has 1 sentence\(s\), needs 2–4/);
  assert.match(output, /nl\/examples\.json: \/examples\/2\/id: must match pattern/);
  assert.match(output, /nl\/examples\.json: \/examples: duplicate example id/);
});

test('practice examples: a translation that differs from the Dutch in ids, order, actions, source and sector', () => {
  const { status, output } = validateBroken((change) => {
    change('fr/examples.json', (d) => {
      d.examples[0].id = 'un-autre-exemple';
      [d.examples[1], d.examples[2]] = [d.examples[2], d.examples[1]];
    });
    change('en/examples.json', (d) => {
      d.examples[3].actions = [...d.examples[3].actions].reverse();
      d.examples[4].source.where = 'p. 99';
      delete d.examples[5].sector;
      delete d.documents['004'];
    });
  });
  assert.equal(status, 1);
  assert.match(output, /fr\/examples\.json: \/examples: missing "bank-kennis-van-de-dag"/);
  assert.match(output, /fr\/examples\.json: \/examples: unknown id "un-autre-exemple"/);
  assert.match(output, /fr\/examples\.json: \/examples\/1: "[a-z-]+" is not in the place it has in the Dutch source/);
  assert.match(output, /en\/examples\.json: \/examples\/3\/actions: differs from the Dutch source/);
  assert.match(output, /en\/examples\.json: \/examples\/4\/source: differs from the Dutch source/);
  assert.match(output, /en\/examples\.json: \/examples\/5\/sector: "[a-z-]+" misses a sector where the Dutch source has one/);
  assert.match(output, /en\/examples\.json: \/documents: missing "004"/);
  // An example from a document the file does not name cannot be credited in the about text.
  assert.match(output, /en\/examples\.json: \/examples\/\d+\/source\/document: document "004" is not listed in \/documents/);
});

test('practice examples: a language without an examples file', () => {
  const { status, output } = validateBroken((change, remove) => remove('en/examples.json'));
  assert.equal(status, 1);
  assert.match(output, /en\/examples\.json: \(root\): file is missing/);
});
