#!/usr/bin/env node
// Checks content/ against its JSON Schemas and the rules the schemas cannot express
// (references resolve, the top-3 table is sound, every language is complete and asks as many
// conversation questions per challenge as the Dutch source; the practice examples point at real
// actions and challenges, cover all nine challenges and match the Dutch source in every language).
// Every problem is reported as "file: field: message"; exits 1 when there is any.
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.cwd();
// The content folder to check: the first argument, or this package's content/.
const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url));
const LANGUAGE_FILES = ['statements', 'profiles', 'challenges', 'texts', 'questions', 'examples'];
const problems = [];
const report = (file, field, message) => problems.push(`${relative(root, file)}: ${field || '(root)'}: ${message}`);

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map();
for (const name of ['instrument', 'actions', ...LANGUAGE_FILES]) {
  const schema = JSON.parse(readFileSync(join(contentDir, 'schema', `${name}.schema.json`), 'utf8'));
  validators.set(name, ajv.compile(schema));
}

function load(file, schemaName) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report(file, '', error.code === 'ENOENT' ? 'file is missing' : `not valid JSON: ${error.message}`);
    return undefined;
  }
  const validate = validators.get(schemaName);
  if (!validate(data)) {
    for (const error of validate.errors) {
      const extra = error.params?.additionalProperty ? ` ("${error.params.additionalProperty}")` : '';
      report(file, error.instancePath, `${error.message}${extra}`);
    }
  }
  return data;
}

/** Same keys, in any order; reports what is missing or extra. */
function sameIds(file, field, actual, expected) {
  const have = new Set(actual);
  for (const id of expected) if (!have.has(id)) report(file, field, `missing "${id}"`);
  for (const id of have) if (!expected.includes(id)) report(file, field, `unknown id "${id}"`);
}

function duplicates(list) {
  return list.filter((item, i) => list.indexOf(item) !== i);
}

// --- the language-neutral instrument -------------------------------------------------------------
const instrumentFile = join(contentDir, 'instrument.json');
const instrument = load(instrumentFile, 'instrument');
if (!instrument) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const statementIds = instrument.statements;
const profileIds = instrument.profiles;
const challengeIds = instrument.challenges.map((c) => c.id);
const actionIds = instrument.challenges.flatMap((c) => c.actions.map((a) => a.id));

// Which challenge each action belongs to, for the practice examples.
const challengeOfAction = new Map(instrument.challenges.flatMap((c) => c.actions.map((a) => [a.id, c.id])));

for (const id of duplicates(challengeIds)) report(instrumentFile, '/challenges', `duplicate challenge id "${id}"`);
for (const id of duplicates(actionIds)) report(instrumentFile, '/challenges', `duplicate action id "${id}"`);

instrument.challenges.forEach((challenge, c) => {
  challenge.actions.forEach((action, a) => {
    if (!action.id.startsWith(`${challenge.id}.`)) {
      report(instrumentFile, `/challenges/${c}/actions/${a}/id`, `action "${action.id}" does not belong to challenge ${challenge.id}`);
    }
  });
  const own = challenge.actions.map((a) => a.id);
  for (const profile of profileIds) {
    const cell = challenge.top3[profile];
    const field = `/challenges/${c}/top3/${profile}`;
    if (!cell) continue; // the schema already reported it
    if (new Set(cell).size !== 3) report(instrumentFile, field, `needs 3 distinct actions, has ${cell.join(', ')}`);
    for (const id of cell) if (!own.includes(id)) report(instrumentFile, field, `"${id}" is not an action of challenge ${challenge.id}`);
  }
  (challenge.corrections ?? []).forEach((correction, k) => {
    const cell = challenge.top3[correction.profile];
    if (cell && cell.join() === correction.source.join()) {
      report(instrumentFile, `/challenges/${c}/corrections/${k}`, 'the corrected cell is identical to the source');
    }
  });
});

const keyed = instrument.scoringKey.items.map((item) => item.statement);
for (const id of duplicates(keyed)) report(instrumentFile, '/scoringKey/items', `statement "${id}" has more than one key entry`);
sameIds(instrumentFile, '/scoringKey/items', keyed, statementIds);
instrument.scoringKey.items.forEach((item, i) => {
  const both = item.yes.filter((p) => item.no.includes(p));
  if (both.length) report(instrumentFile, `/scoringKey/items/${i}`, `${both.join(', ')} scores on both ja and nee`);
});
// A profile that can collect far more points than another wins far too often.
const reachable = Object.fromEntries(
  profileIds.map((p) => [p, instrument.scoringKey.items.filter((item) => item.yes.includes(p) || item.no.includes(p)).length]),
);
const most = Math.max(...Object.values(reachable));
const least = Math.min(...Object.values(reachable));
if (most - least > 2) {
  report(instrumentFile, '/scoringKey/items', `unbalanced key: profiles can collect ${JSON.stringify(reachable)} points`);
}

// --- every language ----------------------------------------------------------------------------
const languages = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
  .map((entry) => entry.name);
if (!languages.includes('nl')) report(contentDir, '', 'the Dutch source content (content/nl) is missing');

// A translation asks as many questions per challenge as the Dutch source.
const questionsByLanguage = new Map();
// A translation tells the same practice examples, about the same actions, as the Dutch source.
const examplesByLanguage = new Map();

