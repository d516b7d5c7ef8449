/**
 * The one shared state of a scan: answers, unit, chosen challenge and the profile the advice uses.
 * Elements on one page that use the same group follow each other through it; it is kept in
 * localStorage under one versioned key so a reload or a later visit resumes. Nothing leaves the browser.
 */
import { isChallengeId, isProfileId, isUnitId, missingAnswers, STATEMENT_IDS } from '../scoring/core.js';
import type { ProfileId } from '../scoring/core.js';
import type { Answers, ScoreResult } from '../scoring/score.js';
import { newSeed } from '../scoring/shuffle.js';
import { mayHoldLink, SHARE_PARAM, TEAM_PREFIX } from './link-param.js';
import type { LaterParts, ScanState, StoreProblem } from './types.js';

export { SHARE_PARAM, TEAM_PREFIX };
export type { ScanState, Snapshot, StoreProblem, TeamState } from './types.js';

export const STORAGE_VERSION = 1;
const KEY_PREFIX = 'informeel-leren';

/**
 * How stores score answers: the scoring module, registered by src/state/scoring.ts, which every
 * part that shows or uses a result imports (the result view, the later steps, the report). The
 * scan's first screen never scores, so it does without the module and the key.
 */
let scorer: ((answers: Answers) => ScoreResult) | undefined;

/** Lets every store score with `score` (see src/state/scoring.ts). */
export function useScorer(score: (answers: Answers) => ScoreResult): void {
  scorer = score;
}

/** Checks the plan, the team and the history of stored data: the usable parts and whether anything was dropped. */
export type LaterPartsCheck = (data: Readonly<Record<string, unknown>>) => { parts: LaterParts; clean: boolean };

/**
 * How stores check the plan, the team and the history, registered with the scoring (the result
 * and the later steps use them). Until then a store keeps them as they were saved, so a first
 * screen neither loses nor needs them.
 */
let checkLater: LaterPartsCheck | undefined;
/** Every store made so far: those made before the check arrived are checked once it does. */
const made = new Set<ScanStore>();

/** Lets every store check the plan, the team and the history (see src/state/scoring.ts). */
export function useLaterPartsCheck(check: LaterPartsCheck): void {
  checkLater = check;
  for (const store of made) store.checkLaterParts();
}

/** The later parts as saved, unchecked: kept only when they have the right kind of container. */
function keepUnchecked(data: Readonly<Record<string, unknown>>): { parts: LaterParts; clean: boolean } {
  const parts: Record<string, unknown> = {};
  let clean = true;
  for (const [key, isArray] of [['plan', false], ['team', false], ['history', true]] as const) {
    const value = data[key];
    if (typeof value === 'object' && value !== null && Array.isArray(value) === isArray) parts[key] = value;
    else if (value !== undefined) clean = false;
  }
  return { parts: parts as LaterParts, clean };
}

const emptyState = (): ScanState => ({ answers: {}, seed: newSeed(), submitted: false, shared: false });

/**
 * Reads whatever is still usable from stored data; invalid parts are dropped, valid answers kept.
 * The plan, the team and the history are checked by `check` (else kept as saved, see `checkLater`).
 */
export function sanitizeState(raw: unknown, check = checkLater): { state: ScanState; clean: boolean } {
  const state = emptyState();
  if (typeof raw !== 'object' || raw === null) return { state, clean: false };
  const data = raw as Record<string, unknown>;
  let clean = true;
  if (typeof data.answers === 'object' && data.answers !== null) {
    for (const [id, value] of Object.entries(data.answers)) {
      if (STATEMENT_IDS.includes(id) && typeof value === 'boolean') state.answers[id] = value;
      else clean = false;
    }
  } else if (data.answers !== undefined) clean = false;
  if (Number.isInteger(data.seed) && (data.seed as number) >= 0) state.seed = data.seed as number;
  else clean = false;
  if (isUnitId(data.unit)) state.unit = data.unit;
  else if (data.unit !== undefined) clean = false;
  if (isChallengeId(data.challenge)) state.challenge = data.challenge;
  else if (data.challenge !== undefined) clean = false;
  if (isProfileId(data.adviceProfile)) state.adviceProfile = data.adviceProfile;
  else if (data.adviceProfile !== undefined) clean = false;
  const later = (check ?? keepUnchecked)(data);
  Object.assign(state, later.parts);
  if (!later.clean) clean = false;
  // "Submitted" only stands when every answer survived.
  state.submitted = data.submitted === true && STATEMENT_IDS.every((id) => id in state.answers);
  return { state, clean };
}

