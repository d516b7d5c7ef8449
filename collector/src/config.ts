/**
 * The collector's settings, read from the environment by main.ts and passed to buildServer.
 */

/** Settings of one collector instance. */
export interface CollectorConfig {
  /** TCP port (PORT, default 8787; 0 picks a free one). */
  port: number;
  /** Interface to listen on (HOST, default 0.0.0.0). */
  host: string;
  /** Origins whose pages may send submissions and read answers through CORS (COLLECTOR_ORIGINS). */
  origins: string[];
  /** Smallest group shown in the aggregates (COLLECTOR_K, default 10). */
  k: number;
  /** Bearer token for GET /v1/export (COLLECTOR_ADMIN_TOKEN); without one the export is off. */
  adminToken?: string;
  /** PGlite data folder when there is no DATABASE_URL (COLLECTOR_DATA, default .collector/). */
  dataFolder: string;
  /** PostgreSQL server (DATABASE_URL). */
  databaseUrl?: string;
  /** Submissions per client per minute (COLLECTOR_RATE_LIMIT, default 60; 0 turns the limit off). */
  rateLimitPerMinute: number;
  /** Fastify's trustProxy (COLLECTOR_TRUST_PROXY): "true" or the load balancers' addresses/CIDRs, comma separated, so the limit is per client. */
  trustProxy?: boolean | string[];
}

/** Thrown for a setting that cannot be used; main.ts prints it and exits. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ConfigError(`${name}=${raw} must be a whole number >= ${min}`);
  return Number(raw);
}

/** An origin as browsers send it: scheme://host[:port], without path or trailing slash. */
export function normaliseOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new ConfigError(`COLLECTOR_ORIGINS holds "${text}", which is not an origin such as https://example.org`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/$/, '') || url.search || url.hash) {
    throw new ConfigError(`COLLECTOR_ORIGINS holds "${text}", which is not an origin such as https://example.org`);
  }
  return url.origin;
}

function trustProxy(raw: string | undefined): CollectorConfig['trustProxy'] {
  if (!raw?.trim()) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return raw.split(',').map((item) => item.trim()).filter(Boolean);
}

/** Admin tokens shorter than this are refused: the export holds every row. */
export const MIN_TOKEN_LENGTH = 16;

function adminToken(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length < MIN_TOKEN_LENGTH || /\s/.test(raw)) {
    throw new ConfigError(`COLLECTOR_ADMIN_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters without spaces (e.g. openssl rand -hex 32)`);
  }
  return raw;
}

/** Reads the settings; throws ConfigError for a value that cannot be used. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  return {
    port: integer(env, 'PORT', 8787, 0),
    host: env.HOST?.trim() || '0.0.0.0',
    origins: (env.COLLECTOR_ORIGINS ?? '').split(',').filter((item) => item.trim()).map(normaliseOrigin),
    k: integer(env, 'COLLECTOR_K', 10, 2),
    adminToken: adminToken(env.COLLECTOR_ADMIN_TOKEN),
    dataFolder: env.COLLECTOR_DATA || '.collector/',
    databaseUrl: env.DATABASE_URL || undefined,
    rateLimitPerMinute: integer(env, 'COLLECTOR_RATE_LIMIT', 60, 0),
    trustProxy: trustProxy(env.COLLECTOR_TRUST_PROXY),
  };
}
