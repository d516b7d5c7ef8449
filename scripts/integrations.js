/**
 * Editor data and framework typings, generated from the custom elements manifest into
 * dist/integrations/ (shipped in the package; package.json points to each file):
 *
 *   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code (custom-element-vs-code-integration)
 *   web-types.json                                              JetBrains IDEs (custom-element-jet-brains-integration)
 *   jsx.d.ts                                                    React 19, Preact, Solid and other JSX (@wc-toolkit/jsx-types)
 *   vue.d.ts                                                    Vue 3 and vue-tsc (custom-element-vuejs-integration)
 *   svelte.d.ts                                                 Svelte 4 and 5 (svelteTypes below)
 *
 * Runs as a plugin of the manifest analyzer (`npm run analyze`, see
 * custom-elements-manifest.config.js) or on its own: `node scripts/integrations.js`.
 *
 * The typings import each element class from the module that registers it (its
 * custom-element-definition in the manifest), whose `declare global` block types the tag and its
 * events; event details are typed through that event map
 * (GlobalEventHandlersEventMap['event-name']['detail']), so they have one source.
 *
 * Every file carries the same hover text per element (hoverDoc): the libraries' own text lists
 * "(default: undefined)" after each CSS property and ends the description with a setext rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

export const OUTDIR = 'dist/integrations';
export const FILES = {
  vscodeHtml: 'vscode.html-custom-data.json',
  vscodeCss: 'vscode.css-custom-data.json',
  webTypes: 'web-types.json',
  jsx: 'jsx.d.ts',
  vue: 'vue.d.ts',
  svelte: 'svelte.d.ts',
};
/** Where the editors link to for each element: the README with the API tables. */
export const DOC_URL = 'https://www.npmjs.com/package/informeel-leren';
/** The one-tag element lays out these three; their events bubble out of it. */
export const WHOLE_SCAN = { tag: 'informeel-leren-scan', steps: ['profile-scan', 'challenge-picker', 'action-list'] };

/** The elements with a tag name, from the manifest. */
export function elements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ module, declaration })),
  );
}

/** The module that registers each tag (its custom-element-definition export), by tag name. */
export function registerModules(manifest) {
  const modules = new Map();
  for (const module of manifest.modules) {
    for (const definition of (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition')) {
      modules.set(definition.name, module.path);
    }
  }
  return modules;
}

/** `profile-scan-complete` → `onProfileScanComplete`, the prop name Vue matches `@profile-scan-complete` to. */
export const camelEventProp = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

/** Where the typings import the class of `tag` from: its register module in lib/, relative to OUTDIR. */
function componentTypePathOf(manifest) {
  const modules = registerModules(manifest);
  for (const { declaration } of elements(manifest)) {
    if (!modules.has(declaration.tagName)) throw new Error(`<${declaration.tagName}>: no module registers it`);
  }
  return (_name, tag) => {
    const path = posix.relative(OUTDIR, modules.get(tag));
    return path.startsWith('.') ? path : `./${path}`;
  };
}

/** The hover text of an element: its description, then each part of its API under its own heading. */
export function hoverDoc(declaration) {
  const list = (heading, items) => (items.length ? [`### ${heading}`, '', ...items, ''] : []);
  const methods = (declaration.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && m.description);
  const signature = (m) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`;
  // Only a default that is known; most properties say theirs in the description.
  const cssDefault = (p) => (p.default && !/\bDefault:/.test(p.description ?? '') ? ` (default: \`${p.default}\`)` : '');
  return [
    declaration.description?.trim() ?? '',
    '',
    ...list('Attributes', (declaration.attributes ?? []).map((a) => `- \`${a.name}\`: ${a.description}`)),
    ...list('Events', (declaration.events ?? []).map((e) => `- \`${e.name}\`: ${e.description}`)),
    ...list('Methods', methods.map((m) => `- \`${signature(m)}\`: ${m.description}`)),
    ...list('CSS custom properties', (declaration.cssProperties ?? []).map((p) => `- \`${p.name}\`: ${p.description}${cssDefault(p)}`)),
    ...list('CSS parts', (declaration.cssParts ?? []).map((p) => `- \`${p.name}\`: ${p.description}`)),
    ...list('Slots', (declaration.slots ?? []).map((s) => `- \`${s.name || '(default)'}\`: ${s.description}`)),
  ]
    .join('\n')
    .trim();
}

/**
 * A copy of the manifest for the generators: only tagged elements; the one-tag element with the
 * events of its steps; each event typed as `type(eventName)` (or untyped); the hover text in
 * `hoverDoc`.
 */
function integrationManifest(manifest, type) {
  const copy = structuredClone(manifest);
  const byTag = new Map(elements(copy).map(({ declaration }) => [declaration.tagName, declaration]));
  const whole = byTag.get(WHOLE_SCAN.tag);
  if (whole) {
    const events = [...(whole.events ?? [])];
    const stepsFiring = (name) => WHOLE_SCAN.steps.filter((step) => byTag.get(step)?.events?.some((e) => e.name === name));
    for (const step of WHOLE_SCAN.steps) {
      for (const event of byTag.get(step)?.events ?? []) {
        if (events.some((e) => e.name === event.name)) continue;
        // An event of one step says which; the one all steps fire (informeel-leren-clear) needs not.
        const from = stepsFiring(event.name).length === 1 ? `From \`<${step}>\`: ` : '';
        events.push({ ...event, description: `${from}${event.description}` });
      }
    }
    whole.events = events;
  }
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
      if (declaration.tagName) declaration.hoverDoc = hoverDoc(declaration);
    }
  }
  return copy;
}

