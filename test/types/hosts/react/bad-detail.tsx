/** A misspelled property of an event's detail must not type-check. */
import type {} from 'informeel-leren/jsx';

export const wrongDetail = (
  <profile-scan
    onprofile-scan-complete={(event) =>
      // type-error-next-line [adviseProfile]: the detail has adviceProfile, not adviseProfile
      void event.detail.adviseProfile
    }
  />
);
