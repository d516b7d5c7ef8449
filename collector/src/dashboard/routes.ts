/**
 * The dashboard's routes: GET /dashboard (the page) and GET /dashboard/assets/<file> (its script,
 * stylesheet and language files), under a strict Content Security Policy: only this origin's own
 * files run, nothing inline, no framing. The page reads its numbers from GET /v1/aggregates.
 */
import type { FastifyPluginAsync } from 'fastify';

import type { CollectorPluginOptions } from '../server.ts';
import { readDashboardBuild, type DashboardBuild } from './assets.ts';

/** The policy of the page. Lit's constructed stylesheets are allowed under style-src 'self'. */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The page's languages; `?lang=` sets the page's `lang` before the script runs. */
const LANGUAGES = new Set(['nl', 'fr', 'en']);

/** Options of dashboardRoutes; buildServer's own (storage, k) are not needed and ignored. */
export interface DashboardOptions extends Partial<CollectorPluginOptions> {
  /** The built page; default collector/dist/dashboard/. */
  buildFolder?: string;
  /** The built page already read, e.g. shared by several instances. */
  build?: DashboardBuild;
}

/** The page with `lang` set to the requested language, when it is one of ours. */
function pageIn(html: string, lang: unknown): string {
  return typeof lang === 'string' && LANGUAGES.has(lang) ? html.replace('<html lang="nl">', `<html lang="${lang}">`) : html;
}

/**
 * Fastify plugin serving the dashboard. It reads the built page once, at registration, and fails
 * then (not on the first visit) when the page has not been built.
 */
export const dashboardRoutes: FastifyPluginAsync<DashboardOptions> = async (app, options) => {
  const build = options.build ?? (await readDashboardBuild(options.buildFolder));

  app.get<{ Querystring: Record<string, unknown> }>('/dashboard', async (request, reply) => {
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', DASHBOARD_CSP)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(pageIn(build.html, request.query.lang));
  });

  // The page's addresses are relative to /dashboard: send /dashboard/ there, keeping the query.
  app.get('/dashboard/', async (request, reply) => {
    const query = request.url.indexOf('?');
    return reply.redirect(`../dashboard${query === -1 ? '' : request.url.slice(query)}`, 301);
  });

  app.get<{ Params: { file: string } }>('/dashboard/assets/:file', async (request, reply) => {
    const asset = build.assets.get(request.params.file);
    if (!asset) return reply.callNotFound();
    return reply
      .header('content-type', asset.contentType)
      // Every file name holds a hash of its content.
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(asset.body);
  });
};
