/**
 * The scan's own texts (intro, instruction, units, translation note): part of
 * content/<lang>/texts.json, without the footer's and the picker's texts, which the first screen
 * does without. Unbundled this reads the whole file; the CDN build (rollup.config.js) gives it
 * only these keys, and the whole texts.json as the rest on top of them.
 */
export const scanTexts = {
  nl: () => import('../../content/nl/texts.json', { with: { type: 'json' } }),
  fr: () => import('../../content/fr/texts.json', { with: { type: 'json' } }),
  en: () => import('../../content/en/texts.json', { with: { type: 'json' } }),
};
