#!/usr/bin/env node
// Builds the installable WordPress plugin: integrations/wordpress/informeel-leren/ with the built CDN
// bundle (dist/cdn: the entry and its chunks) in assets/, the translations compiled (.po → .mo for
// PHP, JSON for the editor script), zipped as integrations/wordpress/dist/informeel-leren.zip.
// Needs dist/cdn: run `npm run build:cdn` (or `npm run build`) first.
//   node scripts/build-wordpress.js
import { ZipArchive } from 'archiver';
import { po, mo } from 'gettext-parser';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'integrations/wordpress/informeel-leren');
const cdn = join(root, 'dist/cdn');
const out = join(root, 'integrations/wordpress/dist');
const staged = join(out, 'informeel-leren');
const zipFile = join(out, 'informeel-leren.zip');
/** The editor script's handle: WordPress looks for <domain>-<locale>-<handle>.json. */
const EDITOR_HANDLE = 'informeel-leren-editor';

function fail(message) {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

if (!existsSync(join(cdn, 'informeel-leren.js')) || !existsSync(join(cdn, 'chunks'))) {
  fail(`${relative(root, cdn)}/ is missing (informeel-leren.js and chunks/). Build the bundle first: npm run build:cdn`);
}

// The plugin's version is written in three places WordPress reads; all must be the package's.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versions = {
  'informeel-leren.php (Version:)': readFileSync(join(source, 'informeel-leren.php'), 'utf8').match(/^\s*\*\s*Version:\s*(\S+)/m)?.[1],
  "informeel-leren.php (INFORMEEL_LEREN_VERSION)": readFileSync(join(source, 'informeel-leren.php'), 'utf8').match(/'INFORMEEL_LEREN_VERSION',\s*'([^']+)'/)?.[1],
  'block/block.json (version)': JSON.parse(readFileSync(join(source, 'block/block.json'), 'utf8')).version,
  'readme.txt (Stable tag:)': readFileSync(join(source, 'readme.txt'), 'utf8').match(/^Stable tag:\s*(\S+)/m)?.[1],
};
const wrong = Object.entries(versions).filter(([, found]) => found !== version);
if (wrong.length) fail(`the plugin's version must be ${version} (package.json): ${wrong.map(([where, found]) => `${where} is ${found}`).join(', ')}`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(source, staged, { recursive: true });
// The whole bundle: the entry imports the other top-level modules (informeel-leren-scan.js, …) and
// the chunks by relative address. The build's manifest (chunks.json) is not needed on a site.
mkdirSync(join(staged, 'assets'));
const modules = readdirSync(cdn).filter((name) => name.endsWith('.js'));
for (const name of modules) cpSync(join(cdn, name), join(staged, 'assets', name));
cpSync(join(cdn, 'chunks'), join(staged, 'assets/chunks'), { recursive: true });

/**
 * The translations of one .po file as Jed 1.x JSON, the format wp_set_script_translations() loads:
 * only the messages the editor script uses (those whose reference names block/editor.js).
 */
function editorJson(catalog, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': catalog.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);' } };
  for (const [context, entries] of Object.entries(catalog.translations)) {
    for (const entry of Object.values(entries)) {
      if (!entry.msgid || !entry.comments?.reference?.includes('block/editor.js')) continue;
      messages[context ? `${context}\u0004${entry.msgid}` : entry.msgid] = entry.msgstr;
    }
  }
  return JSON.stringify({ 'translation-revision-date': catalog.headers['PO-Revision-Date'], generator: 'scripts/build-wordpress.js', domain: 'messages', locale_data: { messages } });
}

const languages = join(staged, 'languages');
const compiled = [];
for (const file of readdirSync(languages).filter((name) => name.endsWith('.po'))) {
  const locale = file.match(/^informeel-leren-(.+)\.po$/)?.[1];
  if (!locale) fail(`languages/${file}: expected the name informeel-leren-<locale>.po`);
  const catalog = po.parse(readFileSync(join(languages, file)));
  const untranslated = Object.values(catalog.translations).flatMap((entries) => Object.values(entries)).filter((entry) => entry.msgid && !entry.msgstr.some(Boolean));
  if (untranslated.length) fail(`languages/${file}: no translation for ${untranslated.map((entry) => JSON.stringify(entry.msgid)).join(', ')}`);
  writeFileSync(join(languages, `informeel-leren-${locale}.mo`), mo.compile(catalog));
  writeFileSync(join(languages, `informeel-leren-${locale}-${EDITOR_HANDLE}.json`), editorJson(catalog, locale));
  compiled.push(locale);
}

await new Promise((resolve, reject) => {
  const output = createWriteStream(zipFile);
  const archive = new ZipArchive({ zlib: { level: 9 } });
  output.on('close', resolve);
  archive.on('error', reject);
  archive.on('warning', reject);
  archive.pipe(output);
  archive.directory(staged, 'informeel-leren');
  archive.finalize();
});

const chunks = readdirSync(join(staged, 'assets/chunks')).length;
console.log(`build:wordpress: ${relative(root, zipFile)} (version ${version}; the bundle: ${modules.join(', ')} and ${chunks} chunks; translations: ${compiled.join(', ')})`);
