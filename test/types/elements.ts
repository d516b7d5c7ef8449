/**
 * Type test, checked by `npm run typecheck` (never run): what a TypeScript host gets from the
 * register modules. Each `@ts-expect-error` line must be an error, or tsc fails.
 */
import '../../src/define-all.js';
import '../../src/scan/register.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import type { ChallengePicker, ChallengeSelectDetail } from '../../src/challenge-picker/challenge-picker.js';
import type { ProfileScan, ProfileScanCompleteDetail } from '../../src/profile-scan/profile-scan.js';
import type { InformeelLerenScan } from '../../src/scan/informeel-leren-scan.js';
import type { ChallengeId, ProfileId, UnitId } from '../../src/scoring/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(value: T) => value;

// The tag map: querySelector and createElement know the element classes.
const scan = document.querySelector('profile-scan');
assert<Equal<typeof scan, ProfileScan | null>>(true);
const picker = document.createElement('challenge-picker');
assert<Equal<typeof picker, ChallengePicker>>(true);
assert<Equal<HTMLElementTagNameMap['action-list'], ActionList>>(true);
assert<Equal<HTMLElementTagNameMap['informeel-leren-scan'], InformeelLerenScan>>(true);
const list: ActionList = document.createElement('action-list');
list.group = 'partner';
// @ts-expect-error group is a string
list.group = 3;

// The event maps: listeners get CustomEvent<Detail> on the element, the document and the window.
scan?.addEventListener('profile-scan-complete', (event) => {
  assert<Equal<typeof event, CustomEvent<ProfileScanCompleteDetail>>>(true);
  // Undefined on a tie, until the user chooses.
  const profile: ProfileId | undefined = event.detail.adviceProfile;
  const unit: UnitId = event.detail.unit;
  const score: number = profile ? event.detail.result.relative[profile] : 0;
  void [unit, score];
  // @ts-expect-error the detail has no challenge
  void event.detail.challenge;
});
scan?.addEventListener('profile-scan-start', (event) => {
  // The scan starts before a unit is chosen: a host must allow for none.
  const unit: UnitId | undefined = event.detail.unit;
  void unit;
});
scan?.addEventListener('profile-scan-answer', (event) => {
  const [statement, value]: [string, boolean] = [event.detail.statement, event.detail.value];
  void [statement, value];
});
document.addEventListener('challenge-select', (event) => {
  assert<Equal<typeof event.detail, ChallengeSelectDetail>>(true);
  const id: ChallengeId = event.detail.challenge;
  // @ts-expect-error the challenge id is a string union, not a number
  const wrong: number = event.detail.challenge;
  void [id, wrong];
});
window.addEventListener('action-list-share', (event) => {
  const method: 'share' | 'clipboard' | 'manual' = event.detail.method;
  void method;
});
list.addEventListener('action-list-download', (event) => void event.detail.filename.endsWith('.html'));
list.addEventListener('action-list-profile-change', (event) => {
  const profile: ProfileId | null = event.detail.profile;
  void profile;
});
list.addEventListener('action-list-back', (event) => event.preventDefault());
list.addEventListener('informeel-leren-clear', (event) => void event.detail.group.toUpperCase());
scan?.addEventListener('profile-scan-next', (event) => {
  const profile: ProfileId | undefined = event.detail.adviceProfile;
  void profile;
});
// @ts-expect-error a listener for the complete event cannot take the select detail
scan?.addEventListener('profile-scan-complete', (event: CustomEvent<ChallengeSelectDetail>) => void event);

export {};