const detailOf = (name) => `GlobalEventHandlersEventMap["${name}"]["detail"]`;

/** Options of the cem-utils based generators (VS Code, JetBrains, Vue): our hover text, none of theirs. */
const OWN_DESCRIPTION = {
  descriptionSrc: 'hoverDoc',
  hideSlotDocs: true,
  hideEventDocs: true,
  hideCssPropertiesDocs: true,
  hideCssPartsDocs: true,
  hideMethodDocs: true,
};
/** The same for @wc-toolkit/jsx-types, whose sections are dropped one by one. */
const OWN_JSX_DESCRIPTION = {
  descriptionSrc: 'hoverDoc',
  apis: Object.fromEntries(['attributes', 'properties', 'attrsAndProps', 'propsOnly', 'events', 'methods', 'slots', 'cssProps', 'cssParts', 'cssState'].map((k) => [k, null])),
};
/** The cem-utils generators append "---" (and nothing after it, with their sections hidden). */
const withoutTrailingRule = (text) => text.replace(/\s*\n---\s*$/, '');

/** Writes every file of FILES into `outdir` (relative to the working directory). */
export function generateIntegrations(manifest, outdir = OUTDIR) {
  const componentTypePath = componentTypePathOf(manifest);
  const common = { outdir, hideLogs: true };
  const untyped = integrationManifest(manifest, () => undefined);
  // The editors show the event descriptions, which name the detail; they get no type text.
  generateVsCodeCustomElementData(untyped, {
    ...common,
    ...OWN_DESCRIPTION,
    htmlFileName: FILES.vscodeHtml,
    cssFileName: FILES.vscodeCss,
    referencesTemplate: (name) => [{ name: 'README', url: DOC_URL }],
  });
  editJson(join(outdir, FILES.vscodeHtml), (data) => data.tags.forEach((tag) => (tag.description = withoutTrailingRule(tag.description))));
  generateJetBrainsWebTypes(untyped, {
    ...common,
    ...OWN_DESCRIPTION,
    webTypesFileName: FILES.webTypes,
    referenceTemplate: () => ({ name: 'README', url: DOC_URL }),
    // The manifest's module paths are the shipped files already.
    modulePathTemplate: (_name, modulePath) => modulePath,
  });
  editJson(join(outdir, FILES.webTypes), (data) =>
    data.contributions.html.elements.forEach((element) => (element.description = withoutTrailingRule(element.description))),
  );
  generateJsxTypes(integrationManifest(manifest, (name) => `CustomEvent<${detailOf(name)}>`), {
    ...common,
    fileName: FILES.jsx,
    componentTypePath,
    stronglyTypedEvents: true,
    componentDescriptionOptions: OWN_JSX_DESCRIPTION,
  });
  solidJsxRuntime(join(outdir, FILES.jsx));
  generateVuejsTypes(withCamelCaseEvents(integrationManifest(manifest, detailOf)), {
    ...common,
    ...OWN_DESCRIPTION,
    fileName: FILES.vue,
    componentTypePath,
  });
  editText(join(outdir, FILES.vue), (text) => text.replace(/\n\s*\* ---(?:\n\s*\*)*\n(\s*\*\/)/g, '\n$1'));
  writeFileSync(join(outdir, FILES.svelte), svelteTypes(integrationManifest(manifest, detailOf), componentTypePath));
}

