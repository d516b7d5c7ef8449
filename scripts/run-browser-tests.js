#!/usr/bin/env node
/**
 * Runs the browser tests in every engine installed: Chromium, Firefox (firefox-esr) and WebKit
 * (WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual X display). One engine after
 * the other, each with web-test-runner.config.js; Firefox and WebKit get a second, short pass
 * with forced colours / reduced motion switched on by their own settings.
 *
 *   node scripts/run-browser-tests.js [--engines=chromium,firefox,webkit] [web-test-runner args…]
 *
 * An engine that is not installed is skipped with a warning at the end that names the command
 * to install it; with REQUIRE_ALL_ENGINES=1 (set by .ci/run) a missing engine fails the run.
 * Paths: CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER, WEBKIT_BROWSER.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const INSTALL = {
  chromium: 'sudo apt-get install -y chromium',
  firefox: 'sudo apt-get install -y --no-install-recommends firefox-esr',
  webkit: 'sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth',
};
const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const args = process.argv.slice(2);
const engineArg = args.find((a) => a.startsWith('--engines='));
const wtrArgs = args.filter((a) => a !== engineArg);
const chosen = (engineArg?.slice('--engines='.length) ?? process.env.TEST_ENGINES ?? ENGINES.join(','))
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
for (const engine of chosen) if (!ENGINES.includes(engine)) fail(`unknown engine "${engine}" (use ${ENGINES.join(', ')})`);
const requireAll = process.env.REQUIRE_ALL_ENGINES === '1';
// The preferences passes run the "user preferences" tests; skip them when only some files were asked for.
const onlySomeFiles = wtrArgs.some((a) => !a.startsWith('-'));

// The package's bin, beside its main module (the package exports neither path).
const wtrBin = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');

function fail(message) {
  console.error(`run-browser-tests: ${message}`);
  process.exit(2);
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && executable(join(dir, command))) return join(dir, command);
  return undefined;
}

/** What is missing for an engine, or undefined when it can run. */
function missing(engine) {
  if (engine === 'chromium') {
    const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    return executable(path) ? undefined : `${path} not found`;
  }
  if (engine === 'firefox') {
    const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
    return executable(path) ? undefined : `${path} not found`;
  }
  const lacking = [];
  if (!(process.env.WEBKIT_DRIVER ? executable(process.env.WEBKIT_DRIVER) : which('WebKitWebDriver'))) lacking.push('WebKitWebDriver');
  if (!executable(WEBKIT_BROWSER)) lacking.push(WEBKIT_BROWSER);
  if (!which('xvfb-run') || !which('xauth')) lacking.push('xvfb-run/xauth (MiniBrowser needs an X display)');
  return lacking.length ? `${lacking.join(', ')} not found` : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, commandArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A fresh WebKitWebDriver on its own virtual display (a long-lived driver slows runs down). */
async function startWebKitDriver({ reducedMotion }) {
  const port = await freePort();
  const env = { ...process.env };
  let config;
  if (reducedMotion) {
    // WebKitGTK matches prefers-reduced-motion when GTK animations are off.
    config = mkdtempSync(join(tmpdir(), 'webkit-prefs-'));
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
    env.XDG_CONFIG_HOME = config;
  }
  const driver = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver';
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', driver, `--port=${port}`], {
    env,
    stdio: 'ignore',
    detached: true, // its own process group: stopping it stops Xvfb and MiniBrowser too
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    try {
      if (!exited) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (config) rmSync(config, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (let i = 0; i < 100; i++) {
    if (exited) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('WebKitWebDriver did not start');
}

/** One web-test-runner run; returns its counts. */
async function pass(engine, preferences) {
  const summaryDir = mkdtempSync(join(tmpdir(), 'wtr-summary-'));
  const summaryFile = join(summaryDir, 'summary.json');
  const env = { WTR_ENGINE: engine, WTR_PREFERENCES: preferences ? '1' : '', WTR_SUMMARY_FILE: summaryFile };
  let driver;
  try {
    if (engine === 'webkit') {
      driver = await startWebKitDriver({ reducedMotion: preferences });
      env.WEBKIT_DRIVER_PORT = String(driver.port);
    }
    const code = await run(process.execPath, [wtrBin, '--config', 'web-test-runner.config.js', ...(preferences ? [] : wtrArgs)], env);
    let counts = { passed: 0, failed: 0, skipped: 0 };
    try {
      counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
    } catch {
      // no summary: the runner did not get as far as running tests
    }
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return { code, ...counts };
  } catch (error) {
    console.error(`${engine}: ${error.message}`);
    return { code: 1, passed: 0, failed: 1, skipped: 0 };
  } finally {
    driver?.stop();
    rmSync(summaryDir, { recursive: true, force: true });
  }
}

const results = [];
for (const engine of chosen) {
  const why = missing(engine);
  if (why) {
    results.push({ engine, missing: why });
    continue;
  }
  console.log(`\n=== ${engine} ===`);
  const start = performance.now();
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const passes = onlySomeFiles || engine === 'chromium' ? [false] : [false, true];
  for (const preferences of passes) {
    if (preferences) console.log(`\n=== ${engine}: user preferences set by the engine's own settings ===`);
    const result = await pass(engine, preferences);
    for (const key of Object.keys(totals)) totals[key] += result[key];
  }
  results.push({ engine, ...totals, seconds: (performance.now() - start) / 1000 });
}

console.log('\nBrowser tests per engine:');
for (const r of results) {
  if (r.missing) console.log(`  ${r.engine.padEnd(9)} NOT RUN (${r.missing})`);
  else console.log(`  ${r.engine.padEnd(9)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${r.seconds.toFixed(1)} s`);
}
const skippedEngines = results.filter((r) => r.missing);
if (skippedEngines.length) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}`);
  for (const r of skippedEngines) {
    console.log(`!! ${r.engine.toUpperCase()} WAS NOT TESTED: ${r.missing}.`);
    console.log(`!!   Install it with: ${INSTALL[r.engine]}`);
  }
  if (requireAll) console.log('!! REQUIRE_ALL_ENGINES=1: a missing engine fails the run.');
  console.log(bar);
}
const ran = results.filter((r) => !r.missing);
const sum = (key) => ran.reduce((n, r) => n + r[key], 0);
console.log(`\nbrowsers: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
if (ran.length === 0) fail('no browser engine is installed');
process.exit(sum('failed') > 0 || (requireAll && skippedEngines.length) ? 1 : 0);
