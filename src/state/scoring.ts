/**
 * Importing this module lets stores score (`store.result`) and check the plan, the team and the
 * history they keep: every part that shows or uses a result imports it, so the scan's first
 * screen, which never scores, does without the scoring module, its key and those checks.
 */
import { score } from '../scoring/score.js';
import { checkLaterParts } from './later-parts.js';
import { useLaterPartsCheck, useScorer } from './store.js';

useScorer(score);
useLaterPartsCheck(checkLaterParts);
