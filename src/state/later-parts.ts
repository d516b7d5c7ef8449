/**
 * The parts of a scan's state that the result and the later steps use: the action plan, the
 * team and the history of finished scans. Checked, kept and read for an import here, so the
 * scan's first screen does without this code (it keeps them as saved until the check arrives).
 */
import { ACTION_IDS, isUnitId, PLAN_NOTE_MAX, STATEMENT_IDS } from '../scoring/core.js';
import type { Plan } from '../scoring/share-code.js';
import { sanitizeState, type ScanStore } from './store.js';
import type { LaterParts, ScanState, Snapshot } from './types.js';

/** The most snapshots kept; the oldest go first. */
export const HISTORY_MAX = 24;
/** The longest local name kept for a colleague's result. */
const LABEL_MAX = 40;

/** The notes of a plan for known actions, each cut to its maximum; `clean` is false when anything was dropped. */
function checkPlan(raw: object): { plan: Plan; clean: boolean } {
  const plan: Plan = {};
  let clean = true;
  for (const [id, note] of Object.entries(raw)) {
    if (ACTION_IDS.includes(id) && typeof note === 'string') plan[id] = note.slice(0, PLAN_NOTE_MAX);
    else clean = false;
  }
  return { plan, clean };
}

/** A snapshot that is complete and valid, or undefined. */
export function sanitizeSnapshot(raw: unknown): Snapshot | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const entry = raw as Record<string, unknown>;
  if (typeof entry.date !== 'string' || Number.isNaN(Date.parse(entry.date)) || !isUnitId(entry.unit)) return undefined;
  if (typeof entry.answers !== 'object' || entry.answers === null) return undefined;
  const answers: Record<string, boolean> = {};
  for (const id of STATEMENT_IDS) {
    const value = (entry.answers as Record<string, unknown>)[id];
    if (typeof value !== 'boolean') return undefined;
    answers[id] = value;
  }
  const { plan } = typeof entry.plan === 'object' && entry.plan !== null ? checkPlan(entry.plan) : { plan: {} };
  const seed = Number.isSafeInteger(entry.seed) ? { seed: entry.seed as number } : {};
  return { date: new Date(entry.date).toISOString(), ...seed, unit: entry.unit, answers, ...(Object.keys(plan).length ? { plan } : {}) };
}

/** Checks the plan, the team and the history of stored data: what is usable, and whether anything was dropped. */
export function checkLaterParts(data: Readonly<Record<string, unknown>>): { parts: LaterParts; clean: boolean } {
  const parts: LaterParts = {};
  let clean = true;
  if (typeof data.plan === 'object' && data.plan !== null) {
    const checked = checkPlan(data.plan);
    if (Object.keys(checked.plan).length) parts.plan = checked.plan;
    clean &&= checked.clean;
  } else if (data.plan !== undefined) clean = false;
  if (typeof data.team === 'object' && data.team !== null) {
    const team = data.team as Record<string, unknown>;
    const codes = Array.isArray(team.codes) ? team.codes.filter((c): c is string => typeof c === 'string' && /^[\w-]{8}$/.test(c)) : [];
    if (!Array.isArray(team.codes) || codes.length !== team.codes.length) clean = false;
    const labels: Record<string, string> = {};
    if (typeof team.labels === 'object' && team.labels !== null) {
      for (const [code, label] of Object.entries(team.labels)) if (typeof label === 'string') labels[code] = label.slice(0, LABEL_MAX);
    }
    parts.team = { codes: [...new Set(codes)], labels, ...(team.useForAdvice === true ? { useForAdvice: true } : {}) };
  } else if (data.team !== undefined) clean = false;
  if (Array.isArray(data.history)) {
    parts.history = [];
    for (const entry of data.history.slice(-HISTORY_MAX)) {
      const snapshot = sanitizeSnapshot(entry);
      if (snapshot) parts.history.push(snapshot);
      else clean = false;
    }
  } else if (data.history !== undefined) clean = false;
  return { parts, clean };
}

/** Reads stored data as the store would, for an import: the usable state and whether anything was dropped. */
export function readSavedState(raw: unknown): { state: ScanState; clean: boolean } {
  return sanitizeState(raw, checkLaterParts);
}

/** Marks an action as one the team will work on (with a note), or takes it off the plan. */
export function planAction(store: ScanStore, actionId: string, note: string | false): void {
  const plan = { ...store.state.plan };
  if (note === false) delete plan[actionId];
  else plan[actionId] = note.slice(0, PLAN_NOTE_MAX);
  store.update({ plan: Object.keys(plan).length ? plan : undefined });
}

/**
 * Keeps the finished scan as a dated snapshot: one per finished scan, so a retake ("Opnieuw
 * invullen") adds one even on the same day, while showing the same scan again (edited answers,
 * a changed plan) updates its own. The history keeps the newest `HISTORY_MAX`.
 */
export function takeSnapshot(store: ScanStore): void {
  const { unit, answers, plan, seed, history: earlier } = store.state;
  if (!unit || !store.hasResult) return;
  const now = new Date().toISOString();
  const history = [...(earlier ?? [])];
  const last = history[history.length - 1];
  // Snapshots kept before they named their scan: one per day, as they were taken then.
  const sameScan = last && (last.seed === undefined ? last.date.slice(0, 10) === now.slice(0, 10) : last.seed === seed);
  if (sameScan) history.pop();
  history.push({ date: now, seed, unit, answers: { ...answers }, ...(plan ? { plan: { ...plan } } : {}) });
  store.update({ history: history.slice(-HISTORY_MAX) });
}
