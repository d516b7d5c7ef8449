// Runs the copying check on a copy of content/ against made-up source documents, so that it needs
// no real sources: plants shared runs and checks what is reported, where, and what is exempt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { words, sharedRuns, sourceRuns } from './check-copying.js';

const script = fileURLToPath(new URL('./check-copying.js', import.meta.url));
const content = fileURLToPath(new URL('../content', import.meta.url));

// Twelve words, and the same sentence cut to eleven.
const TWELVE = 'De leidinggevende bespreekt elke maand met het hele team wat er geleerd werd.';
const ELEVEN = 'De leidinggevende bespreekt elke maand met het hele team wat er';
const QUOTE = 'Wat liep er vorige week minder goed, en wat leren we daaruit?';

/** Copies content/, lets `edit` change the Dutch files, writes `source` and runs the check. */
function run(source, edit = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), 'copying-'));
  try {
    cpSync(content, join(dir, 'content'), { recursive: true });
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'report.txt'), source);
    edit((file, fn) => {
      const path = join(dir, 'content', 'nl', file);
      const data = JSON.parse(readFileSync(path, 'utf8'));
      fn(data);
      writeFileSync(path, JSON.stringify(data));
    });
    const result = spawnSync(process.execPath, [script, join(dir, 'sources'), join(dir, 'content')], { encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const source = `Inleiding.\n${TWELVE.toUpperCase()}\nEen vraag als "${QUOTE}" werkt goed in elk team dat wil leren.`;

test('the content passes when it shares nothing with the sources', () => {
  const { status, output } = run(source);
  assert.equal(status, 0, output);
});

test('a shared run of twelve words is reported with file, field and run, ignoring case and punctuation', () => {
  const { status, output } = run(source, (change) =>
    change('profiles.json', (d) => (d.profiles.ambitie.focus = `Kort gezegd: de leidinggevende bespreekt, elke maand, met het hele team wat er geleerd werd!`)),
  );
  assert.equal(status, 1);
  assert.match(output, /profiles\.json: \/profiles\/ambitie\/focus: shares "de leidinggevende bespreekt elke maand met het hele team wat er geleerd werd"/);
});

test('eleven shared words are allowed', () => {
  const { status, output } = run(source, (change) => change('profiles.json', (d) => (d.profiles.ambitie.focus = `${ELEVEN} vaak.`)));
  assert.equal(status, 0, output);
});

test('titles are exempt, step titles and other prose are not', () => {
  const title = run(source, (change) => change('challenges.json', (d) => (d.challenges['3'].title = TWELVE)));
  assert.equal(title.status, 0, title.output);
  const step = run(source, (change) => change('actions/5.json', (d) => (d.actions['5.1'].steps[0].title = TWELVE)));
  assert.equal(step.status, 1);
  assert.match(step.output, /actions\/5\.json: \/actions\/5\.1\/steps\/0\/title: shares/);
});

test('a listed quote is exempt only in its own field, and a stale one is reported', () => {
  const own = run(source, (change) => change('actions/1.json', (d) => (d.actions['1.1'].steps[3].text = `Vraag bijvoorbeeld: ‘${QUOTE}’ Rond kort af.`)));
  assert.equal(own.status, 0, own.output);
  const around = run(source, (change) => change('actions/1.json', (d) => (d.actions['1.1'].steps[3].text = `Vraag: ‘${QUOTE}’ ${TWELVE}`)));
  assert.equal(around.status, 1, 'the rest of the field is still checked');
  assert.match(around.output, /\/actions\/1\.1\/steps\/3\/text: shares "de leidinggevende bespreekt/);
  const elsewhere = run(source, (change) => change('actions/1.json', (d) => (d.actions['1.1'].steps[0].text = `Een vraag als ‘${QUOTE}’`)));
  assert.equal(elsewhere.status, 1);
  assert.match(elsewhere.output, /\/actions\/1\.1\/steps\/0\/text: shares "een vraag als wat liep er vorige week minder goed en wat leren we daaruit"/);
  const stale = run(source, (change) => change('actions/1.json', (d) => (d.actions['1.1'].steps[3].text = 'Stel één eenvoudige vraag.')));
  assert.equal(stale.status, 1);
  assert.match(stale.output, /\/actions\/1\.1\/steps\/3\/text: the exempt quote .* no longer occurs here/);
});

test('without a readable source folder the check stops with status 2', () => {
  const result = spawnSync(process.execPath, [script, join(tmpdir(), 'no-such-folder-for-copying')], { encoding: 'utf8' });
  assert.equal(result.status, 2);
});

test('normalising and merging overlapping runs', () => {
  assert.deepEqual(words('Zo’n HR-beleid, nú!'), ['zon', 'hr', 'beleid', 'nú']);
  const runs = sourceRuns(['een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien']);
  assert.deepEqual(sharedRuns('Nul, een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien en verder', runs), [
    'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien',
  ]);
  assert.deepEqual(sharedRuns('een twee drie vier vijf zes zeven acht negen tien elf', runs), []);
});
