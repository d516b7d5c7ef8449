/**
 * Everything, unregistered: the element classes, a safe `define` helper, the scoring module and
 * the content loader. Import `informeel-leren/define-all` (or the per-element `register` modules)
 * to register the default tag names.
 */
export { ProfileScan } from './profile-scan/profile-scan.js';
export { ChallengePicker } from './challenge-picker/challenge-picker.js';
export { ActionList } from './action-list/action-list.js';
export { TeamView, type TeamChangeDetail } from './team-view/team-view.js';
export { teamResult, readPastedCodes, compareResults, type TeamResult, type PastedCodes, type Comparison } from './scoring/team.js';
export { WidgetElement } from './base/widget-element.js';
export { define } from './define.js';
export { VERSION } from './version.js';
export * from './scoring/index.js';
export { storeFor, ScanStore, type ScanState } from './state/store.js';
export { planAction, takeSnapshot } from './state/later-parts.js';
export { loadContent, LANGUAGES, type Language } from './content/load.js';
export { loadActions } from './content/actions.js';
export type * from './content/types.js';
export type { ProfileScanAnswerDetail, ProfileScanCompleteDetail, ProfileScanNextDetail } from './profile-scan/profile-scan.js';
export type { ChallengeSelectDetail } from './challenge-picker/challenge-picker.js';
export type {
  ActionListProfileChangeDetail,
  ActionListShareDetail,
  ActionListDownloadDetail,
  ActionListPlanDetail,
} from './action-list/action-list.js';
export { TAG_NAMES, isTagName, type TagName } from './tag-names.js';
