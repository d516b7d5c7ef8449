#!/usr/bin/env node
// Loads the built bundle the way a visitor does, under network latency, and reports what the
// first screen costs: time until it can be used, the files and gzip bytes fetched before that,
// the longest chain of fetches that each waited for the previous one (by timing), and layout shift.
//   node scripts/load-timing.js [--runs 5] [--latency 150] [--cpu 1] [--page test/fixtures/partner.html] [--h1]
// Run `npm run build:cdn` first. Chromium comes from /usr/bin/chromium (or CHROMIUM_PATH);
// the files are served over HTTP/2 with gzip, as a CDN serves them (--h1: HTTP/1.1).
// Two visits per run: a first visit (the intro with its Start button) and a returning visitor
// whose saved answers open the statements directly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const RUNS = Number(arg('runs', 5));
const LATENCY = Number(arg('latency', 150));
const CPU = Number(arg('cpu', 1));
const PAGE = arg('page', 'test/fixtures/partner.html');
const HTTP1 = process.argv.includes('--h1');
const ROOT = resolve('.');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

function handler(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT + sep)) return void res.writeHead(403).end();
  let body;
  try {
    body = gzipSync(readFileSync(file), { level: 9 });
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
  res.end(body);
}

function startServer() {
  let server;
  let certDir;
  if (HTTP1) server = createServer(handler);
  else {
    certDir = mkdtempSync(join(tmpdir(), 'load-timing-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
    server = createSecureServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')), allowHTTP1: true }, handler);
  }
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      if (certDir) rmSync(certDir, { recursive: true });
      done({ server, origin: `${HTTP1 ? 'http' : 'https'}://127.0.0.1:${server.address().port}` });
    }),
  );
}

