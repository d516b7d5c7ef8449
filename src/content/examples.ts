import { cached, type Loader } from './cache.js';
import type { Language } from './load.js';
import type { Example } from './types.js';

/** The practice examples of one language, with how the about text names their source documents. */
export interface Examples {
  documents: Record<string, string>;
  examples: Example[];
}

// Only the action list and the report load them, so they stay out of the first screen's loader.
const exampleLoaders: Record<Language, Loader> = {
  nl: () => import('../../content/nl/examples.json', { with: { type: 'json' } }),
  fr: () => import('../../content/fr/examples.json', { with: { type: 'json' } }),
  en: () => import('../../content/en/examples.json', { with: { type: 'json' } }),
};

/** Loads the practice examples in a language. */
export const loadExamples = (language: Language): Promise<Examples> => cached(`${language}/examples`, exampleLoaders[language]);
