#!/usr/bin/env node
// Checks that the Dutch prose in content/ is written in our own words: no text may share a run of
// RUN or more consecutive words with the source documents (case, punctuation and whitespace do
// not count). The statements and the profile, challenge and action titles are verbatim on purpose,
// and a few texts quote an example question from the sources; those are listed in EXEMPT below,
// each with its reason. Everything else, step titles included, is checked.
//
//   node scripts/check-copying.js <folder with the source documents> [content folder]
//
// The sources (.txt or .md files) are not part of this repository. Every finding is printed as
// "file: field: what is wrong"; exits 1 when there is any, 2 when the sources cannot be read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUN = 12;

/**
 * What may be copied. `file` is relative to the language folder ("*" matches within a name);
 * `field` is a JSON pointer in which "*" matches one key or array index. Without `quotes` the
 * whole field is exempt; with `quotes` only those quoted passages are, and the rest of the field
 * is still checked. A listed quote that no longer occurs in its field is reported too, so that
 * the list stays accurate.
 */
export const EXEMPT = [
  { file: 'statements.json', field: '/statements/*', reason: 'The 20 statements are the validated instrument items, verbatim.' },
  { file: 'profiles.json', field: '/profiles/*/name', reason: 'Profile names are verbatim.' },
  { file: 'challenges.json', field: '/challenges/*/title', reason: 'Challenge titles are verbatim.' },
  { file: 'actions/*.json', field: '/actions/*/title', reason: 'Action titles are verbatim from the worked-out actions.' },
  { file: 'texts.json', field: '/about/citation', reason: 'A bibliographic reference names the report by its own title.' },
  {
    file: 'actions/1.json',
    field: '/actions/1.1/steps/3/text',
    quotes: ['Wat liep er vorige week minder goed, en wat leren we daaruit?'],
    reason: 'The example question for the reflection moment, quoted from the worked-out action.',
  },
  {
    file: 'actions/2.json',
    field: '/actions/2.2/steps/3/text',
    quotes: ['Wat liep er vorige week minder goed, en wat leren we daaruit?'],
    reason: 'The same example question, quoted for the reflection moment on learning.',
  },
  {
    file: 'actions/3.json',
    field: '/actions/3.1/steps/1/text',
    quotes: ['Wat zou je willen kunnen om beter te worden in je job?'],
    reason: 'The opening question that the action title itself names, quoted.',
  },
];

/** Lower case, letters and digits only, one space between words. */
export function words(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019\u2018'`´]/g, '') // apostrophes join a word (’s, zo’n)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of RUN words in the sources, as a set of joined strings. */
export function sourceRuns(texts) {
  const runs = new Set();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i += 1) runs.add(w.slice(i, i + RUN).join(' '));
  }
  return runs;
}

/** The maximal runs of at least RUN words that `text` shares with the sources. */
export function sharedRuns(text, runs) {
  const found = [];
  // Quoted passages that are exempt have been replaced by a break ("\u0000"): runs never cross it.
  for (const part of text.split('\u0000')) {
    const w = words(part);
    let start = -1;
    let end = -1;
    for (let i = 0; i + RUN <= w.length; i += 1) {
      if (!runs.has(w.slice(i, i + RUN).join(' '))) continue;
      if (start >= 0 && i < end) {
        end = i + RUN; // overlaps the current run: extend it
      } else {
        if (start >= 0) found.push(w.slice(start, end).join(' '));
        start = i;
        end = i + RUN;
      }
    }
    if (start >= 0) found.push(w.slice(start, end).join(' '));
  }
  return found;
}

/** All string leaves of a JSON value, with their paths (lists of keys). */
function* leaves(value, path = []) {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* leaves(item, [...path, String(i)]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== '$schema') yield* leaves(item, [...path, key]);
  }
}

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);

// A field pattern is a JSON pointer in which "*" matches one key or array index.
function fieldMatches(pattern, path) {
  const segments = pattern.split('/').slice(1);
  return segments.length === path.length && segments.every((s, i) => s === '*' || s === path[i]);
}

/** The exemption rules that apply to a field. */
function exemptions(file, path) {
  return EXEMPT.filter((rule) => globToRegExp(rule.file).test(file) && fieldMatches(rule.field, path));
}

/** The Dutch content files, relative to the language folder. */
function contentFiles(langDir) {
  const files = readdirSync(langDir).filter((f) => f.endsWith('.json'));
  const actions = readdirSync(join(langDir, 'actions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `actions/${f}`);
  return [...files, ...actions].sort();
}

/** Checks one language folder against the source texts; returns the findings. */
export function check(langDir, sources) {
  const runs = sourceRuns(sources);
  const findings = [];
  const used = new Set();
  for (const file of contentFiles(langDir)) {
    const data = JSON.parse(readFileSync(join(langDir, file), 'utf8'));
    for (const [path, value] of leaves(data)) {
      const rules = exemptions(file, path);
      rules.forEach((rule) => used.add(rule));
      if (rules.some((rule) => !rule.quotes)) continue;
      const field = `/${path.join('/')}`;
      let text = value;
      for (const quote of rules.flatMap((rule) => rule.quotes)) {
        if (!text.includes(quote)) findings.push({ file, field, message: `the exempt quote "${quote}" no longer occurs here` });
        text = text.split(quote).join('\u0000');
      }
      for (const run of sharedRuns(text, runs)) findings.push({ file, field, run, message: `shares "${run}"` });
    }
  }
  for (const rule of EXEMPT) {
    if (!used.has(rule)) findings.push({ file: rule.file, field: rule.field, message: 'this exemption matches no field' });
  }
  return findings;
}

function readSources(dir) {
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
  if (!files.length) throw new Error(`no .txt or .md files in ${dir}`);
  return files.map((f) => readFileSync(f, 'utf8'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [sourceDir, contentArg] = process.argv.slice(2);
  if (!sourceDir) {
    console.error('usage: node scripts/check-copying.js <folder with the source documents> [content folder]');
    process.exit(2);
  }
  const contentDir = contentArg ?? fileURLToPath(new URL('../content', import.meta.url));
  let sources;
  try {
    sources = readSources(sourceDir);
  } catch (error) {
    console.error(`cannot read the sources: ${error.message}`);
    process.exit(2);
  }
  const langDir = join(contentDir, 'nl');
  const findings = check(langDir, sources);
  for (const { file, field, message } of findings) {
    console.log(`${relative(process.cwd(), join(langDir, file))}: ${field}: ${message}`);
  }
  if (findings.length) {
    console.error(`${findings.length} finding(s): prose in content/ must not share ${RUN} or more consecutive words with the sources.`);
    process.exit(1);
  }
  console.log(`No prose in ${relative(process.cwd(), langDir) || '.'} shares ${RUN} or more consecutive words with ${sources.length} source documents.`);
}
