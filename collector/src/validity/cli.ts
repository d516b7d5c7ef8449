/**
 * `npm run collector:validity`: re-runs the report's cluster analysis on the collected answers
 * (or on synthetic ones) and prints it beside the report's own figures.
 *
 *   npm run collector:validity                          rows from DATABASE_URL, else COLLECTOR_DATA (.collector/)
 *   npm run collector:validity -- --synthetic 307       rows generated from the five archetypes
 *   npm run collector:validity -- --synthetic 307 --noise 0.2 --seed 3 --json
 */
import { parseArgs } from 'node:util';

import { PROFILE_IDS } from '../../../src/scoring/index.ts';
import { analyseValidity, type ValidityAnalysis, type ValidityRow } from './analysis.ts';
import { formatReport, MINIMUM_ROWS, REPORT_FIGURES, tooFewRowsMessage } from './report.ts';
import { readCollectedRows, SourceError } from './source.ts';
import { syntheticRows } from './synthetic.ts';

const USAGE = `Usage: npm run collector:validity -- [options]

Reads the collected answers from PostgreSQL (DATABASE_URL) or the collector's PGlite folder
(COLLECTOR_DATA, default .collector/), runs k-means for k = 4, 5, 6 and prints variance explained,
mean silhouette and the agreement with the scoring key's profiles beside the report's figures.

Options:
  --synthetic N   analyse N rows generated from the five profile archetypes instead
  --noise P       with --synthetic: chance that each answer is flipped (default 0.1)
  --seed S        seed for the synthetic rows and the k-means starts (default 1)
  --restarts R    seeded k-means++ starts per k, the best is kept (default 20)
  --json          print the figures as JSON instead of the text report
  --help          this text`;

function numberOption(value: string | undefined, name: string, fallback: number, check: (x: number) => boolean): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || !check(parsed)) throw new UsageError(`--${name} ${value} is not valid`);
  return parsed;
}

class UsageError extends Error {}

/** The figures without the per-row labels, for --json. */
function asJson(analysis: ValidityAnalysis, source: string) {
  return {
    source,
    n: analysis.n,
    report: REPORT_FIGURES,
    solutions: analysis.solutions.map(({ labels: _labels, ...figures }) => figures),
    skipped: analysis.skipped,
    agreement: analysis.agreement,
  };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      synthetic: { type: 'string' },
      noise: { type: 'string' },
      seed: { type: 'string' },
      restarts: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seed = numberOption(values.seed, 'seed', 1, Number.isInteger);
  const restarts = numberOption(values.restarts, 'restarts', 20, (x) => Number.isInteger(x) && x >= 1);

  let rows: ValidityRow[];
  let source: string;
  if (values.synthetic !== undefined) {
    const count = numberOption(values.synthetic, 'synthetic', 0, (x) => Number.isInteger(x) && x >= 0);
    const noise = numberOption(values.noise, 'noise', 0.1, (x) => x >= 0 && x <= 1);
    rows = syntheticRows(count, { noise, seed });
    source = `synthetic: ${count} rows from the five archetypes, each answer flipped with chance ${noise}, seed ${seed}`;
  } else {
    if (values.noise !== undefined) throw new UsageError('--noise goes with --synthetic');
    const collected = await readCollectedRows();
    rows = collected.rows;
    source = collected.source + (collected.rejected ? `; ${collected.rejected} rows left out (not 20 answers or unknown profile)` : '');
  }

  if (rows.length < MINIMUM_ROWS) {
    if (values.json) console.log(JSON.stringify({ source, n: rows.length, tooFew: true, minimum: MINIMUM_ROWS }, null, 2));
    else console.log(`Source: ${source}\n${tooFewRowsMessage(rows.length)}`);
    return 0;
  }
  const analysis = analyseValidity(rows, { seed, restarts, profileOrder: PROFILE_IDS });
  console.log(values.json ? JSON.stringify(asJson(analysis, source), null, 2) : formatReport(analysis, source));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof SourceError) {
      console.error(`collector:validity: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
