/**
 * Typed view of content/instrument.json: the language-neutral parts of the instrument
 * (ids, scoring key, top-3 table). Texts live per language in content/<lang>/.
 */
import data from '../../content/instrument.json' with { type: 'json' };

export type ProfileId = 'ambitie' | 'basis' | 'employee-journey' | 'groei' | 'lerende-organisatie';
export type UnitId = 'team' | 'afdeling' | 'onderneming';
export type ChallengeId = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

export interface ScoringKeyItem {
  statement: string;
  yes: readonly ProfileId[];
  no: readonly ProfileId[];
  reason: string;
}

/** Which answer to which statement gives which profiles a point; \`source\` says where it comes from. */
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
  scoringKey: { source: string; items: ScoringKeyItem[] };
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

export const PROFILE_IDS: readonly ProfileId[] = instrument.profiles;
export const UNIT_IDS: readonly UnitId[] = instrument.units;
export const STATEMENT_IDS: readonly string[] = instrument.statements;
export const CHALLENGE_IDS: readonly ChallengeId[] = instrument.challenges.map((c) => c.id);

export const isProfileId = (value: unknown): value is ProfileId =>
  typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);
export const isUnitId = (value: unknown): value is UnitId =>
  typeof value === 'string' && (UNIT_IDS as readonly string[]).includes(value);
export const isChallengeId = (value: unknown): value is ChallengeId =>
  typeof value === 'string' && (CHALLENGE_IDS as readonly string[]).includes(value);
