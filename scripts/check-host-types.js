#!/usr/bin/env node
/**
 * Type tests in host apps (`npm run test:hosts`): the fixtures in test/types/hosts/{react,vue,svelte}
 * import the package by its name, as a host app does (resolved to this repository through
 * package.json "exports": the d.ts in lib/ and dist/integrations/), and are checked by the real
 * checker of each framework: tsc (React 19), vue-tsc (Vue 3.5), svelte-check (Svelte 5).
 *
 * A good fixture (good.tsx, Good.vue, Good.svelte) must have no error. In a bad fixture, every
 * line after a `type-error-next-line [text]` comment must have an error whose message contains
 * `text`, and no other line may have one, so each wrong usage fails for its own reason (not, say,
 * for an implicit any).
 *
 * Needs lib/ (`npm run build:npm`) and dist/integrations/ (`npx cem analyze`).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const hostsDir = join(root, 'test/types/hosts');
const bin = (name) => join(root, 'node_modules/.bin', name);
const MARKER = 'type-error-next-line';

/**
 * tsc and vue-tsc with --pretty false: `file(line,col): error TSxxxx: message`, then the indented
 * lines of its explanation; paths from the root.
 */
function tscErrors(output) {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*(?:\n[ \t]+.*)*)/gm)].map(([, file, line, message]) => ({
    file: resolve(root, file),
    line: Number(line),
    message,
  }));
}

/** svelte-check --output machine: `<time> ERROR "file" line:col "message"`, paths from the workspace. */
const svelteErrors = (workspace) => (output) =>
  [...output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
    file: resolve(workspace, file),
    line: Number(line),
    message: message.replaceAll('\\n', '\n').replaceAll('\\"', '"'),
  }));

const HOSTS = [
  {
    name: 'React 19 (tsc)',
    dir: join(hostsDir, 'react'),
    command: [bin('tsc'), ['-p', 'test/types/hosts/react/tsconfig.json', '--pretty', 'false']],
    errors: tscErrors,
  },
  {
    name: 'Vue 3.5 (vue-tsc)',
    dir: join(hostsDir, 'vue'),
    command: [bin('vue-tsc'), ['-p', 'test/types/hosts/vue/tsconfig.json', '--pretty', 'false']],
    errors: tscErrors,
  },
  {
    name: 'Svelte 5 (svelte-check)',
    dir: join(hostsDir, 'svelte'),
    command: [bin('svelte-check'), ['--workspace', 'test/types/hosts/svelte', '--tsconfig', './tsconfig.json', '--output', 'machine', '--threshold', 'error']],
    errors: svelteErrors(join(hostsDir, 'svelte')),
  },
];

/** The errors a fixture must have: on each line (1-based) after a marker, with the marker's text. */
function expectedErrors(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      if (!text.includes(MARKER)) return [];
      const [, fragment, why] = /type-error-next-line \[(.+?)\]:?\s*(.*?)\s*(?:-->|\*\/\}?)?\s*$/.exec(text) ?? [];
      if (!fragment) throw new Error(`${relative(root, file)}:${index + 1}: write the mark as ${MARKER} [text of the error]: why`);
      return [{ line: index + 2, fragment, why }];
    });
}

/** Runs one host's checker and compares its errors with the fixtures' marks; returns the problems. */
async function checkHost(host) {
  const fixtures = readdirSync(host.dir).filter((f) => /\.(tsx|vue|svelte)$/.test(f)).map((f) => join(host.dir, f));
  const [command, args] = host.command;
  const output = await promisify(execFile)(command, args, { cwd: root, maxBuffer: 16 << 20 }).then(
    ({ stdout, stderr }) => stdout + stderr,
    // The checkers exit non-zero on errors, which the bad fixtures are there to produce.
    (error) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
  );
  const errors = host.errors(output);
  const problems = [];
  for (const error of errors) {
    if (!fixtures.includes(error.file)) problems.push(`error outside the fixtures: ${relative(root, error.file)}:${error.line} ${error.message}`);
  }
  for (const file of fixtures) {
    const name = relative(root, file);
    const expected = expectedErrors(file);
    const found = errors.filter((e) => e.file === file);
    const good = /^good\./i.test(file.split('/').pop());
    if (good && expected.length) problems.push(`${name}: a good fixture has no ${MARKER} marks`);
    if (!good && !expected.length) problems.push(`${name}: a bad fixture needs ${MARKER} marks`);
    for (const { line, fragment, why } of expected) {
      const onLine = found.filter((e) => e.line === line);
      if (!onLine.length) problems.push(`${name}:${line}: expected a type error (${why}), there is none`);
      else if (!onLine.some((e) => e.message.includes(fragment))) {
        problems.push(`${name}:${line}: expected a type error with "${fragment}" (${why}), got: ${onLine.map((e) => e.message).join(' / ')}`);
      }
    }
    const marked = new Set(expected.map((e) => e.line));
    for (const error of found.filter((e) => !marked.has(e.line))) problems.push(`${name}:${error.line}: unexpected type error: ${error.message}`);
  }
  if (!errors.length && /error|Error/.test(output) && !output.includes('COMPLETED')) problems.push(`the checker failed:\n${output}`);
  return { problems, errors: errors.length, fixtures: fixtures.length };
}

const needed = ['lib/src/index.d.ts', 'lib/src/define-all.d.ts', 'dist/integrations/jsx.d.ts', 'dist/integrations/vue.d.ts', 'dist/integrations/svelte.d.ts'];
const missing = needed.filter((file) => !existsSync(join(root, file)));
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: run \`npm run build:npm\` (lib/) and \`npx cem analyze\` (dist/integrations/) first.`);
  process.exit(1);
}

const started = performance.now();
const results = await Promise.all(
  HOSTS.map(async (host) => {
    const start = performance.now();
    const result = await checkHost(host);
    return { host, ...result, seconds: (performance.now() - start) / 1000 };
  }),
);
let failed = false;
for (const { host, problems, errors, fixtures, seconds } of results) {
  const status = problems.length ? 'FAIL' : 'ok';
  console.log(`${status}  ${host.name}: ${fixtures} fixtures, ${errors} errors reported, ${seconds.toFixed(1)} s`);
  for (const problem of problems) console.log(`      ${problem}`);
  failed ||= problems.length > 0;
}
console.log(`${failed ? 'Host type tests failed' : 'Host type tests passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exit(failed ? 1 : 0);
