/**
 * Numbers and quarters as the page writes them in each language.
 */
import { QUARTER } from './aggregates.ts';
import type { Language, Texts } from './texts.ts';

/** Number conventions per language: Belgian for Dutch and French, British for English. */
const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/**
 * Formats a share (0..1) as a percentage: "12,3%" in Dutch. Tables keep one decimal everywhere
 * ("14,0%"), so the columns line up; axis labels use none.
 */
export function percentFormat(language: Language, decimals = 1): (share: number) => string {
  const format = new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return (share) => format.format(share);
}

/** Formats a whole number with the language's digit grouping. */
export function countFormat(language: Language): (count: number) => string {
  const format = new Intl.NumberFormat(LOCALES[language]);
  return (count) => format.format(count);
}

/** "2026-Q1" as "K1 2026" (nl), "T1 2026" (fr) or "Q1 2026" (en). */
export function quarterName(texts: Texts, quarter: string): string {
  const match = QUARTER.exec(quarter);
  return match ? texts.quarterName(match[1]!, match[2]!) : quarter;
}
