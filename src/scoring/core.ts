/**
 * What the scan itself needs of content/instrument.json: the ids of profiles, units, statements
 * and challenges. The scoring key, the top-3 table and the research figures (instrument.ts) are
 * for the result and the later steps; the CDN build gives this module only the parts it reads.
 */
import data from '../../content/instrument.json' with { type: 'json' };

export type ProfileId = 'ambitie' | 'basis' | 'employee-journey' | 'groei' | 'lerende-organisatie';
export type UnitId = 'team' | 'afdeling' | 'onderneming';
export type ChallengeId = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

const core = data as unknown as {
  profiles: ProfileId[];
  units: UnitId[];
  statements: string[];
  challenges: { id: ChallengeId; actions: { id: string }[] }[];
};

export const PROFILE_IDS: readonly ProfileId[] = core.profiles;
export const UNIT_IDS: readonly UnitId[] = core.units;
export const STATEMENT_IDS: readonly string[] = core.statements;
export const CHALLENGE_IDS: readonly ChallengeId[] = core.challenges.map((c) => c.id);
/** Every action id, challenge by challenge, in their numbered order. */
export const ACTION_IDS: readonly string[] = core.challenges.flatMap((c) => c.actions.map((a) => a.id));

export const isProfileId = (value: unknown): value is ProfileId =>
  typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);
export const isUnitId = (value: unknown): value is UnitId =>
  typeof value === 'string' && (UNIT_IDS as readonly string[]).includes(value);
export const isChallengeId = (value: unknown): value is ChallengeId =>
  typeof value === 'string' && (CHALLENGE_IDS as readonly string[]).includes(value);

/** Ids of statements without a yes/no answer, in instrument order. */
export function missingAnswers(answers: Readonly<Record<string, boolean>>): string[] {
  return STATEMENT_IDS.filter((id) => typeof answers[id] !== 'boolean');
}

/** Longest note a plan keeps per action, in UTF-8 bytes (a share link must stay a link). */
export const PLAN_NOTE_MAX = 160;
