/**
 * Synthetic answers for testing the validity analysis: rows drawn from the five profile
 * archetypes, each answer flipped with a given probability, and scored with the instrument's own
 * scoring so that every row carries the profile the widget would have shown.
 */
import {
  instrument,
  PROFILE_IDS,
  STATEMENT_IDS,
  score,
  type ProfileId,
  type ScoringKey,
} from '../../../src/scoring/index.ts';
import type { ValidityRow } from './analysis.ts';
import { seededRandom } from './random.ts';

/** A row with the archetype it was drawn from, which real data never has. */
export interface SyntheticRow extends ValidityRow {
  archetype: ProfileId;
}

export interface SyntheticOptions {
  /** Probability (0–1) that any one answer is flipped away from the archetype's. Default 0.1. */
  noise?: number;
  /** Seed of the random generator; the same seed gives the same rows. Default 1. */
  seed?: number;
  /**
   * Relative weight of each archetype. Default: the profile counts of the report's validation
   * sample (content/instrument.json research.validationSample.profiles).
   */
  weights?: Readonly<Record<ProfileId, number>>;
  /** Scoring key to derive the archetypes from and to score with. Default: the instrument's. */
  key?: ScoringKey;
}

/**
 * The typical answer pattern of each profile as the scoring key implies it, in statement order.
 * Per statement: "yes" when that answer gives the profile a point, "no" when "no" does; when
 * neither does, the answer that gives the other profiles fewer points ("no" when equal). So each
 * archetype is the pattern that, statement by statement, puts its own profile furthest ahead.
 */
export function archetypePatterns(key: ScoringKey = instrument.scoringKey): Record<ProfileId, boolean[]> {
  const byStatement = new Map(key.items.map((item) => [item.statement, item]));
  const patternOf = (profile: ProfileId): boolean[] =>
    STATEMENT_IDS.map((id) => {
      const item = byStatement.get(id);
      if (!item) throw new Error(`the scoring key has no row for statement ${id}`);
      if (item.yes.includes(profile)) return true;
      if (item.no.includes(profile)) return false;
      return item.yes.length < item.no.length;
    });
  return Object.fromEntries(PROFILE_IDS.map((p) => [p, patternOf(p)])) as Record<ProfileId, boolean[]>;
}

/** The profile the widget shows for a complete answer vector: the first dominant one. */
export function shownProfile(answers: readonly boolean[], key: ScoringKey = instrument.scoringKey): ProfileId {
  const byId = Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, answers[i]]));
  return score(byId, key).dominant[0];
}

/**
 * `count` synthetic rows: an archetype drawn by weight, each answer flipped with probability
 * `noise`, the profile computed with the instrument's scoring.
 */
export function syntheticRows(count: number, options: SyntheticOptions = {}): SyntheticRow[] {
  const { noise = 0.1, seed = 1, key = instrument.scoringKey } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  if (!(noise >= 0 && noise <= 1)) throw new RangeError(`noise must be between 0 and 1, got ${noise}`);
  const weights = options.weights ?? instrument.research.validationSample.profiles;
  const totalWeight = PROFILE_IDS.reduce((sum, p) => sum + (weights[p] ?? 0), 0);
  if (!(totalWeight > 0)) throw new RangeError('the archetype weights must add up to more than 0');

  const patterns = archetypePatterns(key);
  const random = seededRandom(seed);
  const pickArchetype = (): ProfileId => {
    let draw = random() * totalWeight;
    for (const p of PROFILE_IDS) {
      draw -= weights[p] ?? 0;
      if (draw < 0) return p;
    }
    return PROFILE_IDS.findLast((p) => (weights[p] ?? 0) > 0)!;
  };

  return Array.from({ length: count }, () => {
    const archetype = pickArchetype();
    const answers = patterns[archetype].map((answer) => (random() < noise ? !answer : answer));
    return { answers, profile: shownProfile(answers, key), archetype };
  });
}
