// Builds the CDN bundle in dist/cdn: one ES module entry that partners load with a script tag,
// and small chunks that are fetched only when a step (or a language) needs them.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const posix = (path) => path.replaceAll('\\', '/');
/** A module id as a path from the project root; the parts below are virtual modules ("\0" + path + "?part"). */
const sourcePath = (id) => id && posix(relative(process.cwd(), id.replace(/^\0/, '')));

/**
 * A first screen needs only part of some content files. One module of src (`importer`) gets just
 * that part of them (`pick`); every other importer gets the rest on top of it, so nothing is sent
 * twice. Unbundled, every importer reads the whole file. `prune`: keys nobody in a browser reads.
 */
function jsonPart({ name, importer, files, pick, prune = [] }) {
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'), (key, value) => (prune.includes(key) ? undefined : value));
  const suffix = `?${name}`;
  return {
    name: `json-part-${name}`,
    resolveId(source, from) {
      if (source.startsWith('\0') && source.endsWith(suffix)) return source;
      if (!from || from.startsWith('\0') || !source.endsWith('.json')) return null;
      const path = resolve(dirname(from), source);
      if (!files.test(sourcePath(path))) return null;
      return `\0${path}${sourcePath(from) === importer ? suffix : ''}`;
    },
    load(id) {
      if (!id.startsWith('\0') || !files.test(sourcePath(id.replace(suffix, '')))) return null;
      const path = id.slice(1).replace(suffix, '');
      this.addWatchFile(path);
      const whole = read(path);
      const part = pick(whole);
      if (id.endsWith(suffix)) return `export default ${JSON.stringify(part)};`;
      const rest = Object.fromEntries(Object.entries(whole).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(part[key])));
      return `import part from ${JSON.stringify(id + suffix)};\nexport default { ...part, ...${JSON.stringify(rest)} };`;
    },
  };
}

const pickKeys = (keys) => (data) => Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]]));

/**
 * content/instrument.json documents itself (why each key entry, what was corrected, where the
 * numbers come from); browsers need none of that prose. The scan's first screen needs only the
 * ids (src/scoring/core.ts); the scoring key, the top-3 table, the highlights and the research
 * figures (src/scoring/instrument.ts) are for the result and the later steps.
 */
const instrumentCore = jsonPart({
  name: 'core',
  importer: 'src/scoring/core.ts',
  files: /^content\/instrument\.json$/,
  prune: ['$schema', 'reason', 'note', 'source'],
  pick: ({ profiles, units, statements, challenges }) => ({
    profiles,
    units,
    statements,
    challenges: challenges.map(({ id, actions }) => ({ id, actions: actions.map((action) => ({ id: action.id })) })),
  }),
});

/**
 * Which actions have practice examples, for the action list (src/action-list/examples.ts): one
 * entry listing their ids, in the shape of the whole file; the examples themselves load when opened.
 * Their source sections and challenges are for the content's own checks, not for browsers.
 */
const exampleActions = jsonPart({
  name: 'actions',
  importer: 'src/action-list/examples.ts',
  files: /^content\/\w+\/examples\.json$/,
  prune: ['$schema', 'where', 'challenges'],
  pick: ({ examples }) => ({ examples: [{ actions: [...new Set(examples.flatMap((example) => example.actions))] }] }),
});

/** The scan's own texts (src/content/scan-texts.ts), without the footer's and the picker's. */
const scanTexts = jsonPart({
  name: 'scan',
  importer: 'src/content/scan-texts.ts',
  files: /^content\/\w+\/texts\.json$/,
  prune: ['$schema'],
  pick: pickKeys(['intro', 'leerbeleid', 'instruction', 'units', 'translationNote']),
});

/**
 * A variant of a module for one importer: when a module of src (`importer`) imports a module whose
 * path `matches`, it gets that module's id with `suffix`, which the plugin's `load` then serves.
 * The suffix ends in ".ts", so the TypeScript transform still takes it.
 */
function variantFor({ importer, matches, suffix }) {
  return async function resolveId(source, from) {
    if (!from || sourcePath(from) !== importer) return null;
    const resolved = await this.resolve(source, from, { skipSelf: true });
    return resolved && matches(posix(resolved.id)) ? `${resolved.id}${suffix}` : null;
  };
}

