/** Registers <profile-scan>. */
import { define } from '../define.js';
import type { ClearDetail } from '../footer/informeel-leren-footer.js';
import type { UnitId } from '../scoring/index.js';
import { ProfileScan, type ProfileScanAnswerDetail, type ProfileScanCompleteDetail, type ProfileScanNextDetail } from './profile-scan.js';

define('profile-scan', ProfileScan);

export { ProfileScan };

declare global {
  interface HTMLElementTagNameMap {
    'profile-scan': ProfileScan;
  }
  /** The events bubble and cross shadow roots: listen on the element, an ancestor, document or window. */
  interface GlobalEventHandlersEventMap {
    /** `unit` is the unit chosen before, if any: the scan starts before the unit question. */
    'profile-scan-start': CustomEvent<{ unit?: UnitId }>;
    'profile-scan-answer': CustomEvent<ProfileScanAnswerDetail>;
    'profile-scan-complete': CustomEvent<ProfileScanCompleteDetail>;
    'profile-scan-next': CustomEvent<ProfileScanNextDetail>;
    'profile-scan-reset': CustomEvent<Record<string, never>>;
    'informeel-leren-clear': CustomEvent<ClearDetail>;
  }
}
