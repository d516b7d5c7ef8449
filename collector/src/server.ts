/**
 * The collector's HTTP service: buildServer wires the routes onto a Fastify instance over an open,
 * migrated store. main.ts starts it; tests call it directly.
 */
import { createHmac, randomBytes } from 'node:crypto';

import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';

import { aggregateRoutes } from './aggregates.ts';
import { HttpError, installErrorAnswers } from './errors.ts';
import { exportRoutes } from './export.ts';
import type { Storage } from './storage.ts';
import { SUBMISSION_BODY_LIMIT, submissionRoutes } from './submissions.ts';

/** What a plugin given to buildServer receives as its options. */
export interface CollectorPluginOptions {
  storage: Storage;
  k: number;
}

/** A Fastify plugin that adds routes to the collector, e.g. the dashboard's `dashboardRoutes`. */
export type CollectorPlugin = FastifyPluginAsync<CollectorPluginOptions>;

/** Options of buildServer. */
export interface BuildServerOptions {
  /** An open store with the migrations run (see openStorage and migrate). */
  storage: Storage;
  /** Smallest group shown in the aggregates; default 10. */
  k?: number;
  /** Origins allowed to post submissions and to read answers through CORS; default none. */
  origins?: readonly string[];
  /** Bearer token of GET /v1/export; without one the export is switched off. */
  adminToken?: string;
  /** Submissions per client per minute; 0 turns the limit off. Default 60. */
  rateLimitPerMinute?: number;
  /** Fastify's trustProxy, for instances behind a load balancer. */
  trustProxy?: boolean | string[];
  /** Fastify's logger; off by default. Requests themselves are never logged. */
  logger?: FastifyServerOptions['logger'];
  /** The clock the week of receipt is taken from; default the system clock. */
  now?: () => Date;
  /** More routes, registered after the collector's own, e.g. the dashboard. */
  plugins?: readonly CollectorPlugin[];
}

// The API answers only JSON and CSV: nothing in it may run as a page. A route that serves a page
// (the dashboard) sets its own policy, which is then left alone.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The rate limit keeps its counters in memory only, keyed by a keyed hash of the client address:
 * the address itself is never stored, and the key changes with every start.
 */
function clientKey(): (request: { ip: string }) => string {
  const secret = randomBytes(32);
  return (request) => createHmac('sha256', secret).update(request.ip).digest('base64url');
}

/** A logger whose request lines, should any be written, hold only the method and the path. */
function withoutClientDetails(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger || typeof logger !== 'object') return logger;
  return { ...logger, serializers: { req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }) } };
}

/** Builds the collector on an open store; call `listen` (or `inject` in tests) on the result. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const k = options.k ?? 10;
  const origins = new Set(options.origins ?? []);
  const perMinute = options.rateLimitPerMinute ?? 60;

  const app = Fastify({
    logger: withoutClientDetails(options.logger ?? false),
    // No line per request: nothing of who asked, or when, reaches the log.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: SUBMISSION_BODY_LIMIT,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  // Only JSON bodies: drop Fastify's text/plain parser so anything else is a 415.
  app.removeContentTypeParser('text/plain');
  installErrorAnswers(app);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
  });

  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && origins.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type'],
    maxAge: 86_400,
  });
  await app.register(rateLimit, {
    global: false,
    keyGenerator: clientKey(),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `too many submissions from this client: try again in ${context.after}`),
  });

  submissionRoutes(app, {
    db: options.storage,
    originAllowed: (origin) => origins.has(origin),
    now: options.now ?? (() => new Date()),
    rateLimit: perMinute > 0 ? { max: perMinute, timeWindow: 60_000 } : false,
  });
  aggregateRoutes(app, options.storage, k);
  exportRoutes(app, options.storage, options.adminToken);

  app.get('/health', async () => {
    try {
      await options.storage.query('SELECT 1');
    } catch {
      throw new HttpError(503, 'storage_unavailable', 'the collector cannot reach its database');
    }
    return { ok: true };
  });

  for (const plugin of options.plugins ?? []) {
    await app.register(plugin, { storage: options.storage, k });
  }
  return app;
}
