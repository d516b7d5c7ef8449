/** Fragment parameter of share links: #informeel-leren=<code>. */
export const SHARE_PARAM = 'informeel-leren';

const MAY_HOLD_LINK = new RegExp(`(^|[#?&])${SHARE_PARAM}=`);

/**
 * Whether a fragment may hold our parameter: a quick test, so that a page opened without a link
 * never loads the code that reads links (open-link.ts reads the parameter exactly).
 */
export const mayHoldLink = (fragment: string): boolean => MAY_HOLD_LINK.test(fragment);

/** A team link's value: this prefix, then the colleagues' codes separated by "~". */
export const TEAM_PREFIX = 'team~';
