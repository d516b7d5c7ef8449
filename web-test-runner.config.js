// Browser tests. One engine per run, chosen by WTR_ENGINE (default: chromium):
//   chromium  /usr/bin/chromium through puppeteer-core over CDP
//   firefox   /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through a running WebKitWebDriver (port WEBKIT_DRIVER_PORT)
// WTR_PREFERENCES=1 runs test/keyboard-and-host.test.ts (the keyboard flow and the "user
// preferences" tests) in a browser started with forced colours and/or reduced motion switched on
// by the engine's own settings (Firefox prefs; for WebKitGTK the GTK setting that
// scripts/run-browser-tests.js hands to the driver).
// `npm test` runs every engine through scripts/run-browser-tests.js.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strictCsp } from './scripts/strict-csp.js';
import { networkEmulation, printToPdf } from './scripts/wtr-network.js';
import { collectorCommands } from './scripts/wtr-collector.js';

const engine = process.env.WTR_ENGINE ?? 'chromium';
const preferencesPass = process.env.WTR_PREFERENCES === '1';

/**
 * What each engine can show of the media features the tests need. 'emulated': switched per test
 * over CDP; 'preference': on for the whole run (preferences pass only); a string: why it cannot run here.
 */
const MEDIA = {
  chromium: {
    print: 'emulated',
    forcedColors: 'emulated',
    reducedMotion: 'emulated',
  },
  firefox: {
    print: 'print media emulation needs CDP (Chromium only)',
    forcedColors: preferencesPass ? 'preference' : 'runs in the Firefox preferences pass (browser.display.document_color_use=2)',
    reducedMotion: preferencesPass ? 'preference' : 'runs in the Firefox preferences pass (ui.prefersReducedMotion=1)',
  },
  webkit: {
    print: 'print media emulation needs CDP (Chromium only)',
    forcedColors: 'WebKitGTK has no forced-colours mode and WebDriver cannot emulate it',
    reducedMotion: preferencesPass ? 'preference' : 'runs in the WebKit preferences pass (GTK gtk-enable-animations=0)',
  },
};
if (!MEDIA[engine]) throw new Error(`WTR_ENGINE must be chromium, firefox or webkit, not "${engine}"`);

/**
 * `executeServerCommand('media-support')` tells a test what this engine can show (see MEDIA);
 * `executeServerCommand('emulate-forced-colors', 'active' | 'none')` switches Windows high-contrast
 * mode over CDP (emulateMedia lacks it).
 */
function mediaSupport() {
  const sessions = new WeakMap(); // emulation lasts as long as its DevTools session
  return {
    name: 'media-support',
    async executeCommand({ command, payload, session }) {
      if (command === 'media-support') return { engine, ...MEDIA[engine] };
      if (command !== 'emulate-forced-colors') return undefined;
      if (MEDIA[engine].forcedColors !== 'emulated') throw new Error(`forced-colours emulation needs CDP; not available in ${engine}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
}

/** Lists every skipped test with its title (which states the reason) and, for the wrapper, writes the counts to WTR_SUMMARY_FILE. */
function skippedTestsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const skipped = new Set();
      const walk = (suite, path, file) => {
        for (const test of suite.tests) {
          if (test.skipped) {
            counts.skipped++;
            skipped.add(`${file}: ${[...path, test.name].join(' › ')}`);
          } else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites) walk(child, [...path, child.name], file);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, [], session.testFile.replace(process.cwd() + '/', ''));
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) counts.failed++;
      }
      if (skipped.size) {
        console.log(`\nSkipped in ${engine}${preferencesPass ? ' (preferences pass)' : ''}:`);
        for (const line of skipped) console.log(`  - ${line}`);
      }
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify({ ...counts, skippedTests: [...skipped] }));
    },
  };
}

/**
 * `/demo/csp.html?trusted-types=lit-html` (or `=none`) adds Trusted Types enforcement to the strict
 * policy, allowing only lit-html's policy (or none), as the README's host recipe describes.
 */
function trustedTypes(context, next) {
  const allowed = { 'lit-html': 'lit-html', none: "'none'" }[context.query['trusted-types']];
  if (context.path.endsWith('/demo/csp.html') && allowed) {
    context.set('Content-Security-Policy', `default-src 'self'; require-trusted-types-for 'script'; trusted-types ${allowed}`);
  }
  return next();
}

function browser() {
  if (engine === 'chromium') {
    return chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    });
  }
  if (engine === 'firefox') {
    return import('puppeteer-core').then((puppeteer) =>
      chromeLauncher({
        puppeteer, // puppeteer-core as the "custom puppeteer": no browser download, reported as Firefox
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          headless: true,
          extraPrefsFirefox: preferencesPass ? { 'ui.prefersReducedMotion': 1, 'browser.display.document_color_use': 2 } : {},
        },
      }),
    );
  }
  return import('@web/test-runner-webdriver').then(({ webdriverLauncher }) =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

export default {
  middleware: [strictCsp, trustedTypes],
  files: preferencesPass ? ['test/keyboard-and-host.test.ts'] : ['test/**/*.test.ts'],
  nodeResolve: true,
  // Firefox and WebKit run one test file at a time: keys sent to a background tab are lost.
  concurrency: engine === 'chromium' ? 2 : 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), skippedTestsReporter()],
  plugins: [
    mediaSupport(),
    networkEmulation(),
    printToPdf(),
    collectorCommands(),
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [await browser()],
};
