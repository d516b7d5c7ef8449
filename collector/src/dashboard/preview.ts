/**
 * A collector with two years of synthetic submissions and the dashboard, to look at the page
 * before real data arrives: `node --import tsx collector/src/dashboard/preview.ts [port]`.
 * The data lives in a temporary PGlite folder that is removed on exit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { migrate } from '../migrate.ts';
import { buildServer } from '../server.ts';
import { openPglite } from '../storage.ts';
import { dashboardRoutes } from './routes.ts';
import { previewSample, storeSample } from './sample-data.ts';

const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build-dashboard.js', import.meta.url));

const port = Number(process.argv[2] ?? process.env.PORT ?? 8790);
const folder = mkdtempSync(join(tmpdir(), 'dashboard-preview-'));
execFileSync(process.execPath, [BUILD_SCRIPT], { stdio: 'inherit' });
const storage = await openPglite(folder);
await migrate(storage);
const stored = await storeSample(storage, previewSample());
const app = await buildServer({ storage, plugins: [dashboardRoutes] });
const address = await app.listen({ port, host: '127.0.0.1' });
console.log(`${stored} synthetic submissions; dashboard at ${address}/dashboard (Ctrl+C stops and removes the data)`);

const stop = async () => {
  await app.close();
  await storage.close();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
