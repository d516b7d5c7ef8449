/** React 18 and earlier: the @lit/react wrappers from informeel-leren/react. */
import { ActionList, ChallengePicker, InformeelLerenScan, ProfileScan } from 'informeel-leren/react';
import type { ChallengeSelectDetail, ProfileId } from 'informeel-leren';
import { useRef } from 'react';

export function App() {
  const scan = useRef<HTMLElementTagNameMap['profile-scan']>(null);
  return (
    <>
      <ProfileScan
        ref={scan}
        group="hr"
        onProfileScanComplete={(event) => {
          const profile: ProfileId | undefined = event.detail.adviceProfile;
          void profile;
        }}
      />
      <ChallengePicker group="hr" onChallengeSelect={(event) => void event.detail.title.trim()} />
      <ActionList group="hr" profile="groei" challenge="3" onActionListBack={(event) => event.preventDefault()} />
      <InformeelLerenScan group="hr" onChallengeSelect={(event) => void event.detail.challenge} />
      {/* @ts-expect-error the complete event does not carry a challenge detail */}
      <ProfileScan onProfileScanComplete={(event: CustomEvent<ChallengeSelectDetail>) => void event} />
    </>
  );
}