// In every document before its scripts: watches for the screen to be usable and records layout shifts.
function instrument(wanted) {
  window.__shifts = [];
  window.__shiftSources = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push(entry.value);
      const moved = entry.sources.map((s) => `${s.node?.localName ?? s.node?.nodeName}: ${Math.round(s.previousRect.y)},${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.y)},${Math.round(s.currentRect.height)}`);
      window.__shiftSources.push(`${Math.round(entry.startTime)} ms ${entry.value.toFixed(4)} ${moved.join('; ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const usable = () => {
    const root = document.querySelector('profile-scan')?.shadowRoot;
    const target = wanted === 'intro' ? root?.querySelector('button.primary') : root?.querySelector('fieldset[data-statement] input[type=radio]');
    if (!target || target.disabled) return false;
    const box = (target.closest('label') ?? target).getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const poll = () => {
    if (!usable()) return requestAnimationFrame(poll);
    window.__ready = performance.now();
    window.__loadTimingReady('');
  };
  requestAnimationFrame(poll);
}

async function visit(browser, url, wanted) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY, downloadThroughput: -1, uploadThroughput: -1 });
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const requests = new Map();
    let readyAt = Infinity; // CDP monotonic seconds
    cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator, timestamp }) => {
      const parent = initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? initiator.stack?.parent?.callFrames?.[0]?.url;
      requests.set(requestId, { url: request.url, parent, start: timestamp });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
      const request = requests.get(requestId);
      if (request) Object.assign(request, { end: timestamp, bytes: encodedDataLength });
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__loadTimingReady' });
    const ready = new Promise((done) => cdp.on('Runtime.bindingCalled', ({ name, executionContextId }) => name === '__loadTimingReady' && done(executionContextId)));
    if (wanted === 'statements') {
      await page.evaluateOnNewDocument(() =>
        localStorage.setItem('informeel-leren/v1/partner-page', JSON.stringify({ unit: 'team', answers: {}, seed: 1, submitted: false })),
      );
    }
    await page.evaluateOnNewDocument(instrument, wanted);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await ready;
    readyAt = (await cdp.send('Runtime.evaluate', { expression: 'performance.timeOrigin/1000 + __ready/1000', returnByValue: true })).result.value;
    const readyMs = await page.evaluate(() => window.__ready);
    await page.waitForNetworkIdle({ idleTime: 1000 });
    await new Promise((r) => setTimeout(r, 300));
    const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    const shifts = await page.evaluate(() => window.__shiftSources);
    // Wall-clock of the CDP timestamps: map through the document's own request.
    const all = [...requests.values()].filter((r) => r.end !== undefined);
    const documentRequest = all.find((r) => r.url === url);
    const wallOffset = (await cdp.send('Runtime.evaluate', { expression: 'performance.timeOrigin/1000', returnByValue: true })).result.value - documentRequest.start;
    const beforeReady = all.filter((r) => r.url !== url && r.end + wallOffset <= readyAt);
    // Depth: how many fetches in a row, each starting only after the one before it had arrived
    // (found by running or parsing it, or waiting for it as a module the importer needs first).
    // By timing, not by initiator: an entry that imports a file before it runs makes everything
    // it starts wait one more round trip, although the entry is their initiator.
    const timed = [documentRequest, ...beforeReady].sort((a, b) => a.start - b.start);
    const longest = new Map([[documentRequest, { depth: 0, previous: undefined }]]);
    for (const r of timed.slice(1)) {
      const previous = timed.filter((q) => longest.has(q) && q.end <= r.start).reduce((a, b) => (longest.get(b).depth > longest.get(a).depth ? b : a), documentRequest);
      longest.set(r, { depth: longest.get(previous).depth + 1, previous });
    }
    const chain = (r) => (r && r !== documentRequest ? [...chain(longest.get(r).previous), r.url.split('/').pop()] : []);
    const deepest = beforeReady.reduce((a, b) => (longest.get(b).depth > longest.get(a ?? b).depth ? b : a ?? b), undefined);
    const depth = (r) => longest.get(r).depth;
    return {
      readyMs,
      files: beforeReady.length,
      kb: beforeReady.reduce((s, r) => s + r.bytes, 0) / 1024,
      depth: deepest ? depth(deepest) : 0,
      chain: chain(deepest).join(' → '),
      totalKb: all.filter((r) => r.url !== url).reduce((s, r) => s + r.bytes, 0) / 1024,
      totalFiles: all.length - 1,
      cls,
      shifts,
      list: beforeReady.map((r) => `${r.url.split('/').pop()} (depth ${depth(r)})`),
    };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const { server, origin } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  defaultViewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--ignore-certificate-errors'],
});
try {
  console.log(`${await browser.version()}, ${HTTP1 ? 'HTTP/1.1' : 'HTTP/2'}, latency ${LATENCY} ms, CPU ${CPU}x, ${RUNS} runs, ${PAGE}`);
  for (const wanted of ['intro', 'statements']) {
    await visit(browser, `${origin}/${PAGE}`, wanted); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, `${origin}/${PAGE}`, wanted));
    const last = runs.at(-1);
    console.log(`\n${wanted === 'intro' ? 'first visit: intro with Start usable' : 'returning visitor: first statement usable'}`);
    console.log(`  time (median)      ${median(runs.map((r) => r.readyMs)).toFixed(0)} ms   [${runs.map((r) => r.readyMs.toFixed(0)).join(', ')}]`);
    console.log(`  fetched before     ${last.files} files, ${last.kb.toFixed(1)} KB (gzip + headers)`);
    console.log(`  fetches in a row   ${Math.max(...runs.map((r) => r.depth))} after the HTML: ${last.chain}`);
    console.log(`  whole page, idle   ${last.totalFiles} files, ${last.totalKb.toFixed(1)} KB`);
    console.log(`  layout shift       ${Math.max(...runs.map((r) => r.cls)).toFixed(4)} (worst run)`);
    if (process.argv.includes('--verbose')) console.log(`  ${[...last.list, ...last.shifts].join('\n  ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