/**
 * The UI translations (src/generated/locales/<lang>.ts) in two parts: the messages a first screen
 * shows (every id in `sources`) for `importer`, and the rest on top of them for everyone else, so
 * a French or English first screen does not wait for the translations of the later steps. An
 * `optional` part (the monitoring opt-in) gets the messages of its folder for its own `importer`,
 * and those only it uses are left out of the rest.
 * Unbundled, every part reads the whole file. The generated files hold one message per line.
 */
function firstScreenTranslations({ importer, sources, optional }) {
  const suffix = '?first-screen.ts';
  const locale = /\/src\/generated\/locales\/\w+\.ts$/;
  /** The ids of msg() calls in some files of src (each call must name its id). */
  const idsIn = (context, files, strict = true) => {
    const found = new Set();
    for (const file of files) {
      context.addWatchFile(resolve(file));
      const code = readFileSync(file, 'utf8');
      const here = [...code.matchAll(/\bid: '([\w.-]+)'/g)].map((match) => match[1]);
      if (strict && here.length < (code.match(/\bmsg\(/g)?.length ?? 0)) context.error(`${file}: a msg() without an id cannot be split off`);
      for (const id of here) found.add(id);
    }
    return found;
  };
  let ids;
  /** The optional part's ids, and those only it uses (left out of everyone else's file). */
  let optionalIds = new Set();
  let optionalOnly = new Set();
  const resolveFirst = variantFor({ importer, matches: (id) => locale.test(id), suffix });
  const resolveOptional = optional && variantFor({ importer: optional.importer, matches: (id) => locale.test(id), suffix: optional.suffix });
  return {
    name: 'first-screen-translations',
    buildStart() {
      ids = idsIn(this, sources);
      if (!optional) return;
      const all = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? all(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
      const files = all('src').map(posix).filter((file) => !file.startsWith('src/generated/'));
      optionalIds = idsIn(this, files.filter((file) => file.startsWith(optional.folder)));
      const elsewhere = idsIn(this, files.filter((file) => !file.startsWith(optional.folder)), false);
      optionalOnly = new Set([...optionalIds].filter((id) => !elsewhere.has(id) && !ids.has(id)));
    },
    async resolveId(source, from) {
      return (await resolveFirst.call(this, source, from)) ?? (resolveOptional ? resolveOptional.call(this, source, from) : null);
    },
    load(id) {
      const variant = id.endsWith(suffix) ? 'first' : optional && id.endsWith(optional.suffix) ? 'optional' : 'rest';
      const path = variant === 'first' ? id.slice(0, -suffix.length) : variant === 'optional' ? id.slice(0, -optional.suffix.length) : id;
      if (!locale.test(posix(path))) return null;
      this.addWatchFile(path);
      const entries = [...readFileSync(path, 'utf8').matchAll(/^\s*'([\w.-]+)': (.*),$/gm)].map(([, key, value]) => ({ key, value }));
      const missing = [...ids, ...optionalIds].filter((key) => !entries.some((entry) => entry.key === key));
      if (missing.length) this.error(`${sourcePath(path)} has no translation for ${missing.join(', ')}`);
      const list = (keep) => entries.filter((entry) => keep(entry.key)).map((entry) => `${JSON.stringify(entry.key)}: ${entry.value}`);
      const head = "import { str } from '@lit/localize';\n";
      if (variant === 'first') return `${head}export const templates = {\n${list((key) => ids.has(key)).join(',\n')}\n};`;
      if (variant === 'optional') return `${head}export const templates = {\n${list((key) => optionalIds.has(key)).join(',\n')}\n};`;
      return `${head}import { templates as firstScreen } from ${JSON.stringify(id + suffix)};\nexport const templates = { ...firstScreen,\n${list((key) => !ids.has(key) && !optionalOnly.has(key)).join(',\n')}\n};`;
    },
  };
}

/**
 * d3-shape ships as one prebuilt module whose curve classes get their methods as
 * `Curve.prototype = {...}` statements, and whose curve factories are made by calling a function
 * (`var curveBundle = (function custom(beta) {...})(0.85)`); a bundler must keep both, and so every
 * curve, although the chart uses only `line` with the linear one. Each class with its prototype
 * becomes one expression, and it and each factory call are marked pure, so the unused ones drop out.
 */
function pureClassesIn(file) {
  return {
    name: 'pure-classes',
    transform(code, id) {
      if (!file.test(posix(id))) return null;
      const body = this.parse(code).body;
      const functions = new Map(body.filter((node) => node.type === 'FunctionDeclaration').map((node) => [node.id.name, node]));
      /** The class a statement sets the prototype of: `X.prototype = …` or `(X.prototype = …).method = …`. */
      const prototypeOf = (node) => {
        let target = node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression' ? node.expression : undefined;
        if (target?.left.type === 'MemberExpression' && target.left.object.type === 'AssignmentExpression') target = target.left.object;
        const left = target?.left;
        const name = left?.type === 'MemberExpression' && left.object.type === 'Identifier' && left.property.name === 'prototype' ? left.object.name : undefined;
        return name && functions.has(name) ? name : undefined;
      };
      const statements = new Map();
      for (const node of body) {
        const name = prototypeOf(node);
        if (name) statements.set(name, [...(statements.get(name) ?? []), node]);
      }
      const edits = [];
      for (const node of body) {
        if (node.type !== 'VariableDeclaration') continue;
        for (const { init } of node.declarations) {
          if (init?.type === 'CallExpression' && init.callee.type === 'FunctionExpression') edits.push({ start: init.start, end: init.start, text: '/*#__PURE__*/ ' });
        }
      }
      for (const [name, nodes] of statements) {
        const fn = functions.get(name);
        const parts = [fn, ...nodes].map((node) => code.slice(node.start, node.end));
        edits.push({ start: fn.start, end: fn.end, text: `var ${name} = /*#__PURE__*/ (() => {\n${parts.join('\n')}\nreturn ${name};\n})();` });
        for (const node of nodes) edits.push({ start: node.start, end: node.end, text: '' });
      }
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
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
 * Gives the entry its own copy of the small modules it shares with the one-tag element and the
 * store (the failure message, the idle wait, the test for a share link, the version): shared, they would be a chunk of their own that the entry
 * imports, one more fetch in a row before the entry can start the first screen's files.
 */
function ownCopyFor(importer, modules) {
  const suffix = '?own-copy.ts';
  return {
    name: 'own-copy',
    resolveId: variantFor({ importer, matches: (id) => modules.test(sourcePath(id)), suffix }),
    load(id) {
      return id.endsWith(suffix) ? readFileSync(id.slice(0, -suffix.length), 'utf8') : null;
    },
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
        if (info.isEntry && !chunk.dynamicImports.includes(file)) continue;
        // By every module a file holds (one file may hold several: the first screen's); of the code
        // only the modules the entry names.
        for (const id of info.moduleIds.map(sourcePath)) {
          let match;
          // Practice examples and the opt-in's translations load from the elements, never from the entry.
          if (/^content\/\w+\/examples\.json|^src\/generated\/locales\/\w+\.ts\?monitoring/.test(id)) continue;
          if ((match = id.match(/^content\/(\w+)\/(\w+)\.json(?:\?(\w+))?$/))) content[`${match[1]}/${match[3] ?? match[2]}`] = indexes(file);
          else if ((match = id.match(/^src\/generated\/locales\/(\w+)\.ts(\?first-screen)?/))) content[`${match[1]}/ui${match[2] ? '-first-screen' : ''}`] = indexes(file);
          else if ((match = id.match(/^src\/(.+)\.ts$/)) && code.includes(JSON.stringify(match[1]))) modules[match[1]] = indexes(file);
        }
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
          modules: Object.keys(chunk.modules).map(sourcePath),
          // Minified bytes per module before compression, to see what a chunk is made of.
          sizes: Object.fromEntries(Object.entries(chunk.modules).map(([id, m]) => [sourcePath(id), m.renderedLength])),
        };
      }
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}

/**
 * The scan's element goes into one file with the base it builds on, and the statements with the
 * scan's texts (and the first screen's UI translations) into one file per language: one compressed file compresses better than two (the
 * element repeats much of the base's vocabulary), and a first screen is two files after the entry.
 * The price: a page with only a later step also loads the scan's code (about 3 KB).
 */
function firstScreenChunks(id) {
  const path = sourcePath(id);
  if (/^src\/(profile-scan\/(register|profile-scan|profile-scan\.styles)|base\/widget-element)\.ts$/.test(path)) return 'first-screen';
  // The `str` tag the translations use, with the code rather than pulled into one language's file.
  if (path === 'lit-localize-str' || path.endsWith('@lit/localize/internal/str-tag.js')) return 'first-screen';
  // Scoring and the checks of the plan, team and history come together, with any part that shows a result.
  if (/^(src\/(state\/(scoring|later-parts)|scoring\/(score|errors|instrument))\.ts|content\/instrument\.json)$/.test(path)) return 'scoring';
  // The result view with its chart in one file (the report takes the chart from it)...
  if (/^src\/profile-scan\/(result-view|result-view\.styles|score-chart|profile-parts)\.ts$/.test(path) || /\/d3-(shape|path)\//.test(path)) return 'result-view';
  // ...without what it shares with the other steps, the team view and the report (else they would load it all).
  const shared = path.match(/^src\/(?:scoring\/(share-code|team)|base\/(save-file|adopt-styles))\.ts$/);
  if (shared) return shared[1] ?? shared[2];
  // The report's part of an element (download, print, its failure message), for the result and the list alike.
  if (/^src\/(report\/report-part|base\/clicks)\.ts$/.test(path)) return 'scoring';
  const content = path.match(/^content\/(\w+)\/(statements\.json|texts\.json\?scan)$/) ?? path.match(/^src\/generated\/locales\/(\w+)\.ts\?first-screen\.ts$/);
  if (content) return `${content[1]}-first-screen`;
  return undefined;
}

const plugins = (...more) => [
  litLocalizeStrOnly(),
  ownCopyFor('src/lazy.ts', /^src\/(base\/(idle|load-failure)|state\/link-param)\.ts$/),
  ownCopyFor('src/copies.ts', /^src\/version\.ts$/),
  nodeResolve({ exportConditions: ['production'] }),
  pureClassesIn(/\/node_modules\/d3-shape\/dist\/d3-shape\.mjs$/),
  instrumentCore,
  scanTexts,
  exampleActions,
  firstScreenTranslations({
    importer: 'src/localize/first-screen.ts',
    sources: ['src/base/widget-element.ts', 'src/base/notices.ts', 'src/profile-scan/profile-scan.ts'],
    // The monitoring opt-in's messages come with its code (src/monitoring/translations.ts), not with everyone's.
    optional: { importer: 'src/monitoring/translations.ts', folder: 'src/monitoring/', suffix: '?monitoring.ts' },
  }),
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
      manualChunks: firstScreenChunks,
      // Content chunks are named by language and part (e.g. chunks/nl-actions-3-<hash>.js, chunks/nl-texts-scan-<hash>.js).
      chunkFileNames: (chunk) => {
        const content = chunk.facadeModuleId?.replaceAll('\\', '/').match(/content\/(\w+)\/(?:(actions)\/)?([\w-]+)\.json(?:\?(\w+))?$/);
        if (content) return `chunks/${[content[1], content[2], content[3], content[4]].filter(Boolean).join('-')}-[hash].js`;
        const locale = chunk.facadeModuleId?.replaceAll('\\', '/').match(/generated\/locales\/(\w+)\.ts$/);
        if (locale) return `chunks/ui-${locale[1]}-[hash].js`;
        // An element's chunk, also when another chunk imports from it too (the action list's example index).
        const element = (chunk.facadeModuleId ?? (chunk.name === 'register' ? chunk.moduleIds.find((id) => /\/register\.ts$/.test(id)) : undefined))?.replaceAll('\\', '/').match(/src\/([\w-]+)\/register\.ts$/);
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
