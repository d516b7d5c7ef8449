// Loads three pages showing the same 20 statements - ours (the README embed), SurveyJS and a
// framework-free floor - in headless Chromium with the CPU throttled 4x, without and with a slow
// mobile network, and reports bytes, requests, fetches in a row, time to the first usable screen
// and main-thread scripting. Usage: npm run bench [-- --runs N] [-- --json]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.js';
import { PAGES, writePages } from './pages.js';
import { formatChains, formatTable, summarize } from './report.js';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg === -1 ? 7 : Number(args[runsArg + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive whole number');
const JSON_OUT = args.includes('--json');
// With --json, stdout carries only the JSON; everything for people goes to stderr.
const log = (text = '') => (JSON_OUT ? process.stderr : process.stdout).write(text + '\n');

const CPU_THROTTLING = 4;

/** Network conditions, each applied with Network.emulateNetworkConditions (throughput in bytes/s). */
const CONDITIONS = {
  'no-throttling': { label: 'no network throttling', network: undefined },
  'slow-mobile': {
    label: 'slow mobile network: 150 ms latency, 1.6 Mbps down, 750 Kbps up',
    network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
};

/**
 * What a visitor meets. The same scenario runs on all three pages; only ours reads the stored
 * state, the others show their statements either way.
 * - first-visit: empty storage. Ours opens on an intro with a Start button; ready = that button
 *   (or a statement, whichever comes first) can be clicked.
 * - statements: state saved by an earlier visit (unit chosen, no answers), so ours opens on the
 *   statements like the other two; ready = the first statement's radio can be clicked.
 */
const SCENARIOS = {
  'first-visit': { target: 'first-screen', stored: undefined },
  statements: {
    target: 'statement',
    stored: { key: 'informeel-leren/v1', value: JSON.stringify({ answers: {}, seed: 1, submitted: false, unit: 'team' }) },
  },
};

/**
 * Runs in every new document before the page's own scripts (evaluateOnNewDocument): stores the
 * scenario's state, then checks on every animation frame, from the first one, whether the
 * target control exists, is enabled, is rendered and is the topmost element at its centre. Our
 * widget's controls are looked up in the shadow root of <profile-scan>. The first hit calls a
 * CDP binding, so the runner reads the scripting time at that moment.
 */
function watchReady(target, stored) {
  if (stored) localStorage.setItem(stored.key, stored.value);
  const clickable = (control, root) => {
    if (!control || control.disabled || !control.checkVisibility({ visibilityProperty: true })) return false;
    // Custom-styled radios hide the native input; the label is what must be on screen and on top.
    const area = control.closest('label') ?? control;
    const box = area.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    const hit = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && area.contains(hit);
  };
  const readyControl = () => {
    const scan = document.querySelector('profile-scan');
    const root = scan ? scan.shadowRoot : document;
    if (!root) return undefined;
    const radio = root.querySelector('fieldset[data-statement] input[type=radio], .sd-question input[type=radio]');
    if (clickable(radio, root)) return 'statement radio';
    if (target === 'first-screen' && scan) {
      const button = root.querySelector('button[part~="primary-button"]');
      if (clickable(button, root)) return `button "${button.textContent.trim()}"`;
    }
    return undefined;
  };
  const poll = () => {
    const control = readyControl();
    if (!control) return requestAnimationFrame(poll);
    window.__benchReady(JSON.stringify({ ms: performance.now(), control }));
  };
  requestAnimationFrame(poll);
}

/** URL of the script or document that asked for a request (CDP Network.Initiator). */
function initiatorUrl(initiator) {
  if (initiator.url) return initiator.url; // parser (document, stylesheet) or static module import
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    if (stack.callFrames.length) return stack.callFrames[0].url; // dynamic import(), fetch, …
  }
  return undefined;
}

/** One load of one page in a fresh browser context with the cache disabled. */
async function measure(browser, url, condition, scenario) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await cdp.send('Performance.enable');

    const requests = new Map(); // requestId -> { url, type, parentUrl, bytes, state }
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type, initiator }) => {
      requests.set(requestId, { url: request.url, type, parentUrl: initiatorUrl(initiator), bytes: 0, state: 'pending' });
    });
    cdp.on('Network.responseReceived', ({ requestId, type }) => requests.has(requestId) && (requests.get(requestId).type = type));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (request) Object.assign(request, { bytes: encodedDataLength, state: 'finished' }); // gzip body + headers
    });
    cdp.on('Network.loadingFailed', ({ requestId }) => requests.has(requestId) && (requests.get(requestId).state = 'failed'));

    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const before = await scriptSeconds();
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchReady' });
    const ready = new Promise((resolve, reject) => {
      cdp.on('Runtime.bindingCalled', async ({ name, payload }) => {
        if (name === '__benchReady') resolve({ ...JSON.parse(payload), scriptSeconds: await scriptSeconds() });
      });
      setTimeout(() => reject(new Error(`${url}: not ready after 60 s`)), 60_000).unref();
    });
    await page.evaluateOnNewDocument(watchReady, scenario.target, scenario.stored);

    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const { ms: readyMs, control, scriptSeconds: atReady } = await ready;
    // Chunks fetched after the first screen still cost the visitor bytes: count until idle.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    const { documentMs, resources } = await page.evaluate(() => ({
      documentMs: performance.getEntriesByType('navigation')[0].responseEnd,
      resources: performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd]),
    }));
    const responseEnd = new Map(resources);

    // Depth of each request: the document is 0, every other request one more than the request
    // whose response (document, stylesheet or script) asked for it.
    const list = [...requests.values()];
    const byUrl = new Map();
    for (const request of list) {
      const parent = byUrl.get(request.parentUrl);
      request.depth = request.type === 'Document' && !byUrl.size ? 0 : parent ? parent.depth + 1 : 1;
      request.beforeReady = request.depth === 0 || (responseEnd.get(request.url) ?? Infinity) <= readyMs;
      if (!byUrl.has(request.url)) byUrl.set(request.url, request);
    }
    const finished = list.filter((r) => r.state === 'finished');
    const sum = (items) => items.reduce((total, r) => total + r.bytes, 0);
    return {
      readyMs,
      control,
      scriptMs: (atReady - before) * 1000,
      documentMs, // the HTML fully received: shows the network conditions at work
      bytes: sum(finished),
      bytesBeforeReady: sum(finished.filter((r) => r.beforeReady)),
      jsCssBytes: sum(finished.filter((r) => r.type === 'Script' || r.type === 'Stylesheet')),
      requests: finished.length,
      failedRequests: list.length - finished.length,
      fetchesInARow: Math.max(...finished.filter((r) => r.beforeReady).map((r) => r.depth)),
      chain: finished.map(({ url, type, depth, bytes, beforeReady }) => ({
        url: url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, ''),
        type,
        depth,
        bytes,
        beforeReady,
      })),
    };
  } finally {
    await context.close();
  }
}

