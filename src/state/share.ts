/**
 * Share links: one code in our fragment parameter carries what the user sees (the result, or
 * without one the challenge and profile) and the action plan. Nothing else of the page goes in.
 */
import { encodeAdvice, encodePlan, encodeResult, type ChallengeId, type ProfileId } from '../scoring/index.js';
import { withoutParam, withParam } from './fragment.js';
import { SHARE_PARAM, type ScanStore } from './store.js';
import './scoring.js'; // lets the store score: a share link carries the result

/** The code for the store's state, with the profile and challenge the user is looking at. */
export function shareCode(store: ScanStore, profile: ProfileId | undefined, challenge: ChallengeId | undefined): string | undefined {
  const { state, result } = store;
  let code: string | undefined;
  if (state.unit && result) {
    const isDefault = result.dominant.length === 1 && profile === result.dominant[0];
    code = encodeResult({ answers: state.answers, unit: state.unit, challenge, adviceProfile: isDefault ? undefined : profile });
  } else if (challenge || profile || state.plan) {
    code = encodeAdvice({ challenge, profile });
  }
  return code && state.plan ? `${code}.${encodePlan(state.plan)}` : code;
}

/** This page with the code in our fragment parameter; the host's own fragment stays as it is. */
export function shareUrl(code: string | undefined, href = location.href): string {
  const url = new URL(href);
  const fragment = url.hash.slice(1);
  url.hash = code ? withParam(fragment, SHARE_PARAM, code) : withoutParam(fragment, SHARE_PARAM);
  return url.href;
}

/** A link for a document that leaves the page (the report): the page's address and our code, nothing else. */
export function reopenLink(code: string | undefined, href = location.href): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}${code ? `#${SHARE_PARAM}=${encodeURIComponent(code)}` : ''}`;
}
