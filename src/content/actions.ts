import type { ChallengeId } from '../scoring/core.js';
import { cached, type Loader } from './cache.js';
import type { Language } from './load.js';
import type { ContentParts } from './types.js';

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

/** Loads the texts of one challenge's actions. */
export function loadActions(language: Language, challengeId: ChallengeId): Promise<ContentParts['actions']> {
  return cached(`${language}/actions/${challengeId}`, actionLoaders[language][Number(challengeId) - 1]);
}
