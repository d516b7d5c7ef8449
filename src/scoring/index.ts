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
export {
  score,
  missingAnswers,
  topActions,
  actionsFor,
  adviceFor,
  allActionIds,
  isHighlight,
  challengeOfAction,
  type Answers,
  type ScoreResult,
} from './score.js';
export { seededShuffle, newSeed } from './shuffle.js';
export {
  encodeResult,
  decodeResult,
  encodeAdvice,
  encodePlan,
  decodePlan,
  decodeShareCode,
  PLAN_NOTE_MAX,
  RESULT_CODE_VERSION,
  ADVICE_CODE_VERSION,
  type SharedResult,
  type SharedAdvice,
  type SharedCode,
  type Plan,
} from './result-code.js';
