/**
 * The dashboard's routes without a browser: the page and its files, their headers (the strict
 * policy above all), the built language files, and the lists the page shares with the collector.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import Fastify, { type FastifyInstance } from 'fastify';

import { LANGUAGES as DASHBOARD_LANGUAGES, SECTOR_IDS, SIZE_IDS } from '../dashboard/texts.ts';
import { DashboardNotBuilt } from '../src/dashboard/assets.ts';
import { DASHBOARD_CSP, dashboardRoutes } from '../src/dashboard/routes.ts';
import { migrate } from '../src/migrate.ts';
import { buildServer } from '../src/server.ts';
import { openPglite, type Storage } from '../src/storage.ts';
import { LANGUAGES, SECTORS, SIZES, STATEMENTS } from '../src/vocabulary.ts';

const BUILD_SCRIPT = fileURLToPath(new URL('../scripts/build-dashboard.js', import.meta.url));
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'dashboard-routes-'));
const buildFolder = join(work, 'build');
let app: FastifyInstance;

before(async () => {
  execFileSync(process.execPath, [BUILD_SCRIPT, '--out', buildFolder], { stdio: 'pipe' });
  app = Fastify();
  await app.register(dashboardRoutes, { buildFolder });
  await app.ready();
});

after(async () => {
  await app?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The addresses the page loads (script, stylesheet, icon), relative to /dashboard. */
function referencedFiles(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(dashboard\/assets\/[^"]+)"/g)].map((match) => match[1]!);
}

describe('GET /dashboard', () => {
  it('serves the page under the strict policy, with nothing inline', async () => {
    const response = await app.inject({ url: '/dashboard' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['content-security-policy'], DASHBOARD_CSP);
    assert.equal(
      DASHBOARD_CSP,
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    assert.equal(response.headers['cache-control'], 'no-cache');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    const html = response.body;
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /<monitoring-dashboard>/);
    // Every script has a src, there is no <style> element and no style attribute.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\ssrc="/, tag);
    assert.doesNotMatch(html, /<style\b/);
    assert.doesNotMatch(html, /\sstyle=/);
    assert.doesNotMatch(html, /\son[a-z]+=/, 'no inline event handlers');
  });

  it('serves every file the page references, with its type and a long cache life', async () => {
    const html = (await app.inject({ url: '/dashboard' })).body;
    const files = referencedFiles(html);
    assert.deepEqual(files.map((file) => file.replace(/-[A-Z0-9]{8}\./, '-*.')).sort(), [
      'dashboard/assets/dashboard-*.js',
      'dashboard/assets/icon-*.svg',
      'dashboard/assets/page-*.css',
    ]);
    const types: Record<string, string> = {
      js: 'text/javascript; charset=utf-8',
      css: 'text/css; charset=utf-8',
      svg: 'image/svg+xml',
    };
    for (const file of files) {
      const response = await app.inject({ url: `/${file}` });
      assert.equal(response.statusCode, 200, file);
      assert.equal(response.headers['content-type'], types[file.split('.').pop()!], file);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable', file);
    }
  });

  it('sets the page language from ?lang= when it is one of ours, else keeps Dutch', async () => {
    assert.match((await app.inject({ url: '/dashboard?lang=fr' })).body, /<html lang="fr">/);
    assert.match((await app.inject({ url: '/dashboard?lang=en&sector=bouw' })).body, /<html lang="en">/);
    const odd = await app.inject({ url: '/dashboard?lang=%22%3E%3Cscript%3E' });
    assert.equal(odd.statusCode, 200);
    assert.match(odd.body, /<html lang="nl">/);
    assert.doesNotMatch(odd.body, /"><script>/);
  });

  it('sends /dashboard/ to /dashboard, keeping the query', async () => {
    const response = await app.inject({ url: '/dashboard/?lang=en&partner=alfa' });
    assert.equal(response.statusCode, 301);
    assert.equal(response.headers.location, '../dashboard?lang=en&partner=alfa');
  });

  it('answers 404 for files it does not have, also for paths that try to leave the folder', async () => {
    for (const url of [
      '/dashboard/assets/nope.js',
      '/dashboard/assets/..%2F..%2Fpackage.json',
      '/dashboard/assets/%2e%2e%2findex.html',
      '/dashboard/index.html',
    ]) {
      assert.equal((await app.inject({ url })).statusCode, 404, url);
    }
  });

  it('refuses to start without a built page, naming the build command', async () => {
    const bare = Fastify();
    const registering = async () => {
      await bare.register(dashboardRoutes, { buildFolder: join(work, 'missing') });
    };
    await assert.rejects(registering, (error: unknown) => {
      assert.ok(error instanceof DashboardNotBuilt);
      assert.match(error.message, /build-dashboard\.js/);
      return true;
    });
    await bare.close();
  });
});

describe('the dashboard inside the collector', () => {
  let storage: Storage;
  let collector: FastifyInstance;

  before(async () => {
    storage = await openPglite(join(work, 'data'));
    await migrate(storage);
    collector = await buildServer({
      storage,
      plugins: [async (instance, options) => dashboardRoutes(instance, { ...options, buildFolder })],
    });
    await collector.ready();
  });

  after(async () => {
    await collector?.close();
    await storage?.close();
  });

  it('keeps its own policy while the API keeps the API policy', async () => {
    const page = await collector.inject({ url: '/dashboard' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['content-security-policy'], DASHBOARD_CSP);
    const api = await collector.inject({ url: '/v1/aggregates' });
    assert.equal(api.statusCode, 200);
    assert.equal(api.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
    const missing = await collector.inject({ url: '/dashboard/assets/nope.js' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error, 'not_found');
  });
});

describe('the page and the collector speak of the same things', () => {
  it('offers exactly the collector’s sectors, sizes and languages', () => {
    assert.deepEqual([...SECTOR_IDS], [...SECTORS]);
    assert.deepEqual([...SIZE_IDS], [...SIZES]);
    assert.deepEqual([...DASHBOARD_LANGUAGES].sort(), [...LANGUAGES].sort());
  });

  it('ships each language’s 20 statements and 5 profile names verbatim from content/', async () => {
    const assets = readdirSync(join(buildFolder, 'assets'));
    for (const language of ['nl', 'fr', 'en']) {
      const file = assets.find((name) => name.startsWith(`${language}-`) && name.endsWith('.js'));
      assert.ok(file, `no language file for ${language}`);
      const built = (await import(pathToFileURL(join(buildFolder, 'assets', file)).href)).default as {
        statements: Record<string, string>;
        profiles: Record<string, string>;
      };
      const statements = JSON.parse(readFileSync(join(CONTENT, language, 'statements.json'), 'utf8')).statements;
      const profiles = JSON.parse(readFileSync(join(CONTENT, language, 'profiles.json'), 'utf8')).profiles;
      assert.deepEqual(Object.keys(built.statements), [...STATEMENTS]);
      for (const id of STATEMENTS) assert.equal(built.statements[id], statements[id], `${language} ${id}`);
      assert.deepEqual(
        built.profiles,
        Object.fromEntries(Object.entries(profiles as Record<string, { name: string }>).map(([id, p]) => [id, p.name])),
      );
    }
  });
});
