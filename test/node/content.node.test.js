// Content facts that must not drift back: challenge 8 uses the wording the survey respondents answered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));

test('challenge 8 has the survey wording in Dutch', () => {
  assert.equal(read('nl/challenges.json').challenges['8'].title, 'Werknemers werken vaak alleen, wat informeel leren beperkt.');
});

test('challenge 8 has a French and an English title', () => {
  for (const lang of ['fr', 'en']) {
    const title = read(`${lang}/challenges.json`).challenges['8']?.title;
    assert.equal(typeof title, 'string', `${lang}: no title`);
    assert.ok(title.trim().length > 0, `${lang}: empty title`);
  }
});

test('the instrument records why challenge 8 differs from the top-3 table', () => {
  const challenge = read('instrument.json').challenges.find((c) => c.id === '8');
  const { source, note } = challenge.titleCorrection;
  assert.notEqual(source, read('nl/challenges.json').challenges['8'].title);
  assert.match(note, /survey/);
});
