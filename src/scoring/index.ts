/**
 * The instrument's logic: scoring, the top-3 table, the statement order and share codes.
 * Pure functions, no DOM and no Lit, so it runs in any browser or in Node.
 */
export { ScoringError, ResultCodeError, UnknownIdError, type ResultCodeProblem } from './errors.js';
export {
  instrument,
  PROFILE_IDS,
  UNIT_IDS,
  STATEMENT_IDS,
  CHALLENGE_IDS,
  isProfileId,
  isUnitId,
  isChallengeId,
  type ProfileId,
  type UnitId,
  type ChallengeId,
  type InstrumentData,
  type ChallengeData,
  type ScoringKey,
  type ScoringKeyItem,
} from './instrument.js';
export { score, missingAnswers, type Answers, type ScoreResult } from './score.js';
export { topActions, actionsFor, adviceFor, allActionIds, isHighlight, challengeOfAction } from './advice.js';
export { seededShuffle, newSeed } from './shuffle.js';
export { encodeResult, encodeAdvice, encodePlan } from './result-code.js';
export {
  decodeResult,
  decodeShareCode,
  RESULT_CODE_VERSION,
  ADVICE_CODE_VERSION,
  type SharedResult,
  type SharedAdvice,
  type SharedCode,
  decodePlan,
  PLAN_NOTE_MAX,
  type Plan,
} from './share-code.js';
