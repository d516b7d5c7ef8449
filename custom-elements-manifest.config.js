// custom-elements.json is generated from the JSDoc of the element classes (@fires, @csspart, @cssprop, @attr);
// from it, the editor data and framework typings in dist/integrations (scripts/integrations.js).
import { posix } from 'node:path';
import { integrationsPlugin } from './scripts/integrations.js';

/** Keeps the public API only: documented attributes and events (internal reactive state is not an attribute). */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => a.description && !hidden.has(a.fieldName ?? a.name));
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.description);
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
          }
        }
      }
    },
  };
}

/**
 * Lists a custom-element-definition export for each tag, in the module that registers it. The
 * elements are registered through our `define(tag, Class)` helper, which the analyzer does not
 * follow; and the helper's own `customElements.define(tag, toRegister)` is no definition of a
 * real tag (the analyzer would list it as "anonymous_0").
 */
function tagDefinitions() {
  return {
    name: 'tag-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const isDefine =
        (ts.isIdentifier(callee) && callee.text === 'define') ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === 'define' && callee.expression.getText() === 'customElements');
      const [tag, elementClass] = node.arguments;
      if (!isDefine || !tag || !ts.isStringLiteral(tag) || !elementClass || !ts.isIdentifier(elementClass)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: elementClass.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && declaration.tagName) classes.set(declaration.name, { module, declaration });
        }
      }
      const defined = new Set();
      for (const module of customElementsManifest.modules) {
        if (!module.exports) continue;
        module.exports = module.exports.filter((e) => {
          if (e.kind !== 'custom-element-definition') return true;
          const found = classes.get(e.declaration.name);
          // A definition of a variable (not a documented element class) is no real tag.
          if (!found) return false;
          if (found.declaration.tagName !== e.name) {
            throw new Error(`${module.path}: registers ${e.declaration.name} as <${e.name}>, its @tagname is <${found.declaration.tagName}>`);
          }
          e.declaration = { name: found.declaration.name, module: found.module.path };
          defined.add(e.name);
          return true;
        });
      }
      for (const { declaration } of classes.values()) {
        if (!defined.has(declaration.tagName)) throw new Error(`<${declaration.tagName}> (${declaration.name}) is never registered`);
      }
    },
  };
}

/**
 * Points every module reference at the file that is shipped (lib/src/….js, next to its .d.ts, as
 * in package.json "exports") instead of the TypeScript source. Relative references (re-exports)
 * are resolved against the module that makes them.
 */
function shippedPaths() {
  const shipped = (path) => posix.join('lib', path).replace(/\.ts$/, '.js');
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') {
        if (inner.startsWith('./') || inner.startsWith('../')) value[key] = shipped(posix.join(posix.dirname(from), inner));
        // The analyzer writes superclass modules from the root ("/src/base/widget-element.js").
        else if (/^\/?src\//.test(inner)) value[key] = shipped(inner.replace(/^\//, ''));
      } else {
        rewrite(inner, from);
      }
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        rewrite(module.declarations, source);
        rewrite(module.exports, source);
        module.path = shipped(source);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), tagDefinitions(), shippedPaths(), integrationsPlugin()],
};
