/**
 * React components for the elements (`informeel-leren/react`), for React 18 and earlier:
 * properties are set as properties, and events are props such as `onProfileScanComplete`.
 * React 19 supports custom elements itself: use the tags with the JSX types in
 * `informeel-leren/jsx` instead. Needs the optional peer dependencies react and @lit/react.
 */
export { ProfileScan } from './profile-scan.js';
export { ChallengePicker } from './challenge-picker.js';
export { ActionList } from './action-list.js';
export { InformeelLerenScan } from './informeel-leren-scan.js';
export { InformeelLerenFooter } from './informeel-leren-footer.js';
export { TeamView } from './team-view.js';
