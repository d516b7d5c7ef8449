/**
 * Several people's results, one conversation (the report's "360°" use) and one result set
 * against an earlier one (its pre-post use). Pure functions: no DOM, runs anywhere.
 */
import { ResultCodeError } from './errors.js';
import { PROFILE_IDS, STATEMENT_IDS, type ProfileId } from './instrument.js';
import { decodeShareCode, type SharedResult } from './share-code.js';
import { score, type Answers, type ScoreResult } from './score.js';

/** The team's result by the report's method applied to everyone's points together. */
export interface TeamResult extends ScoreResult {
  /** Each person's own result, in the order given. */
  people: ScoreResult[];
  /** Statements answered both yes and no, most split first. */
  split: { statement: string; yes: number; no: number }[];
}

export function teamResult(answerSets: readonly Answers[]): TeamResult {
  const people = answerSets.map((answers) => score(answers));
  const points = Object.fromEntries(PROFILE_IDS.map((p) => [p, people.reduce((sum, r) => sum + r.points[p], 0)])) as Record<ProfileId, number>;
  const total = PROFILE_IDS.reduce((sum, p) => sum + points[p], 0);
  const relative = Object.fromEntries(PROFILE_IDS.map((p) => [p, total ? points[p] / total : 0])) as Record<ProfileId, number>;
  const best = Math.max(...PROFILE_IDS.map((p) => points[p]));
  const dominant = PROFILE_IDS.filter((p) => points[p] === best);
  const split = STATEMENT_IDS.map((statement) => {
    const yes = answerSets.filter((answers) => answers[statement]).length;
    return { statement, yes, no: answerSets.length - yes };
  })
    .filter((s) => s.yes && s.no)
    // Most split first: the smaller side as large as possible; then statement order.
    .sort((a, b) => Math.min(b.yes, b.no) - Math.min(a.yes, a.no));
  return { points, relative, total, dominant, people, split };
}

/** What a paste of links and codes gave: results to add, and what was left out and why. */
export interface PastedCodes {
  results: { code: string; result: SharedResult }[];
  duplicates: string[];
  invalid: { text: string; reason: 'not-a-result' | 'invalid' }[];
}

/**
 * Reads share links or codes pasted together (one per line, or separated by spaces or commas).
 * Codes already in `known` count as duplicates, as do repeats within the paste.
 */
export function readPastedCodes(text: string, known: readonly string[] = [], parameter = 'informeel-leren'): PastedCodes {
  const out: PastedCodes = { results: [], duplicates: [], invalid: [] };
  const seen = new Set(known);
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const fromLink = new RegExp(`[#?&]${parameter}=([^&\\s]+)`).exec(token);
    const code = decodeURIComponent(fromLink ? fromLink[1] : token).replace(/[.,;]$/, '');
    if (seen.has(code) || seen.has(code.split('.')[0])) {
      out.duplicates.push(code);
      continue;
    }
    try {
      const shared = decodeShareCode(code);
      if (shared.kind !== 'result') {
        out.invalid.push({ text: token, reason: 'not-a-result' });
        continue;
      }
      // The plan and advice of a colleague's link are theirs; the team combines answers.
      const main = code.split('.')[0];
      seen.add(main);
      out.results.push({ code: main, result: shared.result });
    } catch (error) {
      if (!(error instanceof ResultCodeError)) throw error;
      out.invalid.push({ text: token, reason: 'invalid' });
    }
  }
  return out;
}

/** How a result changed against an earlier one. */
export interface Comparison {
  /** Change in share per profile (0–1 scale), now minus then. */
  change: Record<ProfileId, number>;
  /** Statements whose answer changed, "nee → ja" first. */
  changed: { statement: string; now: boolean }[];
}

export function compareResults(then: Answers, now: Answers): Comparison {
  const [before, after] = [score(then), score(now)];
  const change = Object.fromEntries(PROFILE_IDS.map((p) => [p, after.relative[p] - before.relative[p]])) as Record<ProfileId, number>;
  const changed = STATEMENT_IDS.filter((id) => then[id] !== now[id])
    .map((statement) => ({ statement, now: now[statement] }))
    .sort((a, b) => Number(b.now) - Number(a.now));
  return { change, changed };
}