for (const lang of languages) {
  const file = (name) => join(contentDir, lang, `${name}.json`);
  const data = Object.fromEntries(LANGUAGE_FILES.map((name) => [name, load(file(name), name)]));
  if (data.statements) sameIds(file('statements'), '/statements', Object.keys(data.statements.statements), statementIds);
  if (data.profiles) sameIds(file('profiles'), '/profiles', Object.keys(data.profiles.profiles), profileIds);
  if (data.challenges) sameIds(file('challenges'), '/challenges', Object.keys(data.challenges.challenges), challengeIds);
  if (data.questions) {
    sameIds(file('questions'), '/questions', Object.keys(data.questions.questions), challengeIds);
    questionsByLanguage.set(lang, { file: file('questions'), questions: data.questions.questions });
  }
  if (data.examples) {
    checkExamples(lang, file('examples'), data.examples);
    examplesByLanguage.set(lang, { file: file('examples'), data: data.examples });
  }
  // Actions come one file per challenge, so the action list loads only what it shows.
  for (const challenge of instrument.challenges) {
    const actionsFile = join(contentDir, lang, 'actions', `${challenge.id}.json`);
    const actions = load(actionsFile, 'actions');
    if (actions) sameIds(actionsFile, '/actions', Object.keys(actions.actions), challenge.actions.map((a) => a.id));
  }
}

const sourceQuestions = questionsByLanguage.get('nl')?.questions;
for (const [lang, { file, questions }] of questionsByLanguage) {
  if (lang === 'nl' || !sourceQuestions) continue;
  for (const id of challengeIds) {
    const expected = sourceQuestions[id];
    const actual = questions[id];
    if (!Array.isArray(expected) || !Array.isArray(actual)) continue; // already reported
    if (actual.length !== expected.length) {
      report(file, `/questions/${id}`, `has ${actual.length} question(s), the Dutch source has ${expected.length}`);
    }
  }
}

const sourceExamples = examplesByLanguage.get('nl')?.data;
for (const [lang, { file, data }] of examplesByLanguage) {
  if (lang !== 'nl' && sourceExamples) compareExamples(file, data, sourceExamples);
}

/**
 * The rules for one language's practice examples that the schema cannot express: unique ids,
 * actions and challenges that exist and belong together, a known source document, 2–4
 * sentences, and at least one example for every challenge.
 */
function checkExamples(lang, file, { documents, examples }) {
  for (const id of duplicates(examples.map((e) => e.id))) report(file, '/examples', `duplicate example id "${id}"`);
  const sentences = new Intl.Segmenter(lang, { granularity: 'sentence' });
  examples.forEach((example, i) => {
    const field = `/examples/${i}`;
    example.actions.forEach((action, k) => {
      const challenge = challengeOfAction.get(action);
      if (!challenge) report(file, `${field}/actions/${k}`, `unknown action id "${action}"`);
      else if (!example.challenges.includes(challenge)) {
        report(file, `${field}/challenges`, `misses challenge "${challenge}" of action "${action}"`);
      }
    });
    example.challenges.forEach((challenge, k) => {
      if (!challengeIds.includes(challenge)) report(file, `${field}/challenges/${k}`, `unknown challenge id "${challenge}"`);
      else if (!example.actions.some((action) => challengeOfAction.get(action) === challenge)) {
        report(file, `${field}/challenges/${k}`, `challenge "${challenge}" has none of the example's actions`);
      }
    });
    if (!Object.hasOwn(documents, example.source.document)) {
      report(file, `${field}/source/document`, `document "${example.source.document}" is not listed in /documents`);
    }
    const count = [...sentences.segment(example.text.trim())].length;
    if (count < 2 || count > 4) report(file, `${field}/text`, `has ${count} sentence(s), needs 2–4`);
  });
  for (const challenge of challengeIds) {
    if (!examples.some((e) => e.challenges.includes(challenge))) report(file, '/examples', `challenge ${challenge} has no example`);
  }
}

/** A translation has the Dutch examples in the same order, with the same actions, challenges and sources. */
function compareExamples(file, translation, source) {
  sameIds(file, '/documents', Object.keys(translation.documents), Object.keys(source.documents));
  const byId = new Map(source.examples.map((e) => [e.id, e]));
  sameIds(file, '/examples', translation.examples.map((e) => e.id), [...byId.keys()]);
  translation.examples.forEach((example, i) => {
    const original = byId.get(example.id);
    if (!original) return; // already reported as unknown
    if (source.examples.indexOf(original) !== i) report(file, `/examples/${i}`, `"${example.id}" is not in the place it has in the Dutch source`);
    for (const key of ['actions', 'challenges', 'source']) {
      if (JSON.stringify(example[key]) !== JSON.stringify(original[key])) {
        report(file, `/examples/${i}/${key}`, `differs from the Dutch source for "${example.id}"`);
      }
    }
    if ('sector' in example !== 'sector' in original) {
      report(file, `/examples/${i}/sector`, `"${example.id}" ${'sector' in original ? 'misses' : 'has'} a sector where the Dutch source ${'sector' in original ? 'has one' : 'has none'}`);
    }
  });
}

if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
const questionCount = Object.values(sourceQuestions ?? {}).flat().length;
console.log(`Content OK: ${statementIds.length} statements, ${profileIds.length} profiles, ${challengeIds.length} challenges, ${actionIds.length} actions, ${questionCount} conversation questions, ${sourceExamples?.examples.length ?? 0} practice examples, languages ${languages.join(', ')}.`);
