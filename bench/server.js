// A tiny static file server for the benchmark pages: serves the repo root (dist/, content/,
// node_modules/, bench/pages/) gzip-compressed, as a CDN would, so all pages pay realistic
// wire sizes. No dependencies, so the numbers don't depend on a dev server's behaviour.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Starts the server on a free loopback port; resolves to { server, origin }. */
export function startServer(root = ROOT) {
  // Files are compressed once (level 9, like a CDN's pre-compressed assets) and kept in memory,
  // so compression time never shows up in the measured load.
  const cache = new Map();
  async function load(file) {
    if (!cache.has(file)) {
      cache.set(file, readFile(file).then((body) => ({ body, gzip: gzipSync(body, { level: 9 }) })));
    }
    return cache.get(file);
  }

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden');
    let entry;
    try {
      entry = await load(file);
    } catch {
      cache.delete(file);
      return send(res, 404, 'Not found');
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// `node bench/server.js` writes the pages and serves them for a look in a browser.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { PAGES, writePages } = await import('./pages.js');
  writePages();
  const { origin } = await startServer();
  for (const path of Object.values(PAGES)) console.log(origin + path);
}