function describeSetup(chromium) {
  const version = (dir) => JSON.parse(readFileSync(new URL(`../${dir}package.json`, import.meta.url), 'utf8')).version;
  let commit;
  try {
    commit = execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    commit = undefined;
  }
  return {
    date: new Date().toISOString(),
    chromium,
    node: process.version,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      // Other work on the machine adds noise; the 1-minute load average before and after tells how much.
      loadAverage: { start: os.loadavg()[0] },
    },
    versions: {
      ours: version(''),
      commit,
      surveyCore: version('node_modules/survey-core/'),
      surveyJsUi: version('node_modules/survey-js-ui/'),
      puppeteerCore: version('node_modules/puppeteer-core/'),
    },
    cpuThrottling: CPU_THROTTLING,
    viewport: '1280x800',
    runsPerPage: RUNS,
    conditions: Object.fromEntries(Object.entries(CONDITIONS).map(([id, c]) => [id, { label: c.label, ...c.network }])),
    scenarios: SCENARIOS,
    pages: PAGES,
  };
}

writePages();
const { server, origin } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  defaultViewport: { width: 1280, height: 800 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Only the local server is reachable: SurveyJS's theme asks Google Fonts for Open Sans,
    // which would make results depend on the internet (it is a font, not needed to answer).
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

try {
  const setup = describeSetup(await browser.version());
  log(`${setup.chromium}, CPU throttling ${CPU_THROTTLING}x, ${RUNS} runs per page, scenario and network`);
  log(`${setup.machine.cpus} CPUs, load average ${setup.machine.loadAverage.start.toFixed(1)}`);
  const pages = Object.keys(PAGES);

  // One unrecorded warm-up per page and scenario (server cache, disk cache, browser start-up).
  for (const scenario of Object.values(SCENARIOS)) {
    for (const page of pages) await measure(browser, origin + PAGES[page], CONDITIONS['no-throttling'], scenario);
  }

  // runs[condition][scenario][page] = one result per run. The pages take turns (A B C A B C …)
  // so drift in the machine's load hits all three alike.
  const runs = {};
  for (const [conditionId, condition] of Object.entries(CONDITIONS)) {
    log(`\n${condition.label}`);
    runs[conditionId] = {};
    for (let i = 0; i < RUNS; i++) {
      const line = [];
      for (const [scenarioId, scenario] of Object.entries(SCENARIOS)) {
        const results = (runs[conditionId][scenarioId] ??= Object.fromEntries(pages.map((p) => [p, []])));
        const times = [];
        for (const page of pages) {
          const result = await measure(browser, origin + PAGES[page], condition, scenario);
          results[page].push(result);
          times.push(`${page} ${Math.round(result.readyMs)}`);
        }
        line.push(`${scenarioId}: ${times.join(', ')}`);
      }
      log(`  run ${i + 1}/${RUNS} (ms)  ${line.join('  |  ')}`);
    }
  }

  const summary = summarize(runs);
  for (const [conditionId, condition] of Object.entries(CONDITIONS)) {
    log(`\n${formatTable(summary[conditionId], `${condition.label}, CPU ${CPU_THROTTLING}x - median (min-max) of ${RUNS} runs`)}`);
  }
  // The request chain is the same under every network; timing decides only what lands before "ready".
  const lastRun = (conditionId, scenarioId) => runs[conditionId][scenarioId].ours.at(-1).chain;
  log(`\nOur requests by depth (last run, ${CONDITIONS['slow-mobile'].label}; * = arrived after ready):`);
  log(formatChains({ 'first-visit': lastRun('slow-mobile', 'first-visit'), statements: lastRun('slow-mobile', 'statements') }));

  setup.machine.loadAverage.end = os.loadavg()[0];
  // Every run's numbers, but the requests of the last run only (it keeps the file readable).
  const perPage = (fn) => {
    const out = {};
    for (const [conditionId, scenarios] of Object.entries(runs)) {
      for (const [scenarioId, pages] of Object.entries(scenarios)) {
        for (const [page, list] of Object.entries(pages)) ((out[conditionId] ??= {})[scenarioId] ??= {})[page] = fn(list);
      }
    }
    return out;
  };
  const report = {
    ...setup,
    summary,
    requestsOfLastRun: perPage((list) => list.at(-1).chain),
    runs: perPage((list) => list.map(({ chain, ...numbers }) => numbers)),
  };
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
  log(`\nLoad average at the end ${setup.machine.loadAverage.end.toFixed(1)}. Written to bench/results.json`);
  if (JSON_OUT) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} finally {
  await browser.close();
  server.close();
}
