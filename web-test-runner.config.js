import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { strictCsp } from './scripts/strict-csp.js';
import { networkEmulation } from './scripts/wtr-network.js';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** `executeServerCommand('emulate-forced-colors', 'active' | 'none')`: Windows high-contrast mode, which emulateMedia lacks. */
function forcedColors() {
  const sessions = new WeakMap(); // emulation lasts as long as its DevTools session
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
}

export default {
  middleware: [strictCsp],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    forcedColors(),
    networkEmulation(),
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
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
    }),
  ],
};
