/**
 * The UI translations a first screen shows (the scan up to its statements, the base, the notices).
 * Unbundled these are all of them; the CDN build (rollup.config.js) gives this module only those
 * messages, and the rest load with the result and the later steps.
 */
export const firstScreenTranslations = {
  fr: () => import('../generated/locales/fr.js'),
  en: () => import('../generated/locales/en.js'),
};
