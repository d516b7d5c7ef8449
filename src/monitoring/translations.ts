import type { Language } from '../content/load.js';
import type { Templates } from '../localize/localize.js';

// Built, each of these is only the opt-in's own messages (rollup.config.js, `optional`): the
// rest of the widget's translations do not carry them.
const loaders: Partial<Record<Language, () => Promise<{ templates: Templates }>>> = {
  fr: () => import('../generated/locales/fr.js'),
  en: () => import('../generated/locales/en.js'),
};

/** The opt-in's translations in a language; undefined for Dutch, the source. */
export const loadOptInTemplates = async (language: Language): Promise<Templates> => (await loaders[language]?.())?.templates;
