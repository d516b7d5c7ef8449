/**
 * Weeks and quarters. A submission keeps only the Monday of the ISO week it arrived in (UTC); the
 * aggregates count it in the calendar quarter of that Monday.
 */

/** The Monday (UTC) of the ISO week holding `moment`, as YYYY-MM-DD. */
export function isoWeekMonday(moment: Date): string {
  const day = new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** A quarter as the aggregates name it: "2026-Q4". */
export const QUARTER_PATTERN = '^[0-9]{4}-Q[1-4]$';

/** A quarter as numbers. */
export interface Quarter {
  year: number;
  /** 1 to 4. */
  q: number;
}

/** Reads "2026-Q4"; null when it is not a quarter. */
export function parseQuarter(text: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(text);
  return match ? { year: Number(match[1]), q: Number(match[2]) } : null;
}

/** "2026-Q4". */
export function formatQuarter({ year, q }: Quarter): string {
  return `${String(year).padStart(4, '0')}-Q${q}`;
}

/** The quarter after this one. */
export function nextQuarter({ year, q }: Quarter): Quarter {
  return q === 4 ? { year: year + 1, q: 1 } : { year, q: q + 1 };
}

/** Orders quarters: negative when a is earlier. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.q - b.q;
}

/** The first day of the quarter, YYYY-MM-DD. */
export function quarterStart({ year, q }: Quarter): string {
  return `${String(year).padStart(4, '0')}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The quarter a YYYY-MM-DD date falls in. */
export function quarterOfDate(date: string): Quarter {
  return { year: Number(date.slice(0, 4)), q: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/** Every quarter from `first` to `last`, both included. */
export function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
  const all: Quarter[] = [];
  for (let at = first; compareQuarters(at, last) <= 0; at = nextQuarter(at)) all.push(at);
  return all;
}
