// The editor data, framework typings and React wrappers list every tag, attribute and event of
// custom-elements.json; the manifest points at the shipped files and defines each tag; package.json
// points at them and lists the modules with effects; the CDN bundle stays free of React.
// Needs `npm run build` first. Whether the typings work in real host apps: `npm run test:hosts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

const { FILES, OUTDIR, DOC_URL, WHOLE_SCAN, camelEventProp } = await import('../../scripts/integrations.js');
for (const file of Object.values(FILES)) {
  assert.ok(existsSync(new URL(`${OUTDIR}/${file}`, root)), `${OUTDIR}/${file} is missing: run npm run build`);
}

const manifest = json('custom-elements.json');
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const pkg = json('package.json');

test('the manifest has the six elements, with their attributes and events', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['action-list', 'challenge-picker', 'informeel-leren-footer', 'informeel-leren-scan', 'profile-scan', 'team-view']);
  const profileScan = elements.find((e) => e.tagName === 'profile-scan');
  assert.ok(profileScan.attributes.some((a) => a.name === 'group'));
  assert.ok(profileScan.events.some((e) => e.name === 'profile-scan-complete'));
});

test('VS Code custom data: every tag with its attributes, events in the description, every CSS property and part', () => {
  const html = json(`${OUTDIR}/${FILES.vscodeHtml}`);
  const css = json(`${OUTDIR}/${FILES.vscodeCss}`);
  for (const element of elements) {
    const tag = html.tags.find((t) => t.name === element.tagName);
    assert.ok(tag, `<${element.tagName}> missing`);
    for (const attribute of element.attributes ?? []) {
      assert.ok(tag.attributes.some((a) => a.name === attribute.name), `${element.tagName}[${attribute.name}] missing`);
    }
    for (const event of element.events ?? []) assert.match(tag.description, new RegExp(`\\b${event.name}\\b`));
    for (const property of element.cssProperties ?? []) {
      assert.ok(css.properties.some((p) => p.name === property.name), `${property.name} missing`);
    }
    for (const part of element.cssParts ?? []) {
      assert.ok(css.pseudoElements.some((p) => p.name === `::part(${part.name})`), `::part(${part.name}) missing`);
    }
  }
});

test('JetBrains web-types: every tag with its attributes and events', () => {
  const webTypes = json(`${OUTDIR}/${FILES.webTypes}`);
  assert.equal(webTypes.name, pkg.name);
  for (const element of elements) {
    const entry = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
    assert.ok(entry, `<${element.tagName}> missing`);
    for (const attribute of element.attributes ?? []) {
      assert.ok(entry.attributes.some((a) => a.name === attribute.name), `${element.tagName}[${attribute.name}] missing`);
    }
    for (const event of element.events ?? []) {
      assert.ok(entry.js.events.some((e) => e.name === event.name), `${element.tagName} ${event.name} missing`);
    }
  }
});

/** The events a host can listen to on the element: the one-tag element passes on those of its steps. */
const eventsOn = (element) =>
  element.tagName === WHOLE_SCAN.tag
    ? [...new Map(WHOLE_SCAN.steps.flatMap((tag) => elements.find((e) => e.tagName === tag).events).map((e) => [e.name, e])).values()]
    : element.events ?? [];

/** The body of `name`'s entry in a generated type map (`"tag": …;` up to the next blank line or entry). */
function typeBlock(text, start) {
  const index = text.indexOf(start);
  assert.ok(index >= 0, `${start} not found`);
  return text.slice(index, text.indexOf('\n}', index));
}

