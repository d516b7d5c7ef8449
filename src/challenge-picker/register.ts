/** Registers <challenge-picker>. */
import { define } from '../define.js';
import type { ClearDetail } from '../footer/informeel-leren-footer.js';
import { ChallengePicker, type ChallengeSelectDetail } from './challenge-picker.js';

define('challenge-picker', ChallengePicker);

export { ChallengePicker };

declare global {
  interface HTMLElementTagNameMap {
    'challenge-picker': ChallengePicker;
  }
  /** The events bubble and cross shadow roots: listen on the element, an ancestor, document or window. */
  interface GlobalEventHandlersEventMap {
    'challenge-select': CustomEvent<ChallengeSelectDetail>;
    'informeel-leren-clear': CustomEvent<ClearDetail>;
  }
}