/** localStorage, or undefined where the browser refuses it (private mode, blocked storage). */
function storage(): Storage | undefined {
  try {
    const store = globalThis.localStorage;
    return store ?? undefined;
  } catch {
    return undefined;
  }
}

export class ScanStore extends EventTarget {
  readonly key: string;
  readonly group: string;
  private current: ScanState;
  /** Problems met so far; elements show them, each is logged once. */
  readonly problems = new Set<StoreProblem>();

  constructor(group = 'default') {
    super();
    this.group = group;
    this.key = group === 'default' ? `${KEY_PREFIX}/v${STORAGE_VERSION}` : `${KEY_PREFIX}/v${STORAGE_VERSION}/${group}`;
    this.laterChecked = !!checkLater;
    this.current = this.read();
    made.add(this);
    this.readShareLink();
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === this.key && !this.current.shared) this.followOtherTab(event.newValue);
    });
    // A share link opened in the same tab changes only the fragment: follow it.
    globalThis.addEventListener?.('hashchange', () => this.readShareLink());
    // A link that could not be opened offline is opened once the browser is back online.
    globalThis.addEventListener?.('online', () => this.problems.has('share-unavailable') && this.readShareLink());
  }

  /** The plan, the team and the history have been checked (see `checkLater`). */
  private laterChecked: boolean;

  /** Checks the plan, the team and the history as saved, once the check is there; says when something was dropped. */
  checkLaterParts(): void {
    if (this.laterChecked || !checkLater) return;
    this.laterChecked = true;
    const { plan, team, history } = this.current;
    // Nothing saved to check: nothing changes, and the elements need not hear of it.
    if (!plan && !team && !history) return;
    const { parts, clean } = checkLater({ plan, team, history });
    const next: ScanState = { ...this.current };
    delete next.plan;
    delete next.team;
    delete next.history;
    this.current = { ...next, ...parts };
    if (!clean) this.report('storage-corrupt', `saved data under "${this.key}" was partly invalid; kept what was valid`);
    this.notify();
  }

  /** Another tab saved (or erased) this group's state. */
  private followOtherTab(text: string | null): void {
    if (text === null) {
      this.current = emptyState();
      this.notify();
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Unreadable data from the other tab must not cost the answers held here: keep them, save them back.
      this.report('storage-conflict', `another tab saved unreadable data under "${this.key}"; kept the answers of this tab`);
      this.write();
      this.notify();
      return;
    }
    this.current = sanitizeState(data).state;
    this.notify();
  }

  get state(): Readonly<ScanState> {
    return this.current;
  }

  /** All answers are given and sent: there is a result to show (scoring it needs src/state/scoring.ts). */
  get hasResult(): boolean {
    const { submitted, answers } = this.current;
    return submitted && missingAnswers(answers).length === 0;
  }

  /** The scan's result, once all answers are given and sent; undefined before (and until the scoring module is loaded). */
  get result(): ScoreResult | undefined {
    return this.hasResult ? scorer?.(this.current.answers) : undefined;
  }

  /**
   * The profile the advice is based on: the user's choice, else the dominant profile. Undefined
   * before the result, and on a tie until the user has said which profile they recognise most.
   * A shared link without a result may carry a profile of its own.
   */
  get adviceProfile(): ProfileId | undefined {
    const result = this.result;
    if (!result) return this.current.shared || this.current.team?.useForAdvice ? this.current.adviceProfile : undefined;
    return this.current.adviceProfile ?? (result.dominant.length === 1 ? result.dominant[0] : undefined);
  }

  /** The result is a tie and the user has not yet chosen the profile they recognise most. */
  get choiceWaiting(): boolean {
    const result = this.result;
    return !!result && result.dominant.length > 1 && !this.current.adviceProfile;
  }

  /** Bases the advice on a profile; a single dominant profile is the default, so it is not stored. */
  chooseAdviceProfile(profile: ProfileId): void {
    const dominant = this.result?.dominant ?? [];
    this.update({ adviceProfile: dominant.length === 1 && profile === dominant[0] ? undefined : profile });
  }

  /** Changes the state and saves it. Changing a shared result makes it the user's own. */
  update(patch: Partial<Omit<ScanState, 'shared'>>): void {
    this.current = { ...this.current, ...patch, answers: { ...(patch.answers ?? this.current.answers) }, shared: false };
    // An explicit undefined removes the field (e.g. no challenge chosen any more).
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete (this.current as Partial<ScanState>)[key as keyof ScanState];
    }
    this.write();
    this.notify();
  }

  /** Records one answer; a new answer after submitting keeps the result only if still complete. */
  answer(statementId: string, value: boolean): void {
    this.update({ answers: { ...this.current.answers, [statementId]: value } });
  }

  /** Starts over with a new statement order, keeping the unit, the action plan, the team and the history. */
  restart(): void {
    const { unit, plan, team, history } = this.current;
    this.current = { ...emptyState(), unit, ...(plan ? { plan } : {}), ...(team ? { team } : {}), ...(history ? { history } : {}) };
    this.write();
    this.notify();
  }

  /**
   * Erases everything the widget stored in this browser for this group ("Wis mijn antwoorden"):
   * the current key and those of every older version. Returns how many entries were removed.
   */
  clear(): number {
    let removed = 0;
    const store = storage();
    try {
      const suffix = this.group === 'default' ? '' : `/${this.group}`;
      const ours = new RegExp(`^${KEY_PREFIX}/v\\d+${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      const keys = store ? Array.from({ length: store.length }, (_, i) => store.key(i)) : [];
      for (const key of keys) {
        if (key !== null && ours.test(key)) {
          store!.removeItem(key);
          removed++;
        }
      }
    } catch {
      /* storage blocked: nothing was stored, nothing to erase */
    }
    this.current = emptyState();
    this.problems.clear();
    this.notify();
    return removed;
  }

  /** Leaves a shared result and returns to the user's own saved answers. */
  leaveShared(): void {
    if (!this.current.shared) return;
    this.current = this.read();
    // A shared state came through the link code, so it is loaded: the URL changes at once.
    const fragment = typeof location === 'undefined' ? '' : location.hash.slice(1);
    if (this.link?.linkIn(fragment) != null) {
      // Only our parameter goes; the rest of the fragment is the host page's.
      const rest = this.link.withoutLink(fragment);
      this.openedCode = undefined;
      try {
        history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
      } catch {
        /* a document whose URL cannot be rewritten (about:srcdoc): the link simply stays */
      }
    }
    this.notify();
  }

  /** The code that reads links, once loaded. */
  private link?: typeof import('./open-link.js');

  /**
   * Settles once the share or team link being opened is shown (the code that reads links loads
   * first); undefined when none is being opened. Elements show "Even geduld…" meanwhile.
   */
  opening?: Promise<boolean>;

  /**
   * Shows a result, an advice or a team from a share code (the value of a share or team link).
   * Resolves to false (and notes the problem) when the code is invalid or could not be read.
   */
  openShared(code: string): Promise<boolean> {
    return this.open(() => code);
  }

  /** The share code last opened from the URL, so a fragment change elsewhere does not reopen it. */
  private openedCode?: string;

  /** Opens the link in the URL's fragment, unless it is the one already open. */
  private readShareLink(): void {
    if (typeof location === 'undefined' || !mayHoldLink(location.hash)) return;
    void this.open(({ linkIn }) => {
      const code = linkIn(location.hash.slice(1));
      if (code === null || code === this.openedCode) return undefined;
      this.openedCode = code;
      return code;
    });
  }

  /** Loads the code that reads links, then opens the code `codeOf` gives (if any). */
  private open(codeOf: (link: typeof import('./open-link.js')) => string | undefined): Promise<boolean> {
    const opening: Promise<boolean> = import('./open-link.js').then(
      (link) => {
        this.link = link;
        const code = codeOf(link);
        if (code === undefined) return false;
        const { state, problems } = link.openCode(code, this.current.seed);
        this.problems.delete('share-unavailable');
        // A link that opens replaces the message about an earlier one that did not.
        if (state) this.problems.delete('share-invalid');
        for (const [problem, message] of problems) this.report(problem, message);
        if (state) this.current = state;
        return !!state;
      },
      (error: unknown) => {
        this.openedCode = undefined; // tried again once online
        this.report('share-unavailable', `the shared link could not be opened (${String(error)})`);
        return false;
      },
    );
    this.opening = opening;
    void opening.then(() => {
      if (this.opening === opening) this.opening = undefined;
      this.notify();
    });
    return opening;
  }

  private read(): ScanState {
    const store = storage();
    if (!store) {
      this.report('storage-unavailable', 'localStorage is not available; answers are kept for this visit only');
      return emptyState();
    }
    let text: string | null = null;
    try {
      text = store.getItem(this.key);
    } catch {
      this.report('storage-unavailable', 'localStorage cannot be read; answers are kept for this visit only');
      return emptyState();
    }
    if (text === null) return this.readOldVersion(store);
    try {
      const { state, clean } = sanitizeState(JSON.parse(text));
      if (!clean) this.report('storage-corrupt', `saved data under "${this.key}" was partly invalid; kept what was valid`);
      return state;
    } catch {
      this.report('storage-corrupt', `saved data under "${this.key}" could not be read; starting afresh`);
      return emptyState();
    }
  }

  /** Data saved by an older version: keep the answers it has if they still fit. */
  private readOldVersion(store: Storage): ScanState {
    for (let version = STORAGE_VERSION - 1; version >= 0; version--) {
      const oldKey = this.key.replace(`/v${STORAGE_VERSION}`, `/v${version}`);
      const text = store.getItem(oldKey);
      if (text === null) continue;
      this.report('storage-old-version', `saved data of version ${version} found; kept the answers that still fit`);
      try {
        return sanitizeState(JSON.parse(text)).state;
      } catch {
        return emptyState();
      }
    }
    return emptyState();
  }

  private write(): void {
    const { shared, ...saved } = this.current;
    if (shared) return;
    try {
      storage()?.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Quota full or storage blocked: the scan keeps working for this visit.
      this.report('storage-unavailable', 'answers could not be saved; they are kept for this visit only');
    }
  }

  /** Notes a problem to show; each is logged once. */
  report(problem: StoreProblem, message: string): void {
    if (!this.problems.has(problem)) console.warn(`informeel-leren: ${message}`);
    this.problems.add(problem);
  }

  private notify(): void {
    this.dispatchEvent(new Event('change'));
  }
}

const stores = new Map<string, ScanStore>();

/** The longest group name: it is part of the storage key and of every link's group check. */
const GROUP_MAX = 64;

/**
 * The one normalisation of a group name: trimmed, "default" when empty or not a string
 * (attribute removed, `el.group = null` from a framework binding), cut to `GROUP_MAX` characters.
 */
export function normalizeGroup(group: unknown): string {
  return ((typeof group === 'string' && group.trim()) || 'default').slice(0, GROUP_MAX);
}

/** The store of a group; elements with the same group share one. */
export function storeFor(name: unknown = 'default'): ScanStore {
  const group = normalizeGroup(name);
  let store = stores.get(group);
  if (!store) {
    store = new ScanStore(group);
    stores.set(group, store);
  }
  return store;
}
