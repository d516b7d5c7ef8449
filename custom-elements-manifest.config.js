// custom-elements.json is generated from the JSDoc of the element classes (@fires, @csspart, @cssprop, @attr);
// from it, the editor data and framework typings in dist/integrations (scripts/integrations.js).
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), integrationsPlugin()],
};
