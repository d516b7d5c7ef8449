import type { ChallengeId } from '../scoring/index.js';
import type { ContentPart, ContentParts } from './types.js';

/** Languages with complete content; Dutch is the source and the fallback. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

type Loader = () => Promise<{ default: unknown }>;
type Loaders = { [P in Exclude<ContentPart, 'actions'>]: Loader };

// Spelled out one by one so the bundler makes one small chunk per language and part:
// only the active language, and only what a step needs, is ever fetched.
const loaders: Record<Language, Loaders> = {
  nl: {
    statements: () => import('../../content/nl/statements.json', { with: { type: 'json' } }),
    profiles: () => import('../../content/nl/profiles.json', { with: { type: 'json' } }),
    challenges: () => import('../../content/nl/challenges.json', { with: { type: 'json' } }),
    texts: () => import('../../content/nl/texts.json', { with: { type: 'json' } }),
    questions: () => import('../../content/nl/questions.json', { with: { type: 'json' } }),
  },
  fr: {
    statements: () => import('../../content/fr/statements.json', { with: { type: 'json' } }),
    profiles: () => import('../../content/fr/profiles.json', { with: { type: 'json' } }),
    challenges: () => import('../../content/fr/challenges.json', { with: { type: 'json' } }),
    texts: () => import('../../content/fr/texts.json', { with: { type: 'json' } }),
    questions: () => import('../../content/fr/questions.json', { with: { type: 'json' } }),
  },
  en: {
    statements: () => import('../../content/en/statements.json', { with: { type: 'json' } }),
    profiles: () => import('../../content/en/profiles.json', { with: { type: 'json' } }),
    challenges: () => import('../../content/en/challenges.json', { with: { type: 'json' } }),
    texts: () => import('../../content/en/texts.json', { with: { type: 'json' } }),
    questions: () => import('../../content/en/questions.json', { with: { type: 'json' } }),
  },
};

// One file per challenge (index 0 = challenge 1): the action list needs only the one it shows.
const actionLoaders: Record<Language, Loader[]> = {
  nl: [
    () => import('../../content/nl/actions/1.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/2.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/3.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/4.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/5.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/6.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/7.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/8.json', { with: { type: 'json' } }),
    () => import('../../content/nl/actions/9.json', { with: { type: 'json' } }),
  ],
  fr: [
    () => import('../../content/fr/actions/1.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/2.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/3.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/4.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/5.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/6.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/7.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/8.json', { with: { type: 'json' } }),
    () => import('../../content/fr/actions/9.json', { with: { type: 'json' } }),
  ],
  en: [
    () => import('../../content/en/actions/1.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/2.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/3.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/4.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/5.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/6.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/7.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/8.json', { with: { type: 'json' } }),
    () => import('../../content/en/actions/9.json', { with: { type: 'json' } }),
  ],
};

const cache = new Map<string, Promise<unknown>>();
const failed = new Set<string>();

/**
 * Runs `load` once per key and shares its promise. A failed load (e.g. offline) stays failed for
 * everyone who asks, so nothing retries in a loop, until `forgetFailures()` (a retry the user asked
 * for, or the browser coming back online).
 */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    pending.catch(() => failed.add(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Lets failed loads be tried again. */
export function forgetFailures(): void {
  for (const key of failed) cache.delete(key);
  failed.clear();
}

const cached = <T>(key: string, load: Loader) => loadOnce(key, () => load().then((module) => module.default as T));

/** Loads one part of the content in one language; each is fetched at most once. */
export function loadContent<P extends Exclude<ContentPart, 'actions'>>(
  language: Language,
  part: P,
): Promise<ContentParts[P]> {
  return cached(`${language}/${part}`, loaders[language][part]);
}

/** Loads the texts of one challenge's actions. */
export function loadActions(language: Language, challengeId: ChallengeId): Promise<ContentParts['actions']> {
  return cached(`${language}/actions/${challengeId}`, actionLoaders[language][Number(challengeId) - 1]);
}
