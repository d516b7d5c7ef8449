/**
 * Export and import of everything the widget keeps for a group (answers, plan, team, history) as
 * one versioned JSON file (content/schema/export.schema.json), to move to another browser or to
 * archive. An import is checked as a whole, says what it will add, and never overwrites without
 * asking. Loaded only when used.
 */
import { readSavedState } from '../state/later-parts.js';
import type { ScanState, ScanStore } from '../state/store.js';

export const EXPORT_FORMAT = 'informeel-leren-export';
export const EXPORT_VERSION = 1;

/** The export file of a group, as text. */
export function buildExport(store: ScanStore, now = new Date()): string {
  const { shared: _shared, ...data } = store.state;
  return `${JSON.stringify(
    {
      $schema: 'https://unpkg.com/informeel-leren/content/schema/export.schema.json',
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exported: now.toISOString(),
      group: store.group,
      data,
    },
    null,
    2,
  )}\n`;
}

/** What an import would add to the current state. */
export interface ImportSummary {
  /** The file holds answers (a scan, finished or not). */
  hasAnswers: boolean;
  /** The current state has other answers: taking the file's would replace them. */
  answersDiffer: boolean;
  history: number;
  team: number;
  plan: number;
}

export type ImportCheck = { ok: true; imported: ScanState; summary: ImportSummary } | { ok: false; reason: 'json' | 'format' | 'version' | 'invalid' };

/** Checks an export file against the current state; a file with anything invalid is refused as a whole. */
export function checkImport(text: string, current: ScanState): ImportCheck {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== EXPORT_FORMAT) return { ok: false, reason: 'format' };
  const { version, data } = file as { version?: unknown; data?: unknown };
  if (version !== EXPORT_VERSION) return { ok: false, reason: 'version' };
  const { state: imported, clean } = readSavedState(data);
  if (!clean) return { ok: false, reason: 'invalid' };
  const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
  const hasAnswers = Object.keys(imported.answers).length > 0;
  const knownDates = new Set((current.history ?? []).map((s) => s.date));
  const knownCodes = new Set(current.team?.codes ?? []);
  return {
    ok: true,
    imported,
    summary: {
      hasAnswers,
      answersDiffer: hasAnswers && Object.keys(current.answers).length > 0 && !same(current.answers, imported.answers),
      history: (imported.history ?? []).filter((s) => !knownDates.has(s.date)).length,
      team: (imported.team?.codes ?? []).filter((c) => !knownCodes.has(c)).length,
      plan: Object.keys(imported.plan ?? {}).filter((id) => !(id in (current.plan ?? {}))).length,
    },
  };
}

/**
 * The current state with the file's added: earlier results, colleagues' results and planned actions
 * join what is there (notes already written here win). The file's answers are taken only where
 * there are none yet, or when the user said to replace them.
 */
export function mergeImport(current: ScanState, imported: ScanState, replaceAnswers: boolean): Partial<Omit<ScanState, 'shared'>> {
  const takeAnswers = replaceAnswers || Object.keys(current.answers).length === 0;
  const history = [...(current.history ?? [])];
  for (const snapshot of imported.history ?? []) if (!history.some((s) => s.date === snapshot.date)) history.push(snapshot);
  history.sort((a, b) => a.date.localeCompare(b.date));
  const codes = [...new Set([...(current.team?.codes ?? []), ...(imported.team?.codes ?? [])])];
  const team = codes.length ? { ...imported.team, ...current.team, codes, labels: { ...imported.team?.labels, ...current.team?.labels } } : undefined;
  const plan = { ...imported.plan, ...current.plan };
  return {
    ...(takeAnswers && Object.keys(imported.answers).length
      ? {
          answers: imported.answers,
          unit: imported.unit,
          submitted: imported.submitted,
          seed: imported.seed,
          challenge: imported.challenge ?? current.challenge,
          adviceProfile: imported.adviceProfile,
        }
      : {}),
    history: history.length ? history : undefined,
    team,
    plan: Object.keys(plan).length ? plan : undefined,
  };
}