for (const [label, file, eventProp] of [
  ['JSX (React 19, Preact, Solid)', FILES.jsx, (name) => `"on${name}"?:`],
  ['Vue', FILES.vue, (name) => `"on${name}"?:`],
  // vue-tsc types @profile-scan-complete by onProfileScanComplete.
  ['Vue (camelCase)', FILES.vue, (name) => `${camelEventProp(name)}?:`],
  // Svelte 5 attributes, and the on: directive of Svelte 4.
  ['Svelte 5', FILES.svelte, (name) => `"on${name}"?:`],
  ['Svelte 4', FILES.svelte, (name) => `"on:${name}"?:`],
]) {
  test(`${label} typings: every tag, attribute and event, typed through the register modules`, () => {
    const text = read(`${OUTDIR}/${file}`);
    for (const element of elements) {
      assert.match(text, new RegExp(`"${element.tagName}": `), `<${element.tagName}> missing`);
      assert.match(text, new RegExp(`import type \\{ ${element.name} \\} from "\\.\\./\\.\\./lib/src/[\\w-]+/register\\.js";`));
      const props = typeBlock(text, `type ${element.name}Props = {`);
      for (const attribute of element.attributes ?? []) {
        assert.match(props, new RegExp(`\\n\\s*"?${attribute.name}"?\\?: ${element.name}\\["${attribute.fieldName ?? attribute.name}"\\]`), `${element.tagName}[${attribute.name}] missing`);
      }
      for (const event of eventsOn(element)) {
        const line = props.split('\n').find((l) => l.includes(eventProp(event.name)));
        assert.ok(line, `${element.tagName} ${event.name} missing`);
      }
    }
    for (const event of elements.flatMap((e) => e.events ?? [])) {
      assert.ok(text.includes(`GlobalEventHandlersEventMap["${event.name}"]["detail"]`), `${event.name} detail not typed`);
    }
  });
}

test('every event has an entry in the event maps of the register modules', () => {
  const registers = readdirSync(new URL('src/', root), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`src/${d.name}/register.ts`, root)))
    .map((d) => read(`src/${d.name}/register.ts`))
    .join('\n');
  for (const element of elements) {
    assert.match(registers, new RegExp(`'${element.tagName}': ${element.name};`), `${element.tagName} not in HTMLElementTagNameMap`);
    for (const event of element.events ?? []) {
      assert.match(registers, new RegExp(`'${event.name}': CustomEvent<`), `${event.name} not in GlobalEventHandlersEventMap`);
    }
  }
});

test('React wrappers: one per element, each mapping every event of its element', async () => {
  const react = await import('../../lib/src/react/index.js');
  const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
  for (const element of elements) {
    const component = react[element.name];
    assert.ok(component, `no React wrapper ${element.name}`);
    assert.equal(component.displayName, element.name);
    const source = read(`src/react/${element.tagName}.ts`);
    assert.match(source, new RegExp(`tagName: '${element.tagName}'`));
    // <informeel-leren-scan> passes on the events of the three steps inside it.
    const events = element.tagName === 'informeel-leren-scan' ? elements.flatMap((e) => e.events ?? []) : element.events ?? [];
    for (const event of events) assert.ok(source.includes(`on${pascal(event.name)}: eventName('${event.name}')`), `${element.name}: ${event.name} not mapped`);
  }
});