const editText = (file, edit) => writeFileSync(file, edit(readFileSync(file, 'utf8')));
const editJson = (file, edit) =>
  editText(file, (text) => {
    const data = JSON.parse(text);
    edit(data);
    return `${JSON.stringify(data, null, 2)}\n`;
  });

/**
 * vue-tsc types `@profile-scan-complete` by the prop `onProfileScanComplete`: each event a second
 * time under that name (the generator writes `on` + name), typed the same.
 */
function withCamelCaseEvents(manifest) {
  for (const { declaration } of elements(manifest)) {
    const events = declaration.events ?? [];
    declaration.events = [...events, ...events.map((e) => ({ ...e, name: camelEventProp(e.name).slice(2) }))];
  }
  return manifest;
}

/** A JSDoc block of `text`, indented by `indent`. */
const jsdoc = (text, indent) => `${indent}/**\n${text.split('\n').map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */`;
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

/**
 * svelte.d.ts: adds the tags to SvelteHTMLElements of svelte/elements (read by Svelte 4 and 5,
 * svelte-check and the language server), on top of Svelte's own HTMLAttributes. Each event is
 * typed as an `on<event>` attribute (Svelte 5) and as the `on:<event>` directive (Svelte 4).
 */
export function svelteTypes(manifest, componentTypePath) {
  const tagged = elements(manifest).map(({ declaration }) => declaration);
  const imports = tagged.map((d) => `import type { ${d.name} } from "${componentTypePath(d.name, d.tagName)}";`);
  const props = tagged.map((d) => {
    const members = [
      ...(d.attributes ?? []).map((a) => `  /** ${oneLine(a.description)} */\n  "${a.name}"?: ${d.name}["${a.fieldName}"];`),
      ...(d.events ?? []).flatMap((e) => {
        const handler = `(event: CustomEvent<${e.type?.text ?? 'unknown'}>) => void`;
        return [
          `  /** ${oneLine(e.description)} */\n  "on${e.name}"?: ${handler};`,
          `  /** ${oneLine(e.description)} (Svelte 4 syntax) */\n  "on:${e.name}"?: ${handler};`,
        ];
      }),
    ];
    return `type ${d.name}Props = {\n${members.join('\n')}\n};`;
  });
  const entries = tagged.map((d) => `${jsdoc(d.hoverDoc, '    ')}\n    "${d.tagName}": HTMLAttributes<${d.name}> & ${d.name}Props;`);
  return `// Generated by scripts/integrations.js from custom-elements.json.
import type { HTMLAttributes } from "svelte/elements";

${imports.join('\n')}

${props.join('\n\n')}

declare module "svelte/elements" {
  interface SvelteHTMLElements {
${entries.join('\n\n')}
  }
}
`;
}

/**
 * Solid looks up JSX.IntrinsicElements in solid-js/jsx-runtime, which an augmentation of the
 * "solid-js" module (its type-only re-export) does not reach: augment solid-js/jsx-runtime too.
 */
function solidJsxRuntime(file) {
  editText(file, (text) => {
    const block = /^declare module "solid-js" \{[\s\S]*?^\}\n/m.exec(text);
    if (!block) throw new Error(`${file}: no "solid-js" module augmentation found`);
    return `${text.trimEnd()}\n\n${block[0].replace('"solid-js"', '"solid-js/jsx-runtime"')}`;
  });
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
