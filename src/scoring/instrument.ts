/**
 * Typed view of content/instrument.json: the language-neutral parts of the instrument
 * (ids, scoring key, top-3 table). Texts live per language in content/<lang>/.
 * The ids come from core.ts, the part of the instrument the scan needs on its first screen.
 */
import data from '../../content/instrument.json' with { type: 'json' };

import type { ChallengeId, ProfileId, UnitId } from './core.js';

export type { ChallengeId, ProfileId, UnitId };

export interface ScoringKeyItem {
  statement: string;
  yes: readonly ProfileId[];
  no: readonly ProfileId[];
  /** Why, in the words of the profile descriptions (left out of the browser build). */
  reason?: string;
}

/** Which answer to which statement gives which profiles a point; `source` says where it comes from. */
export interface ScoringKey {
  source?: string;
  items: readonly ScoringKeyItem[];
}

export interface ActionRef {
  id: string;
  highlight: boolean;
}

export interface ChallengeData {
  id: ChallengeId;
  actions: ActionRef[];
  top3: Record<ProfileId, [string, string, string]>;
  corrections?: { profile: ProfileId; source: string[]; note: string }[];
  recognition: { pollShare: number | null; surveyMean: number };
}

export interface InstrumentData {
  profiles: ProfileId[];
  units: UnitId[];
  statements: string[];
  scoringKey: ScoringKey;
  challenges: ChallengeData[];
  research: {
    pollRespondents: number;
    pollMaxChoices: number;
    surveyRespondents: number;
    surveyScale: [number, number];
    validationSample: { total: number; profiles: Record<ProfileId, number> };
  };
}

export const instrument = data as unknown as InstrumentData;

export {
  PROFILE_IDS,
  UNIT_IDS,
  STATEMENT_IDS,
  CHALLENGE_IDS,
  isProfileId,
  isUnitId,
  isChallengeId,
  ACTION_IDS,
} from './core.js';