test('package.json points editors, CDNs and the React wrappers at shipped files', () => {
  const shipped = (file) => pkg.files.some((dir) => file.replace(/^\.\//, '').startsWith(`${dir}/`) || file.replace(/^\.\//, '') === dir);
  for (const field of ['web-types', 'jsdelivr', 'unpkg', 'customElements']) {
    assert.ok(pkg[field], `${field} missing`);
    assert.ok(existsSync(new URL(pkg[field], root)), `${field} → ${pkg[field]} is missing`);
    assert.ok(shipped(pkg[field]), `${field} → ${pkg[field]} is not in "files"`);
  }
  assert.equal(pkg.jsdelivr, './dist/cdn/informeel-leren.js');
  for (const entry of ['./jsx', './vue', './svelte', './react', './vscode.html-custom-data.json', './vscode.css-custom-data.json', './web-types.json']) {
    assert.ok(pkg.exports[entry], `exports["${entry}"] missing`);
  }
  assert.equal(pkg.dependencies.react, undefined);
  assert.equal(pkg.dependencies['@lit/react'], undefined);
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
  assert.equal(pkg.peerDependenciesMeta['@lit/react'].optional, true);
});

test('the CDN bundle contains no React and no React wrapper', () => {
  const chunks = json('dist/cdn/chunks.json');
  const modules = Object.values(chunks).flatMap((c) => c.modules);
  assert.ok(modules.length > 0);
  for (const module of modules) assert.doesNotMatch(module, /node_modules\/(react|react-dom|@lit\/react)\/|src\/react\//, module);
  const files = readdirSync(new URL('dist/cdn/', root), { recursive: true }).filter((f) => String(f).endsWith('.js'));
  for (const file of files) {
    const code = read(`dist/cdn/${file}`);
    assert.doesNotMatch(code, /from\s*["'](react|@lit\/react)["']|__SECRET_INTERNALS|react\.element/, `dist/cdn/${file}`);
  }
});

test('every module imported for its effect alone is listed in package.json "sideEffects", so bundlers keep it', () => {
  const patterns = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]+')}$`));
  const sources = (dir) =>
    readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(`${dir}${entry.name}/`) : entry.name.endsWith('.ts') ? [`${dir}${entry.name}`] : [],
    );
  const imported = new Set();
  for (const file of sources('src/')) {
    for (const [, path] of read(file).matchAll(/^import '(\.[^']+)';/gm)) {
      imported.add(`./lib/${new URL(path, new URL(file, root)).pathname.slice(new URL(root).pathname.length)}`);
    }
  }
  assert.ok(imported.has('./lib/src/state/scoring.js'));
  for (const module of imported) assert.ok(patterns.some((p) => p.test(module)), `${module} is imported for its effect but not in "sideEffects"`);
});

test('the manifest points at the shipped files: lib/src/….js next to its .d.ts, built from src/….ts', () => {
  const references = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) key === 'module' && typeof inner === 'string' ? references.push(inner) : walk(inner);
    }
  };
  walk(manifest.modules);
  for (const path of [...manifest.modules.map((m) => m.path), ...references]) {
    assert.match(path, /^lib\/src\/[\w/-]+\.js$/, path);
    assert.ok(existsSync(new URL(path.replace(/^lib\//, '').replace(/\.js$/, '.ts'), root)), `${path}: no source`);
  }
  // lib/ is the npm build; where it is built, every module is there with its typings.
  if (existsSync(new URL('lib/src/index.js', root))) {
    const built = statSync(new URL('lib/src/index.js', root)).mtimeMs;
    for (const { path } of manifest.modules) {
      const source = new URL(path.replace(/^lib\//, '').replace(/\.js$/, '.ts'), root);
      if (statSync(source).mtimeMs > built) continue; // newer than the last build
      assert.ok(existsSync(new URL(path, root)), `${path} is not built`);
      assert.ok(existsSync(new URL(path.replace(/\.js$/, '.d.ts'), root)), `${path}: no .d.ts`);
    }
  }
});

test('the manifest defines each tag once, in the register module that package.json exports', () => {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((definition) => ({ module, definition })),
  );
  assert.deepEqual(definitions.map((d) => d.definition.name).sort(), elements.map((e) => e.tagName).sort());
  const exported = new Set(Object.values(pkg.exports).map((target) => (typeof target === 'string' ? target : target.default)?.replace(/^\.\//, '')));
  for (const { module, definition } of definitions) {
    assert.match(module.path, /^lib\/src\/[\w-]+\/register\.js$/, `<${definition.name}> defined in ${module.path}`);
    assert.ok(exported.has(module.path), `${module.path} is not in package.json "exports"`);
    const declaring = manifest.modules.find((m) => m.path === definition.declaration.module);
    const declaration = declaring?.declarations?.find((d) => d.name === definition.declaration.name);
    assert.equal(declaration?.tagName, definition.name, `<${definition.name}> → ${JSON.stringify(definition.declaration)}`);
    assert.match(read(module.path.replace(/^lib\//, '').replace(/\.js$/, '.ts')), new RegExp(`define\\('${definition.name}', ${declaration.name}\\)`));
  }
  assert.doesNotMatch(JSON.stringify(manifest), /anonymous_\d/);
});

test('TAG_NAMES lists the default tag names of the manifest; isTagName knows them', async () => {
  const ts = (await import('typescript')).default;
  const { outputText } = ts.transpileModule(read('src/tag-names.ts'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const { TAG_NAMES, isTagName } = await import(`data:text/javascript,${encodeURIComponent(outputText)}`);
  assert.deepEqual([...TAG_NAMES].sort(), elements.map((e) => e.tagName).sort());
  assert.ok(TAG_NAMES.every(isTagName));
  assert.equal(isTagName('div'), false);
  assert.equal(isTagName('profile-scan-x'), false);
});

test('Svelte typings build on svelte/elements, without the JSX namespace Svelte does not have', () => {
  const text = read(`${OUTDIR}/${FILES.svelte}`);
  assert.match(text, /^import type \{ HTMLAttributes \} from "svelte\/elements";$/m);
  assert.match(text, /declare module "svelte\/elements" \{\n\s+interface SvelteHTMLElements \{/);
  assert.doesNotMatch(text, /\bJSX\./);
  for (const element of elements) assert.match(text, new RegExp(`"${element.tagName}": HTMLAttributes<${element.name}> & ${element.name}Props;`));
});

/** Each element's hover text in a typings file: the JSDoc block before its entry, without the `*`. */
function hoverTexts(text, entry) {
  return new Map(
    [...text.matchAll(new RegExp(`/\\*\\*\\n((?:\\s*\\*.*\\n)*?)\\s*\\*/\\n\\s*"([a-z-]+)": ${entry}`, 'g'))].map(([, body, tag]) => [
      tag,
      body.replace(/^\s*\* ?/gm, ''),
    ]),
  );
}

/** The sections of a hover text: heading → the names listed under it. */
const sections = (doc) =>
  new Map(
    doc.split(/^### /m).slice(1).map((section) => {
      const [heading, ...lines] = section.split('\n');
      return [heading.trim(), lines.flatMap((l) => /^- `([^`(]+)/.exec(l)?.[1] ?? [])];
    }),
  );

test('hover texts (JSX, Vue, Svelte, VS Code, JetBrains): every part, property, event and method under its own heading, no "(default: undefined)"', () => {
  const webTypes = json(`${OUTDIR}/${FILES.webTypes}`);
  const vscode = json(`${OUTDIR}/${FILES.vscodeHtml}`);
  const sources = {
    jsx: hoverTexts(read(`${OUTDIR}/${FILES.jsx}`), 'Partial<'),
    vue: hoverTexts(read(`${OUTDIR}/${FILES.vue}`), 'DefineComponent<'),
    svelte: hoverTexts(read(`${OUTDIR}/${FILES.svelte}`), 'HTMLAttributes<'),
    webTypes: new Map(webTypes.contributions.html.elements.map((e) => [e.name, e.description])),
    vscode: new Map(vscode.tags.map((t) => [t.name, t.description])),
  };
  for (const [label, docs] of Object.entries(sources)) {
    for (const element of elements) {
      const doc = docs.get(element.tagName);
      assert.ok(doc, `${label}: no hover text for <${element.tagName}>`);
      assert.doesNotMatch(doc, /default: `?undefined`?/, `${label} <${element.tagName}>`);
      assert.doesNotMatch(doc, /\n---\s*$/, `${label} <${element.tagName}> ends with a rule`);
      const found = sections(doc);
      const methods = (element.members ?? []).filter((m) => m.kind === 'method' && m.description).map((m) => m.name);
      assert.deepEqual(found.get('Methods') ?? [], methods, `${label} <${element.tagName}> Methods`);
      assert.deepEqual(found.get('CSS parts') ?? [], (element.cssParts ?? []).map((p) => p.name), `${label} <${element.tagName}> CSS parts`);
      assert.deepEqual(found.get('CSS custom properties') ?? [], (element.cssProperties ?? []).map((p) => p.name), `${label} <${element.tagName}>`);
      assert.deepEqual(found.get('Events') ?? [], eventsOn(element).map((e) => e.name), `${label} <${element.tagName}> Events`);
    }
  }
  const teamView = sections(sources.vue.get('team-view'));
  assert.ok(teamView.get('CSS parts').includes('card'));
  assert.equal(teamView.has('Methods'), false);
});

test('JetBrains web-types link each element to the README and to its class in the shipped module', () => {
  const webTypes = json(`${OUTDIR}/${FILES.webTypes}`);
  assert.match(DOC_URL, /^https:\/\/www\.npmjs\.com\/package\/informeel-leren$/);
  for (const element of elements) {
    const entry = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
    assert.equal(entry['doc-url'], DOC_URL);
    assert.equal(entry.source?.symbol, element.name, `<${element.tagName}> source`);
    const module = manifest.modules.find((m) => m.path === entry.source.module);
    assert.ok(module?.declarations?.some((d) => d.name === element.name), `<${element.tagName}>: ${entry.source.module} does not declare ${element.name}`);
    assert.ok(pkg.files.some((dir) => entry.source.module.startsWith(`${dir}/`)), `${entry.source.module} is not shipped`);
  }
});
