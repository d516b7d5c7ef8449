// Compares our <profile-scan> with SurveyJS showing the same 20 statements: JS+CSS bytes on the
// wire, time until the first statement can be answered, and main-thread scripting time.
// Usage: npm run bench [-- --runs N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.js';
import { PAGES, writePages } from './pages.js';

const CPU_THROTTLING = 4;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg === -1 ? 7 : Number(process.argv[runsArg + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive whole number');

const METRICS = {
  bytes: 'JS+CSS transferred (gzip, kB)',
  requests: 'JS+CSS requests',
  interactiveMs: 'First statement interactive (ms)',
  scriptMs: 'Main-thread scripting (ms)',
};

// Installed in every new document before its own scripts run, and checked on every animation
// frame from the first one: records when the first radio of the first statement exists, is
// enabled and is rendered. (A poll started by page.waitForFunction alone begins only once the
// page's blocking scripts are done, which read SurveyJS 100-170 ms late.) It also calls a CDP
// binding, so the scripting time is read at that moment rather than a few frames later.
function recordFirstStatementInteractive() {
  const interactive = () => {
    const scan = document.querySelector('profile-scan');
    const input = scan
      ? scan.shadowRoot?.querySelector('fieldset[data-statement] input[type=radio]')
      : document.querySelector('.sd-question input[type=radio]');
    if (!input || input.disabled || !input.checkVisibility({ visibilityProperty: true })) return false;
    // Custom-styled radios hide the native input, so the box that must be on screen is the label's.
    const box = (input.closest('label') ?? input).getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const poll = () => {
    if (!interactive()) return requestAnimationFrame(poll);
    window.__firstStatementInteractive = performance.now();
    window.__benchInteractive('');
  };
  requestAnimationFrame(poll);
}

async function measure(browser, url) {
  // A fresh incognito-like context per run: no cookies, storage or cache from earlier runs.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });

    const types = new Map();
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (!['Script', 'Stylesheet'].includes(types.get(requestId))) return;
      bytes += encodedDataLength; // body as sent (gzip) plus response headers
      requests += 1;
    });

    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const before = await scriptSeconds();
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchInteractive' });
    const atInteractive = new Promise((resolve) =>
      cdp.on('Runtime.bindingCalled', ({ name }) => name === '__benchInteractive' && resolve(scriptSeconds())),
    );
    await page.evaluateOnNewDocument(recordFirstStatementInteractive);

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const ready = await page.waitForFunction(() => window.__firstStatementInteractive, { polling: 'raf', timeout: 60_000 });
    const interactiveMs = await ready.jsonValue();
    const scriptMs = ((await atInteractive) - before) * 1000;
    // Chunks fetched after the first statement shows still cost the visitor bytes.
    await page.waitForNetworkIdle({ idleTime: 500 });
    return { bytes, requests, interactiveMs, scriptMs };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

writePages();
const { server, origin } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  defaultViewport: { width: 1280, height: 800 },
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Only the local server is reachable: SurveyJS's theme asks Google Fonts for Open Sans,
    // which would make results depend on the network (it is a font, not JS or CSS).
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

try {
  const chromium = await browser.version();
  console.log(`${chromium}, CPU throttling ${CPU_THROTTLING}x, ${RUNS} runs per page (+1 warm-up)`);
  const runs = { widget: [], surveyjs: [] };
  // One unrecorded warm-up each, then alternate the pages so drift in the machine's load hits both.
  for (const name of Object.keys(runs)) await measure(browser, origin + PAGES[name]);
  for (let i = 0; i < RUNS; i++) {
    for (const name of Object.keys(runs)) {
      const result = await measure(browser, origin + PAGES[name]);
      runs[name].push(result);
      const rounded = Object.entries(result).map(([metric, value]) => `${metric} ${Math.round(value)}`);
      console.log(`  run ${i + 1} ${name.padEnd(8)} ${rounded.join(', ')}`);
    }
  }

  const medians = {};
  for (const [name, list] of Object.entries(runs)) {
    medians[name] = Object.fromEntries(Object.keys(METRICS).map((m) => [m, median(list.map((r) => r[m]))]));
  }
  const ratios = Object.fromEntries(Object.keys(METRICS).map((m) => [m, medians.widget[m] / medians.surveyjs[m]]));

  const show = (metric, value) => (metric === 'bytes' ? (value / 1024).toFixed(1) : value.toFixed(0));
  const rows = [['Median of ' + RUNS + ' runs', 'ours', 'SurveyJS', 'ours/theirs']];
  for (const [m, label] of Object.entries(METRICS)) {
    rows.push([label, show(m, medians.widget[m]), show(m, medians.surveyjs[m]), ratios[m].toFixed(2)]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r) => r.map((cell, col) => (col ? cell.padStart(widths[col]) : cell.padEnd(widths[col]))).join('  ');
  console.log(['', line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'));

  const version = (pkg) => JSON.parse(readFileSync(new URL(`../${pkg}package.json`, import.meta.url), 'utf8')).version;
  mkdirSync(new URL('../bench-results/', import.meta.url), { recursive: true });
  const out = new URL('../bench-results/bench.json', import.meta.url);
  const report = {
    date: new Date().toISOString(),
    chromium,
    cpuThrottling: CPU_THROTTLING,
    runsPerPage: RUNS,
    versions: { ours: version(''), surveyCore: version('node_modules/survey-core/'), surveyJsUi: version('node_modules/survey-js-ui/') },
    metrics: { ...METRICS, bytes: 'JS+CSS transferred (gzip, bytes incl. response headers)' },
    pages: PAGES,
    runs,
    medians,
    ratios,
  };
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log('\nWritten to bench-results/bench.json');
} finally {
  await browser.close();
  server.close();
}
