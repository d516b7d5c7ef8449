/** The advice side of the instrument: the top-3 table and the actions of each challenge. */
import { UnknownIdError } from './errors.js';
import { ACTION_IDS } from './core.js';
import { instrument, isChallengeId, isProfileId, type ChallengeData, type ChallengeId } from './instrument.js';

function challenge(challengeId: string): ChallengeData {
  const found = isChallengeId(challengeId)
    ? instrument.challenges.find((c) => c.id === challengeId)
    : undefined;
  if (!found) throw new UnknownIdError('challenge', challengeId);
  return found;
}

/** The three recommended action ids, ranked, for a profile and challenge (the top-3 table). */
export function topActions(profileId: string, challengeId: string): [string, string, string] {
  if (!isProfileId(profileId)) throw new UnknownIdError('profile', profileId);
  return [...challenge(challengeId).top3[profileId]];
}

/** All action ids of a challenge, in their numbered order. */
export function actionsFor(challengeId: string): string[] {
  return challenge(challengeId).actions.map((a) => a.id);
}

/** The advice for a challenge: the top 3 for the profile (none without a profile) and the other actions. */
export function adviceFor(profileId: string | null, challengeId: string): { top: string[]; rest: string[] } {
  const top: string[] = profileId ? topActions(profileId, challengeId) : [];
  return { top, rest: actionsFor(challengeId).filter((id) => !top.includes(id)) };
}

/** Every action id, challenge by challenge, in their numbered order. */
export function allActionIds(): string[] {
  return [...ACTION_IDS];
}

/** Whether the research labels an action HIGHLIGHT. */
export function isHighlight(actionId: string): boolean {
  return instrument.challenges.some((c) => c.actions.some((a) => a.id === actionId && a.highlight));
}

/** The challenge an action belongs to ("4.2" → "4"). */
export function challengeOfAction(actionId: string): ChallengeId | undefined {
  return instrument.challenges.find((c) => c.actions.some((a) => a.id === actionId))?.id;
}
