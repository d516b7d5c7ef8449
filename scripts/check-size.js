#!/usr/bin/env node
// Checks the gzip size of what a visitor downloads against the budgets, from the CDN build's
// chunk manifest (dist/cdn/chunks.json). Run `npm run build:cdn` first (npm test does).
//   first view of <profile-scan>: entry + profile-scan code + Dutch statements and texts
//   whole flow: all three steps, the result view with its chart, the Dutch profiles, and one challenge's actions
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGETS = { firstView: 25 * 1024, wholeFlow: 60 * 1024 };
const dir = 'dist/cdn';
const manifest = JSON.parse(readFileSync(join(dir, 'chunks.json'), 'utf8'));
const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** The chunk that contains a source module. */
function chunkWith(module) {
  const found = Object.entries(manifest).find(([, chunk]) => chunk.modules.includes(module));
  if (!found) throw new Error(`no chunk contains ${module}`);
  return found[0];
}

/** A chunk with everything it imports statically (what the browser fetches before running it). */
function closure(files, into = new Set()) {
  for (const file of files) {
    if (into.has(file)) continue;
    into.add(file);
    closure(manifest[file].imports, into);
  }
  return into;
}

const total = (files) => [...files].reduce((sum, file) => sum + gzip(file), 0);
const content = (lang, ...parts) => parts.map((part) => chunkWith(`content/${lang}/${part}.json`));

const entry = 'informeel-leren.js';
const firstView = closure([entry, chunkWith('src/profile-scan/register.ts'), ...content('nl', 'statements', 'texts')]);

const largestActions = Array.from({ length: 9 }, (_, i) => chunkWith(`content/nl/actions/${i + 1}.json`)).sort(
  (a, b) => gzip(b) - gzip(a),
)[0];
const wholeFlow = closure([
  ...firstView,
  chunkWith('src/challenge-picker/register.ts'),
  chunkWith('src/action-list/register.ts'),
  chunkWith('src/profile-scan/result-view.ts'),
  ...content('nl', 'challenges', 'profiles'),
  largestActions,
]);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
for (const [name, files] of Object.entries({ firstView, wholeFlow })) {
  const size = total(files);
  const ok = size <= BUDGETS[name];
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${kb(size)} gzip (budget ${kb(BUDGETS[name])})`);
  for (const file of [...files].sort((a, b) => gzip(b) - gzip(a))) console.log(`       ${kb(gzip(file)).padStart(8)}  ${file}`);
}
process.exit(failed ? 1 : 0);
