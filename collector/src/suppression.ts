/**
 * The k-anonymity rules of GET /v1/aggregates, on counts already taken from the database.
 *
 * 1. A quarter cell is shown only when it holds at least k submissions; "overall" adds up only the
 *    quarters that are shown, so two period ranges cannot be subtracted to reveal a hidden quarter.
 * 2. For a query with filters F, every proper subset S of F (including no filter at all) must differ
 *    from F by 0 or by at least k submissions in that quarter, else the quarter is hidden for F too:
 *    "all" minus "partner x" (or "partner x" minus "partner x in sector y") never isolates fewer than k.
 * 3. Shares are rounded to 3 decimals.
 */
import { compareQuarters, formatQuarter, parseQuarter, quartersBetween, type Quarter } from './calendar.ts';

/** What the database counted in one quarter. */
export interface QuarterCounts {
  /** "2026-Q4". */
  quarter: string;
  /**
   * Submissions per subset of the query's filters: index = bit mask over the filters (bit i set =
   * filter i applied). Index 0 is the unfiltered count, the last index the query itself.
   */
  subsets: number[];
  /** For the query itself: submissions per profile id. */
  profiles: Record<string, number>;
  /** For the query itself: "yes" answers per statement id. */
  yes: Record<string, number>;
}

/** One shown or hidden cell of the answer. */
export interface Cell {
  n: number | null;
  suppressed: boolean;
  /** Share of each profile, 0..1. */
  profiles: Record<string, number> | null;
  /** Share of "yes" for each statement, 0..1. */
  statements: Record<string, number> | null;
}

/** A quarter's cell. */
export interface QuarterCell extends Cell {
  quarter: string;
}

/** The aggregate answer without its echo of k and the filters. */
export interface SuppressedAggregates {
  total: number | null;
  quarters: QuarterCell[];
  overall: Cell;
}

/** Rounds a share to 3 decimals. */
export const share = (count: number, n: number): number => Math.round((count / n) * 1000) / 1000;

const hidden = (): Cell => ({ n: null, suppressed: true, profiles: null, statements: null });

function shown(n: number, profiles: Record<string, number>, yes: Record<string, number>): Cell {
  return {
    n,
    suppressed: false,
    profiles: Object.fromEntries(Object.entries(profiles).map(([id, count]) => [id, share(count, n)])),
    statements: Object.fromEntries(Object.entries(yes).map(([id, count]) => [id, share(count, n)])),
  };
}

/** Rule 2: no proper subset of the filters differs from the query by 1 to k-1 submissions. */
function safeFromDifferencing(subsets: readonly number[], k: number): boolean {
  const full = subsets.length - 1;
  const n = subsets[full] ?? 0;
  return subsets.slice(0, full).every((count) => count - n === 0 || count - n >= k);
}

/**
 * Applies the rules. Quarters run from the first to the last one whose unfiltered count reaches k
 * (quarters outside them are hidden for any filter anyway), with empty quarters in between listed
 * as hidden, so a hidden cell does not tell "none" from "a few".
 *
 * @param counts one entry per quarter that holds any submission, in any order
 * @param statementIds all statement ids, so every shown cell lists every statement
 * @param profileIds all profile ids, likewise
 */
export function suppress(
  counts: readonly QuarterCounts[],
  k: number,
  profileIds: readonly string[],
  statementIds: readonly string[],
): SuppressedAggregates {
  const byQuarter = new Map(counts.map((entry) => [entry.quarter, entry]));
  const bounds = counts
    .filter((entry) => (entry.subsets[0] ?? 0) >= k)
    .map((entry) => parseQuarter(entry.quarter) as Quarter)
    .sort(compareQuarters);
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  const listed = first && last ? quartersBetween(first, last).map(formatQuarter) : [];

  const zeros = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 0]));
  const overallProfiles = zeros(profileIds);
  const overallYes = zeros(statementIds);
  let overallN = 0;

  const quarters = listed.map((quarter): QuarterCell => {
    const entry = byQuarter.get(quarter);
    const n = entry ? (entry.subsets[entry.subsets.length - 1] ?? 0) : 0;
    if (!entry || n < k || !safeFromDifferencing(entry.subsets, k)) return { quarter, ...hidden() };
    const profiles = { ...zeros(profileIds), ...entry.profiles };
    const yes = { ...zeros(statementIds), ...entry.yes };
    overallN += n;
    for (const id of profileIds) overallProfiles[id] = (overallProfiles[id] ?? 0) + (profiles[id] ?? 0);
    for (const id of statementIds) overallYes[id] = (overallYes[id] ?? 0) + (yes[id] ?? 0);
    return { quarter, ...shown(n, profiles, yes) };
  });

  const overall = overallN >= k ? shown(overallN, overallProfiles, overallYes) : hidden();
  return { total: overall.n, quarters, overall };
}
