// Builds the CDN bundle in dist/cdn: one ES module entry that partners load with a script tag,
// and small chunks that are fetched only when a step (or a language) needs them.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { relative } from 'node:path';

/**
 * instrument.json documents itself (why each key entry, what was corrected, where the numbers
 * come from); visitors' browsers need none of that prose, so it is left out of the bundle.
 */
function pruneInstrumentDocs() {
  const documentation = new Set(['$schema', 'reason', 'note', 'source']);
  return {
    name: 'prune-instrument-docs',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('content/instrument.json')) return null;
      const data = JSON.parse(code, (key, value) => (documentation.has(key) ? undefined : value));
      return { code: JSON.stringify(data), map: null };
    },
  };
}

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

export default {
  input: {
    'informeel-leren': 'src/informeel-leren.ts',
    'informeel-leren-scan': 'src/scan/register.ts',
    'define-all': 'src/define-all.ts',
    scoring: 'src/scoring/index.ts',
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
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    pruneInstrumentDocs(),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': false } }),
    minifyHTML(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    chunkManifest(),
  ],
};
