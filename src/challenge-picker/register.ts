/** Registers <challenge-picker>. */
import { define } from '../define.js';
import { ChallengePicker } from './challenge-picker.js';

define('challenge-picker', ChallengePicker);

export { ChallengePicker };
