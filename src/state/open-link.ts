/**
 * Opening a share or team link: what its code holds, as the state to show, or the problem to say.
 * Loaded only when a page is opened with a link (or a test opens one), so a first visit does
 * without the codec.
 */
import { ResultCodeError } from '../scoring/errors.js';
import { decodeShareCode } from '../scoring/share-code.js';
import { readParam, withoutParam } from './fragment.js';
import { SHARE_PARAM, TEAM_PREFIX } from './link-param.js';
import type { ScanState, StoreProblem } from './types.js';

/** A problem to show, with the message logged once. */
export type Problem = [StoreProblem, string];

/** The state a link opens (`seed` keeps the user's own statement order), or why it cannot. */
export function openCode(code: string, seed: number): { state?: ScanState; problems: Problem[] } {
  if (code.startsWith(TEAM_PREFIX)) return openTeam(code.slice(TEAM_PREFIX.length), seed);
  try {
    const shared = decodeShareCode(code);
    const state: ScanState =
      shared.kind === 'result'
        ? { ...shared.result, seed, submitted: true, shared: true }
        : { answers: {}, seed, submitted: false, shared: true, challenge: shared.advice.challenge, adviceProfile: shared.advice.profile };
    if (shared.plan) state.plan = shared.plan;
    return { state, problems: [] };
  } catch (error) {
    if (!(error instanceof ResultCodeError)) throw error;
    return { problems: [['share-invalid', error.message]] };
  }
}

/** A team link: colleagues' result codes; invalid ones are skipped (and said), the rest kept. */
function openTeam(list: string, seed: number): { state?: ScanState; problems: Problem[] } {
  const codes = list.split('~').filter(Boolean);
  const valid = [...new Set(codes)].filter((code) => {
    try {
      return decodeShareCode(code).kind === 'result';
    } catch (error) {
      if (!(error instanceof ResultCodeError)) throw error;
      return false;
    }
  });
  if (!valid.length) return { problems: [['share-invalid', 'the team link holds no valid result']] };
  const problems: Problem[] =
    valid.length < codes.length ? [['team-partly-invalid', `${codes.length - valid.length} code(s) in the team link were skipped`]] : [];
  return { state: { answers: {}, seed, submitted: false, shared: true, team: { codes: valid } }, problems };
}

/** Our parameter's value in a fragment (without "#"), or null. */
export const linkIn = (fragment: string): string | null => readParam(fragment, SHARE_PARAM);

/** The fragment without our parameter: the rest is the host page's. */
export const withoutLink = (fragment: string): string => withoutParam(fragment, SHARE_PARAM);
