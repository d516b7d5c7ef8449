/**
 * Editor data and framework typings, generated from the custom elements manifest into
 * dist/integrations/ (shipped in the package; package.json points to each file):
 *
 *   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code (custom-element-vs-code-integration)
 *   web-types.json                                              JetBrains IDEs (custom-element-jet-brains-integration)
 *   jsx.d.ts                                                    React 19, Preact, Solid and other JSX (@wc-toolkit/jsx-types)
 *   vue.d.ts                                                    Vue (custom-element-vuejs-integration)
 *   svelte.d.ts                                                 Svelte (custom-element-svelte-integration)
 *
 * Runs as a plugin of the manifest analyzer (`npm run analyze`, see
 * custom-elements-manifest.config.js) or on its own: `node scripts/integrations.js`.
 *
 * The typings import each element class from its register module, whose `declare global`
 * block types the tag and its events; event details are typed through that event map
 * (GlobalEventHandlersEventMap['event-name']['detail']), so they have one source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

export const OUTDIR = 'dist/integrations';
export const FILES = {
  vscodeHtml: 'vscode.html-custom-data.json',
  vscodeCss: 'vscode.css-custom-data.json',
  webTypes: 'web-types.json',
  jsx: 'jsx.d.ts',
  vue: 'vue.d.ts',
  svelte: 'svelte.d.ts',
};

/** The elements with a tag name, from the manifest. */
export function elements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ module, declaration })),
  );
}

/** Where a consumer imports the class of `tag` from: its register module in lib/, relative to OUTDIR. */
function registerModuleOf(manifest) {
  const paths = new Map();
  for (const { module, declaration } of elements(manifest)) {
    const register = posix.join(posix.dirname(module.path), 'register.ts');
    if (!manifest.modules.some((m) => m.path === register)) throw new Error(`${declaration.tagName}: no ${register}`);
    paths.set(declaration.name, posix.relative(OUTDIR, posix.join('lib', register.replace(/\.ts$/, '.js'))));
  }
  return (name) => {
    const path = paths.get(name);
    if (!path) throw new Error(`no register module for ${name}`);
    return path.startsWith('.') ? path : `./${path}`;
  };
}

/** A copy of the manifest with only tagged elements, each event typed as `type(eventName)` (or untyped). */
function withEventTypes(manifest, type) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    module.declarations = (module.declarations ?? []).filter((d) => !d.customElement || d.tagName);
    for (const declaration of module.declarations) {
      // An attribute documented without a field of its own (lang: HTMLElement's) maps to the property of its name.
      for (const attribute of declaration.attributes ?? []) {
        attribute.fieldName ??= attribute.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      }
      for (const event of declaration.events ?? []) {
        const text = type(event.name);
        if (text) event.type = { text };
        else delete event.type;
      }
    }
  }
  return copy;
}

const detailOf = (name) => `GlobalEventHandlersEventMap['${name}']['detail']`;

/** Writes every file of FILES into `outdir` (relative to the working directory). */
export function generateIntegrations(manifest, outdir = OUTDIR) {
  const componentTypePath = registerModuleOf(manifest);
  const common = { outdir, hideLogs: true, descriptionSrc: 'description' };
  // The editors show the event descriptions, which name the detail; they get no type text.
  generateVsCodeCustomElementData(withEventTypes(manifest, () => undefined), {
    ...common,
    htmlFileName: FILES.vscodeHtml,
    cssFileName: FILES.vscodeCss,
  });
  generateJetBrainsWebTypes(withEventTypes(manifest, () => undefined), {
    ...common,
    webTypesFileName: FILES.webTypes,
    // Source links point into the package as it is installed.
    modulePathTemplate: (_name, modulePath) => modulePath.replace(/^src\//, 'lib/src/').replace(/\.ts$/, '.js'),
  });
  generateJsxTypes(withEventTypes(manifest, (name) => `CustomEvent<${detailOf(name)}>`), {
    ...common,
    fileName: FILES.jsx,
    componentTypePath,
    stronglyTypedEvents: true,
  });
  solidJsxRuntime(join(outdir, FILES.jsx));
  generateVuejsTypes(withEventTypes(manifest, detailOf), { ...common, fileName: FILES.vue, componentTypePath });
  generateSvelteTypes(withEventTypes(manifest, detailOf), { ...common, fileName: FILES.svelte, componentTypePath });
  globalSvelteNamespace(join(outdir, FILES.svelte));
}

/**
 * Solid looks up JSX.IntrinsicElements in solid-js/jsx-runtime, which an augmentation of the
 * "solid-js" module (its type-only re-export) does not reach: augment solid-js/jsx-runtime too.
 */
function solidJsxRuntime(file) {
  const text = readFileSync(file, 'utf8');
  const block = /^declare module "solid-js" \{[\s\S]*?^\}\n/m.exec(text);
  if (!block) throw new Error(`${file}: no "solid-js" module augmentation found`);
  writeFileSync(file, `${text.trimEnd()}\n\n${block[0].replace('"solid-js"', '"solid-js/jsx-runtime"')}`);
}

/**
 * svelteHTML is a global namespace, but the generated file is a module (it imports the element
 * classes), where a bare `declare namespace svelteHTML` stays local: move it into `declare global`.
 */
function globalSvelteNamespace(file) {
  const text = readFileSync(file, 'utf8');
  const local = /^(\s*)declare namespace svelteHTML \{([\s\S]*?)^\1\}/m;
  if (!local.test(text)) throw new Error(`${file}: no svelteHTML namespace found`);
  writeFileSync(file, text.replace(local, (_, indent, body) => `${indent}declare global {\n${indent}  namespace svelteHTML {${body}${indent}  }\n${indent}}`));
}

/** Plugin for the manifest analyzer; list it after the plugins that shape the manifest. */
export function integrationsPlugin(outdir = OUTDIR) {
  return {
    name: 'editor-and-framework-integrations',
    packageLinkPhase({ customElementsManifest }) {
      generateIntegrations(customElementsManifest, outdir);
      console.log(`Generated ${Object.values(FILES).join(', ')} in ${outdir}/`);
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateIntegrations(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  console.log(`Generated ${Object.values(FILES).join(', ')} in ${OUTDIR}/`);
}
