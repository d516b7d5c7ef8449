/** What a React 19 host writes: the tags themselves, typed by informeel-leren/jsx. Must type-check. */
import type {} from 'informeel-leren/jsx';
import 'informeel-leren/define-all';
import 'informeel-leren/informeel-leren-scan';
import type { ChallengeId, ProfileId } from 'informeel-leren';

export function App({ onProfile }: { onProfile: (profile: ProfileId | undefined) => void }) {
  return (
    <>
      <profile-scan
        group="hr"
        lang="fr"
        contact="hr@example.org"
        onprofile-scan-complete={(event) => onProfile(event.detail.adviceProfile)}
        onprofile-scan-answer={(event) => void event.detail.answered.toFixed()}
      />
      <challenge-picker group="hr" onchallenge-select={(event) => void (event.detail.challenge satisfies ChallengeId)} />
      <action-list group="hr" profile="groei" challenge="3" onaction-list-share={(event) => void event.detail.url.trim()} />
      <team-view group="hr" onteam-change={(event) => void event.detail.results.toFixed()} />
      {/* The events of the three steps bubble out of the one-tag element. */}
      <informeel-leren-scan
        group="hr"
        onprofile-scan-complete={(event) => onProfile(event.detail.adviceProfile)}
        onchallenge-select={(event) => void event.detail.title.trim()}
        onaction-list-plan={(event) => void event}
        oninformeel-leren-clear={(event) => void event.detail.group.trim()}
      />
    </>
  );
}
