import { ScoringError, UnknownIdError } from './errors.js';
import {
  instrument,
  isChallengeId,
  isProfileId,
  PROFILE_IDS,
  STATEMENT_IDS,
  type ChallengeData,
  type ChallengeId,
  type ProfileId,
  type ScoringKey,
} from './instrument.js';

/** Statement id → true (ja) or false (nee). */
export type Answers = Readonly<Record<string, boolean>>;

export interface ScoreResult {
  /** Points collected per profile. */
  points: Record<ProfileId, number>;
  /** Points per profile divided by all points collected (0–1); all 0 when no points at all. */
  relative: Record<ProfileId, number>;
  /** Sum of all points. */
  total: number;
  /** Profile(s) with the highest score, in instrument order; more than one means a tie. */
  dominant: ProfileId[];
}

/** Ids of statements without a yes/no answer, in instrument order. */
export function missingAnswers(answers: Answers): string[] {
  return STATEMENT_IDS.filter((id) => typeof answers[id] !== 'boolean');
}

/**
 * Relative score per profile for a complete set of answers (Bijlage 2, "Scoringslogica items").
 * The method is fixed; the key (which answer gives which profile a point) is data: by default
 * the one in content/instrument.json, or any other key passed in, such as the official sheet.
 * @throws {ScoringError} naming missing or unknown statement ids.
 * @throws {UnknownIdError} when the key names a statement or profile the instrument does not have.
 */
export function score(answers: Answers, key: ScoringKey = instrument.scoringKey): ScoreResult {
  const missing = missingAnswers(answers);
  const unknown = Object.keys(answers).filter((id) => !STATEMENT_IDS.includes(id));
  if (missing.length || unknown.length) throw new ScoringError(missing, unknown);

  const points = Object.fromEntries(PROFILE_IDS.map((p) => [p, 0])) as Record<ProfileId, number>;
  for (const item of key.items) {
    if (!STATEMENT_IDS.includes(item.statement)) throw new UnknownIdError('statement', item.statement);
    for (const profile of answers[item.statement] ? item.yes : item.no) {
      if (!isProfileId(profile)) throw new UnknownIdError('profile', profile);
      points[profile] += 1;
    }
  }
  const total = PROFILE_IDS.reduce((sum, p) => sum + points[p], 0);
  const relative = Object.fromEntries(
    PROFILE_IDS.map((p) => [p, total ? points[p] / total : 0]),
  ) as Record<ProfileId, number>;
  const best = Math.max(...PROFILE_IDS.map((p) => points[p]));
  const dominant = PROFILE_IDS.filter((p) => points[p] === best);
  return { points, relative, total, dominant };
}

function challenge(challengeId: string): ChallengeData {
  const found = isChallengeId(challengeId)
    ? instrument.challenges.find((c) => c.id === challengeId)
    : undefined;
  if (!found) throw new UnknownIdError('challenge', challengeId);
  return found;
}

/** The three recommended action ids, ranked, for a profile and challenge (the top-3 table). */
export function topActions(profileId: string, challengeId: string): [string, string, string] {
  if (!isProfileId(profileId)) throw new UnknownIdError('profile', profileId);
  return [...challenge(challengeId).top3[profileId]];
}

/** All action ids of a challenge, in their numbered order. */
export function actionsFor(challengeId: string): string[] {
  return challenge(challengeId).actions.map((a) => a.id);
}

/** The advice for a challenge: the top 3 for the profile (none without a profile) and the other actions. */
export function adviceFor(profileId: string | null, challengeId: string): { top: string[]; rest: string[] } {
  const top: string[] = profileId ? topActions(profileId, challengeId) : [];
  return { top, rest: actionsFor(challengeId).filter((id) => !top.includes(id)) };
}

/** Every action id, challenge by challenge, in their numbered order. */
export function allActionIds(): string[] {
  return instrument.challenges.flatMap((c) => c.actions.map((a) => a.id));
}

/** Whether the research labels an action HIGHLIGHT. */
export function isHighlight(actionId: string): boolean {
  return instrument.challenges.some((c) => c.actions.some((a) => a.id === actionId && a.highlight));
}

/** The challenge an action belongs to ("4.2" → "4"). */
export function challengeOfAction(actionId: string): ChallengeId | undefined {
  return instrument.challenges.find((c) => c.actions.some((a) => a.id === actionId))?.id;
}
