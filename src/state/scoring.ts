/**
 * Importing this module lets stores score (`store.result`): every part that shows or uses a
 * result imports it, so the scan's first screen, which never scores, does without the scoring
 * module and its key.
 */
import { score } from '../scoring/score.js';
import { useScorer } from './store.js';

useScorer(score);
