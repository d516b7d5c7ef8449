/**
 * The validity analysis as a plain-text report, beside the figures of the research report
 * (section "Clusteranalyse maturiteitsprofielen"). Pure: returns text, prints nothing.
 */
import { instrument, STATEMENT_IDS } from '../../../src/scoring/index.ts';
import type { ValidityAnalysis } from './analysis.ts';

/** The research report's own cluster figures, to compare with. */
export const REPORT_FIGURES = {
  /** Respondents in the validation sample (sum of the profile counts, Figuur 24). */
  n: instrument.research.validationSample.total,
  /** The solution the report kept. */
  k: 5,
  /** Share of the total variance explained by the clusters, per k. */
  varianceExplained: { 4: 0.489, 5: 0.544, 6: 0.567 } as Readonly<Record<number, number>>,
  /** Mean silhouette, reported for the 5-cluster solution only. */
  silhouette: { 5: 0.42 } as Readonly<Record<number, number>>,
} as const;

/** Fewer rows than this and the script says it cannot tell anything. */
export const MINIMUM_ROWS = 50;

/** A centre's statements that most rows of the cluster answered "yes" to. */
const YES_THRESHOLD = 0.5;

const percent = (x: number | undefined): string => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
const decimal = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(2));

/** Lays out rows of cells as a table with a rule under the header; numbers align right. */
export function textTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells: readonly string[], alignLeft: boolean[]) =>
    cells.map((cell, c) => (alignLeft[c] ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const leftAligned = header.map((_, c) => body.every((row) => !/^[-–\d.,% ]+$/.test(row[c])));
  return [line(header, leftAligned), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map((r) => line(r, leftAligned))].join('\n');
}

/** The plain statement that there are too few rows, with the count. */
export function tooFewRowsMessage(n: number): string {
  return (
    `Only ${n} usable submission${n === 1 ? '' : 's'}: too few to say anything about the profiles' validity ` +
    `(at least ${MINIMUM_ROWS} are needed; the report had ${REPORT_FIGURES.n}). Nothing was computed.`
  );
}

/** The full text report: the k table beside the report's figures, the ARI and the cross table. */
export function formatReport(analysis: ValidityAnalysis, source: string): string {
  const out: string[] = [];
  out.push('Validity of the five profiles: k-means on the 20 statements (answers as 0/1)');
  out.push(`Source: ${source}`);
  out.push(`Rows: ${analysis.n} (the report: ${REPORT_FIGURES.n} validation respondents)`);
  out.push('');
  out.push(
    textTable(
      ['k', 'variance explained', 'report', 'mean silhouette', 'report', 'ARI vs profile', 'cluster sizes'],
      analysis.solutions.map((s) => [
        String(s.k),
        percent(s.varianceExplained),
        percent(REPORT_FIGURES.varianceExplained[s.k]),
        decimal(s.silhouette),
        decimal(REPORT_FIGURES.silhouette[s.k]),
        decimal(s.ari),
        s.sizes.join(' '),
      ]),
    ),
  );
  for (const s of analysis.skipped) out.push(`k = ${s.k} not computed: ${s.reason}.`);
  const sampled = analysis.solutions.find((s) => s.silhouetteRows < analysis.n);
  if (sampled) out.push(`Silhouette on a seeded sample of ${sampled.silhouetteRows} rows.`);
  out.push(`The report kept k = ${REPORT_FIGURES.k}: 54.4 % of the variance, mean silhouette 0.42.`);

  const { agreement } = analysis;
  if (!agreement) return out.join('\n');
  out.push('');
  out.push(
    `Agreement of the ${agreement.k} clusters with the profile the scoring key gave each row: ` +
      `adjusted Rand index ${decimal(agreement.ari)} (1 = the same grouping, 0 = no better than chance).`,
  );
  out.push('');
  out.push(`Clusters × profiles (rows in each cell; k = ${agreement.k})`);
  const solution = analysis.solutions.find((s) => s.k === agreement.k)!;
  const { table } = agreement;
  out.push(
    textTable(
      ['cluster', 'rows', ...table.profiles, 'most rows'],
      table.counts.map((counts, c) => {
        const size = solution.sizes[c];
        const top = counts.indexOf(Math.max(...counts));
        return [
          String(c + 1),
          String(size),
          ...counts.map(String),
          size ? `${table.profiles[top]} (${Math.round((counts[top] / size) * 100)} %)` : '–',
        ];
      }),
    ),
  );
  out.push('');
  out.push(`Statements most rows of a cluster answered "yes" to (share ≥ ${YES_THRESHOLD * 100} %)`);
  solution.centroids.forEach((centre, c) => {
    const yes = STATEMENT_IDS.filter((_, i) => centre[i] >= YES_THRESHOLD);
    out.push(`  ${c + 1}: ${yes.length ? yes.join(' ') : '(none)'}`);
  });
  return out.join('\n');
}
