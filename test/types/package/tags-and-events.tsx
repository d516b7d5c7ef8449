/** The tag and event maps, through the package's exports (lib/*.d.ts). */
import 'informeel-leren/define-all';
import 'informeel-leren/informeel-leren-scan';
import type { ChallengeSelectDetail, ProfileId, ProfileScan, ProfileScanCompleteDetail } from 'informeel-leren';
import type { InformeelLerenScan } from 'informeel-leren/informeel-leren-scan';

const scan: ProfileScan | null = document.querySelector('profile-scan');
const whole: InformeelLerenScan = document.createElement('informeel-leren-scan');
// @ts-expect-error a <profile-scan> is not an <action-list>
const wrong: HTMLElementTagNameMap['action-list'] = document.createElement('profile-scan');

scan?.addEventListener('profile-scan-complete', (event) => {
  const detail: ProfileScanCompleteDetail = event.detail;
  const profile: ProfileId | undefined = detail.adviceProfile;
  // @ts-expect-error the complete event's detail is not a challenge
  const challenge: ChallengeSelectDetail = event.detail;
  void [profile, challenge];
});
whole.addEventListener('challenge-select', (event) => void event.detail.title.trim());
document.addEventListener('informeel-leren-clear', (event) => void event.detail.group.trim());

export { wrong };
