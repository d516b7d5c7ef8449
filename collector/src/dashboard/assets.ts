/**
 * The built dashboard (collector/dist/dashboard/, made by collector/scripts/build-dashboard.js),
 * read into memory once: a handful of small files, served without touching the disk again and
 * without any path from the request reaching the file system.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the build writes the page. */
export const DEFAULT_BUILD_FOLDER = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

/** One built file. */
export interface Asset {
  body: Buffer;
  contentType: string;
}

/** The page and its files. */
export interface DashboardBuild {
  /** index.html as written by the build. */
  html: string;
  /** Files of assets/, by file name. */
  assets: ReadonlyMap<string, Asset>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Thrown when the build folder is missing or incomplete. */
export class DashboardNotBuilt extends Error {
  constructor(folder: string, cause: unknown) {
    super(`the dashboard is not built in ${folder}: run "node collector/scripts/build-dashboard.js" first`, { cause });
  }
}

/** Reads the built page and every file of its assets folder. */
export async function readDashboardBuild(folder: string = DEFAULT_BUILD_FOLDER): Promise<DashboardBuild> {
  try {
    const html = await readFile(join(folder, 'index.html'), 'utf8');
    const assets = new Map<string, Asset>();
    for (const name of await readdir(join(folder, 'assets'))) {
      const contentType = CONTENT_TYPES[extname(name)];
      if (!contentType) continue;
      assets.set(name, { body: await readFile(join(folder, 'assets', name)), contentType });
    }
    return { html, assets };
  } catch (error) {
    throw new DashboardNotBuilt(folder, error);
  }
}
