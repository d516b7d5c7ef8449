// Statistics and terminal output for bench/run.js.

export const PAGE_NAMES = { ours: 'ours', surveyjs: 'SurveyJS', floor: 'floor' };

const SCENARIO_TITLES = {
  'first-visit': 'First visit (empty storage): ours shows its intro, the others their statements',
  statements: 'Statements (saved state: unit chosen, no answers): all three show the statements',
};

/** Metric -> [row label, decimals, divisor]. `ready` is named per scenario. */
const METRICS = {
  bytes: ['transferred, all requests (kB)', 1, 1024],
  requests: ['requests', 0, 1],
  fetchesInARow: ['fetches in a row before ready', 0, 1],
  readyMs: [{ 'first-visit': 'first screen usable (ms)', statements: 'first statement answerable (ms)' }, 0, 1],
  scriptMs: ['main-thread scripting until ready (ms)', 0, 1],
};
const EXTRA_METRICS = ['bytesBeforeReady', 'jsCssBytes', 'documentMs'];

/** Quantile with linear interpolation between the sorted values. */
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted.at(-1),
  };
}

/** runs[condition][scenario][page] = results -> the same shape with stats per metric, plus ratios. */
export function summarize(runs) {
  const summary = {};
  for (const [conditionId, scenarios] of Object.entries(runs)) {
    summary[conditionId] = {};
    for (const [scenarioId, pages] of Object.entries(scenarios)) {
      const perPage = {};
      for (const [page, results] of Object.entries(pages)) {
        perPage[page] = Object.fromEntries(
          [...Object.keys(METRICS), ...EXTRA_METRICS].map((m) => [m, stats(results.map((r) => r[m]))]),
        );
        perPage[page].readyControl = [...new Set(results.map((r) => r.control))].join(', ');
      }
      const ratio = (m, other) => (perPage[other][m].median ? perPage.ours[m].median / perPage[other][m].median : null);
      const ratios = Object.fromEntries(
        ['surveyjs', 'floor'].map((other) => [
          `ours/${other}`,
          Object.fromEntries([...Object.keys(METRICS), ...EXTRA_METRICS].map((m) => [m, ratio(m, other)])),
        ]),
      );
      summary[conditionId][scenarioId] = { ...perPage, ratios };
    }
  }
  return summary;
}

function cell({ median, min, max }, decimals, divisor) {
  const show = (value) => (value / divisor).toFixed(decimals);
  return show(min) === show(max) ? show(median) : `${show(median)} (${show(min)}-${show(max)})`;
}

function align(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => (r.length > 1 ? r[col].length : 0))));
  return rows.map((r) =>
    r.length === 1 ? r[0] : r.map((c, col) => (col ? c.padStart(widths[col]) : c.padEnd(widths[col]))).join('  ').trimEnd(),
  );
}

/** One condition's summary as a table: a block of rows per scenario, a column per page, two ratio columns. */
export function formatTable(conditionSummary, title) {
  const pages = Object.keys(PAGE_NAMES);
  const rows = [['', ...pages.map((p) => PAGE_NAMES[p]), 'ours/SurveyJS', 'ours/floor']];
  for (const [scenarioId, scenario] of Object.entries(conditionSummary)) {
    rows.push([SCENARIO_TITLES[scenarioId] ?? scenarioId]);
    for (const [m, [label, decimals, divisor]] of Object.entries(METRICS)) {
      const ratio = (key) => {
        const value = scenario.ratios[key][m];
        return value === null ? '-' : value.toFixed(2);
      };
      rows.push([
        '  ' + (typeof label === 'string' ? label : label[scenarioId]),
        ...pages.map((p) => cell(scenario[p][m], decimals, divisor)),
        ratio('ours/surveyjs'),
        ratio('ours/floor'),
      ]);
    }
  }
  const lines = align(rows);
  const width = Math.max(...lines.map((l) => l.length));
  return [title, '='.repeat(Math.min(width, title.length)), ...lines].join('\n');
}

/** Requests per depth level, one block per scenario. */
export function formatChains(chains) {
  const lines = [];
  for (const [scenarioId, chain] of Object.entries(chains)) {
    lines.push(`  ${scenarioId}:`);
    const depths = [...new Set(chain.map((r) => r.depth))].sort((a, b) => a - b);
    for (const depth of depths) {
      const files = chain
        .filter((r) => r.depth === depth)
        .map((r) => `${r.url.split('/').pop()} ${(r.bytes / 1024).toFixed(1)} kB${r.beforeReady ? '' : '*'}`);
      lines.push(`    ${depth}: ${files.join(', ')}`);
    }
  }
  return lines.join('\n');
}
