// Builds the CDN bundle in dist/cdn: one ES module entry that partners load with a script tag,
// and small chunks that are fetched only when a step (or a language) needs them.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * content/instrument.json in two parts. It documents itself (why each key entry, what was
 * corrected, where the numbers come from); visitors' browsers need none of that prose, so it is
 * left out. And the scan's first screen needs only the ids and the scoring key: src/scoring/core.ts
 * gets just those, and src/scoring/instrument.ts (the top-3 table, the highlights, the research
 * figures, for the later steps) gets the rest on top of them. Unbundled, both read the whole file.
 */
function instrumentParts() {
  const file = resolve('content/instrument.json');
  const documentation = new Set(['$schema', 'reason', 'note', 'source']);
  const CORE = '\0instrument-core';
  const FULL = '\0instrument-full';
  const read = () => JSON.parse(readFileSync(file, 'utf8'), (key, value) => (documentation.has(key) ? undefined : value));
  return {
    name: 'instrument-parts',
    resolveId(source, importer) {
      if (source === CORE) return CORE;
      if (!importer || !source.endsWith('instrument.json') || resolve(dirname(importer), source) !== file) return null;
      return importer.replaceAll('\\', '/').endsWith('src/scoring/core.ts') ? CORE : FULL;
    },
    load(id) {
      if (id !== CORE && id !== FULL) return null;
      this.addWatchFile(file);
      const { profiles, units, statements, scoringKey, challenges, ...rest } = read();
      if (id === CORE) {
        const core = { profiles, units, statements, scoringKey, challenges: challenges.map(({ id: challenge }) => ({ id: challenge })) };
        return `export default ${JSON.stringify(core)};`;
      }
      return `import core from ${JSON.stringify(CORE)};\nexport default { ...core, challenges: ${JSON.stringify(challenges)}, ...${JSON.stringify(rest)} };`;
    },
  };
}

/**
 * The generated locale modules import `str` from @lit/localize, whose main module brings the whole
 * runtime along (locale switching, decorators); the widget needs only the tag.
 */
function litLocalizeStrOnly() {
  const id = '\0lit-localize-str';
  return {
    name: 'lit-localize-str-only',
    resolveId: (source) => (source === '@lit/localize' ? id : null),
    load: (source) => (source === id ? "export { str } from '@lit/localize/internal/str-tag.js';" : null),
  };
}

/**
 * Writes into the entry (src/lazy.ts, in place of `globalThis.__INFORMEEL_LEREN_FILES__`) what
 * each element needs: per module of src that starts a chunk, the files that chunk imports (also
 * indirectly), and per language and content part its file. With it the entry fetches a first
 * screen's files all at once, instead of the browser finding them one round trip after another.
 * File names still carry rollup's hash placeholders here; rollup fills them in.
 */
function entryFileList(entryName) {
  const MARK = 'globalThis.__INFORMEEL_LEREN_FILES__';
  const source = (id) => id && relative(process.cwd(), id).replaceAll('\\', '/');
  return {
    name: 'entry-file-list',
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.name !== entryName || !chunk.isEntry) return null;
      if (!code.includes(MARK)) this.error(`${MARK} not found in the entry`);
      const closure = (file, into = new Set()) => {
        if (into.has(file) || file === chunk.fileName) return into;
        into.add(file);
        for (const imported of chunks[file].imports) closure(imported, into);
        return into;
      };
      // Each file once, and per module or content part the indexes of its files.
      const files = [];
      const indexes = (file) => [...closure(file)].map((name) => (files.includes(name) ? files : files.push(name) && files).indexOf(name));
      const modules = {};
      const content = {};
      for (const [file, info] of Object.entries(chunks)) {
        const facade = source(info.facadeModuleId);
        let match;
        if (!facade || (info.isEntry && !chunk.dynamicImports.includes(file))) continue;
        if ((match = facade.match(/^content\/(\w+)\/(\w+)\.json$/))) content[`${match[1]}/${match[2]}`] = indexes(file);
        else if ((match = facade.match(/^src\/generated\/locales\/(\w+)\.ts$/))) content[`${match[1]}/ui`] = indexes(file);
        // Only the modules the entry names.
        else if ((match = facade.match(/^src\/(.+)\.ts$/)) && code.includes(JSON.stringify(match[1]))) modules[match[1]] = indexes(file);
      }
      return { code: code.replace(MARK, `(${JSON.stringify({ files, modules, content })})`), map: null };
    },
  };
}

/** Writes dist/cdn/chunks.json
/** Writes dist/cdn/chunks.json: per chunk its size-relevant links, for the size budget check. */
function chunkManifest() {
  return {
    name: 'chunk-manifest',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[fileName] = {
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map((id) => relative(process.cwd(), id).replaceAll('\\', '/')),
        };
      }
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}

const plugins = (...more) => [
  litLocalizeStrOnly(),
  nodeResolve({ exportConditions: ['production'] }),
  instrumentParts(),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': false } }),
  minifyHTML(),
  ...more,
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: {
      'informeel-leren': 'src/informeel-leren.ts',
      'informeel-leren-scan': 'src/scan/register.ts',
      'define-all': 'src/define-all.ts',
    },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Content chunks are named by language and part (e.g. chunks/nl-actions-3-<hash>.js).
      chunkFileNames: (chunk) => {
        const content = chunk.facadeModuleId?.replaceAll('\\', '/').match(/content\/(\w+)\/(?:(actions)\/)?([\w-]+)\.json$/);
        if (content) return `chunks/${[content[1], content[2], content[3]].filter(Boolean).join('-')}-[hash].js`;
        const locale = chunk.facadeModuleId?.replaceAll('\\', '/').match(/generated\/locales\/(\w+)\.ts$/);
        if (locale) return `chunks/ui-${locale[1]}-[hash].js`;
        const element = chunk.facadeModuleId?.replaceAll('\\', '/').match(/src\/([\w-]+)\/register\.ts$/);
        if (element) return `chunks/${element[1]}-[hash].js`;
        return 'chunks/[name]-[hash].js';
      },
      sourcemap: false,
    },
    plugins: [...plugins(entryFileList('informeel-leren')), chunkManifest()],
  },
  // The scoring module on its own, for pages and scripts that score without the widget: one file, no shared chunks.
  {
    input: { scoring: 'src/scoring/index.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', sourcemap: false },
    plugins: plugins(),
  },
];
