/**
 * The shape of a scan's shared state, below both the store and the code that reads links,
 * exports and history, so none of them imports another for its types.
 */
import type { ChallengeId, ProfileId, UnitId } from '../scoring/core.js';
import type { Plan } from '../scoring/share-code.js';

export interface ScanState {
  unit?: UnitId;
  answers: Record<string, boolean>;
  /** Seed of this user's stable statement order. */
  seed: number;
  /** The user asked for the result ("Toon mijn resultaat") with all answers given. */
  submitted: boolean;
  challenge?: ChallengeId;
  /** The profile the advice is based on, when the user chose one other than the dominant. */
  adviceProfile?: ProfileId;
  /** The action plan: actions the user marked "Hiermee gaan we aan de slag", each with an optional note. */
  plan?: Plan;
  /** Colleagues' results, added by their share codes, for the team view. */
  team?: TeamState;
  /** Every finished scan, dated, to compare with later (the newest last). */
  history?: Snapshot[];
  /** The state came from a share link: the user's own saved answers are left untouched until they change something. */
  shared: boolean;
}

export interface TeamState {
  /** Colleagues' result codes (8 characters each). */
  codes: string[];
  /** Optional local names, by code ("me" for the user's own result); never required, never shared. */
  labels?: Record<string, string>;
  /** The advice follows the team's profile (set in `adviceProfile`). */
  useForAdvice?: boolean;
}

/** A finished scan as it was at a moment: answers, unit and the plan of that moment. */
export interface Snapshot {
  date: string;
  /** The seed of the scan it was taken of: a later change to the same scan (the plan) updates it, a new scan adds one. */
  seed?: number;
  unit: UnitId;
  answers: Record<string, boolean>;
  plan?: Plan;
}

/** The parts of the state that the result and the later steps use: the plan, the team and the history. */
export type LaterParts = Pick<ScanState, 'plan' | 'team' | 'history'>;

/** What went wrong while reading saved or shared state; shown to the user, logged once. */
export type StoreProblem =
  | 'storage-unavailable'
  | 'storage-corrupt'
  | 'storage-old-version'
  | 'share-invalid'
  | 'share-unavailable'
  | 'storage-conflict'
  | 'team-partly-invalid';
