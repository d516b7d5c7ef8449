/** A handler for another event's detail must not type-check. */
import type {} from 'informeel-leren/jsx';
import type { ProfileScanCompleteDetail } from 'informeel-leren';

export const wrongHandler = (
  <>
    {/* type-error-next-line [ChallengeSelectDetail]: challenge-select does not carry the scan's result */}
    <challenge-picker onchallenge-select={(event: CustomEvent<ProfileScanCompleteDetail>) => void event.detail.unit} />
  </>
);
