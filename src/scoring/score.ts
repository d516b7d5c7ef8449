import { isProfileId, missingAnswers, PROFILE_IDS, STATEMENT_IDS } from './core.js';

export { missingAnswers };
import { ScoringError, UnknownIdError } from './errors.js';
import { instrument, type ProfileId, type ScoringKey } from './instrument.js';

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
