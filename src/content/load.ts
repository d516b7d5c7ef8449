import { cached, forgetFailures, loadOnce, type Loader } from './cache.js';
import { scanTexts } from './scan-texts.js';
import type { ContentPart, ContentParts } from './types.js';

/** Languages with complete content; Dutch is the source and the fallback. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

type Loaders = { [P in Exclude<ContentPart, 'actions'>]: Loader };

// Spelled out one by one so the bundler makes one small chunk per language and part:
// only the active language, and only what a step needs, is ever fetched.
const loaders: Record<Language, Loaders> = {
  nl: {
    statements: () => import('../../content/nl/statements.json', { with: { type: 'json' } }),
    profiles: () => import('../../content/nl/profiles.json', { with: { type: 'json' } }),
    challenges: () => import('../../content/nl/challenges.json', { with: { type: 'json' } }),
    texts: () => import('../../content/nl/texts.json', { with: { type: 'json' } }),
    scan: scanTexts.nl,
    questions: () => import('../../content/nl/questions.json', { with: { type: 'json' } }),
  },
  fr: {
    statements: () => import('../../content/fr/statements.json', { with: { type: 'json' } }),
    profiles: () => import('../../content/fr/profiles.json', { with: { type: 'json' } }),
    challenges: () => import('../../content/fr/challenges.json', { with: { type: 'json' } }),
    texts: () => import('../../content/fr/texts.json', { with: { type: 'json' } }),
    scan: scanTexts.fr,
    questions: () => import('../../content/fr/questions.json', { with: { type: 'json' } }),
  },
  en: {
    statements: () => import('../../content/en/statements.json', { with: { type: 'json' } }),
    profiles: () => import('../../content/en/profiles.json', { with: { type: 'json' } }),
    challenges: () => import('../../content/en/challenges.json', { with: { type: 'json' } }),
    texts: () => import('../../content/en/texts.json', { with: { type: 'json' } }),
    scan: scanTexts.en,
    questions: () => import('../../content/en/questions.json', { with: { type: 'json' } }),
  },
};

export { forgetFailures, loadOnce };

/** Loads one part of the content in one language; each is fetched at most once. */
export function loadContent<P extends Exclude<ContentPart, 'actions'>>(
  language: Language,
  part: P,
): Promise<ContentParts[P]> {
  return cached(`${language}/${part}`, loaders[language][part]);
}

