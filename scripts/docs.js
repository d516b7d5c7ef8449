#!/usr/bin/env node
// Writes the API tables of README.md from custom-elements.json (made by `cem analyze`), between
// <!-- api:start --> and <!-- api:end -->. With --check it only verifies the README is current,
// so the docs cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const table = (title, head, rows) =>
  rows.length
    ? `**${title}**\n\n| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows
        .map((r) => `| ${r.map(cell).join(' | ')} |`)
        .join('\n')}\n`
    : '';

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => ['profile-scan', 'challenge-picker', 'action-list', 'informeel-leren-scan'].indexOf(a.tagName) -
    ['profile-scan', 'challenge-picker', 'action-list', 'informeel-leren-scan'].indexOf(b.tagName));

const api = elements
  .map((el) =>
    [
      `### \`<${el.tagName}>\`\n\n${cell(el.summary)}\n`,
      table('Attributes', ['Attribute', 'Description'], (el.attributes ?? []).map((a) => [`\`${a.name}\``, a.description])),
      table('Events', ['Event', 'Description'], (el.events ?? []).map((e) => [`\`${e.name}\``, e.description])),
      table('CSS parts', ['Part', 'Description'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
      table('CSS custom properties', ['Property', 'Description'], (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])),
    ]
      .filter(Boolean)
      .join('\n'),
  )
  .join('\n');

const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md needs the markers ${START} and ${END}`);
  process.exit(1);
}
const updated = `${readme.slice(0, start + START.length)}\n\n${api}\n${readme.slice(end)}`;
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API tables are out of date with custom-elements.json: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README API tables match custom-elements.json.');
} else {
  writeFileSync('README.md', updated);
  console.log('README API tables written.');
}
