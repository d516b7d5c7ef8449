/** Wrong attribute values must not type-check: each marked line is an error. */
import type {} from 'informeel-leren/jsx';

export const wrongProps = (
  <>
    <profile-scan
      // type-error-next-line ['number' is not assignable]: group is a string
      group={42}
    />
    <action-list
      // type-error-next-line ["nope"]: "nope" is no profile id
      profile="nope"
    />
  </>
);
