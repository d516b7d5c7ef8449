#!/usr/bin/env node
/**
 * Builds the collector's dashboard page into collector/dist/dashboard/:
 *   index.html                      the page, pointing at the hashed files below
 *   assets/dashboard-<hash>.js      <monitoring-dashboard> with Lit and d3-shape (esbuild)
 *   assets/page-<hash>.css          the page's own stylesheet
 *   assets/icon-<hash>.svg          the page's icon
 *   assets/*-<hash>.js              one small module per language with the instrument's statements
 *                                   and profile names, verbatim from content/<lang>/
 * Usage: node collector/scripts/build-dashboard.js [--out <folder>]   (default collector/dist/dashboard)
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { build } from 'esbuild';

const COLLECTOR = fileURLToPath(new URL('../', import.meta.url));
const ROOT = join(COLLECTOR, '..');
const SOURCE = join(COLLECTOR, 'dashboard');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const OUT = args.out ? resolve(args.out) : join(COLLECTOR, 'dist', 'dashboard');
const ASSETS = join(OUT, 'assets');
const LANGUAGES = ['nl', 'fr', 'en'];

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, 'content', path), 'utf8'));

/** What each `dashboard-content:<name>` module holds. */
function contentModule(name) {
  if (name === 'instrument') {
    const { statements, profiles } = readJson('instrument.json');
    return { statements, profiles };
  }
  if (!LANGUAGES.includes(name)) throw new Error(`dashboard-content:${name} is not a language of the dashboard`);
  const { statements } = readJson(`${name}/statements.json`);
  const { profiles } = readJson(`${name}/profiles.json`);
  // Only the profile names: the page shows no longer profile texts.
  return { statements, profiles: Object.fromEntries(Object.entries(profiles).map(([id, profile]) => [id, profile.name])) };
}

/** Resolves `dashboard-content:*` imports to the trimmed content files. */
const contentPlugin = {
  name: 'dashboard-content',
  setup(builder) {
    builder.onResolve({ filter: /^dashboard-content:/ }, (args) => ({
      path: args.path.slice('dashboard-content:'.length),
      namespace: 'dashboard-content',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'dashboard-content' }, (args) => ({
      contents: JSON.stringify(contentModule(args.path)),
      loader: 'json',
      watchFiles: [join(ROOT, 'content', 'instrument.json'), ...LANGUAGES.flatMap((l) => [`${l}/statements.json`, `${l}/profiles.json`].map((p) => join(ROOT, 'content', p)))],
    }));
  },
};

const started = performance.now();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(ASSETS, { recursive: true });

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { dashboard: join(SOURCE, 'main.ts'), page: join(SOURCE, 'page.css') },
  outdir: ASSETS,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2021', 'chrome100', 'firefox100', 'safari15'],
  tsconfig: join(SOURCE, 'tsconfig.json'),
  minify: true,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [contentPlugin],
});

// Find the two entry files by their source, and point the page at them.
const outputs = Object.entries(result.metafile.outputs);
const entryFile = (source) => {
  const found = outputs.find(([, output]) => output.entryPoint && join(ROOT, output.entryPoint) === source);
  if (!found) throw new Error(`no output for ${source}`);
  return `dashboard/assets/${basename(found[0])}`;
};
// The icon is copied under a name with its hash, like the bundles, so it can be cached for good.
const icon = readFileSync(join(SOURCE, 'icon.svg'));
const iconName = `icon-${createHash('sha256').update(icon).digest('hex').slice(0, 8).toUpperCase()}.svg`;
copyFileSync(join(SOURCE, 'icon.svg'), join(ASSETS, iconName));
const html = readFileSync(join(SOURCE, 'index.html'), 'utf8')
  .replace('%SCRIPT%', entryFile(join(SOURCE, 'main.ts')))
  .replace('%STYLESHEET%', entryFile(join(SOURCE, 'page.css')))
  .replace('%ICON%', `dashboard/assets/${iconName}`);
writeFileSync(join(OUT, 'index.html'), html);

const sizes = outputs
  .filter(([path]) => !path.endsWith('.LEGAL.txt'))
  .map(([path, output]) => `  ${relative(ROOT, path).padEnd(58)} ${(output.bytes / 1024).toFixed(1).padStart(6)} KB`);
console.log(`dashboard built in ${Math.round(performance.now() - started)} ms into ${relative(ROOT, OUT)}/\n${sizes.join('\n')}`);

