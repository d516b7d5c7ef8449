/**
 * Reads the collected answers for the validity analysis: from PostgreSQL when DATABASE_URL is
 * set, else from the collector's embedded PGlite data folder. Only `answers` and `profile` are
 * read; nothing is written.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { PROFILE_IDS, STATEMENT_IDS } from '../../../src/scoring/index.ts';
import type { ValidityRow } from './analysis.ts';

const QUERY = 'SELECT answers, profile FROM submissions';

/** Where the rows came from, for the printed report. */
export interface CollectedRows {
  rows: ValidityRow[];
  /** Rows left out because they do not have 20 boolean answers and a known profile. */
  rejected: number;
  source: string;
}

/** Raised with a message meant for the person running the script. */
export class SourceError extends Error {}

/** Keeps rows with exactly 20 boolean answers and a known profile id. */
export function checkRows(raw: readonly { answers: unknown; profile: unknown }[]): { rows: ValidityRow[]; rejected: number } {
  const rows: ValidityRow[] = [];
  for (const { answers, profile } of raw) {
    const valid =
      Array.isArray(answers) &&
      answers.length === STATEMENT_IDS.length &&
      answers.every((a) => typeof a === 'boolean') &&
      typeof profile === 'string' &&
      (PROFILE_IDS as readonly string[]).includes(profile);
    if (valid) rows.push({ answers: answers as boolean[], profile: profile as string });
  }
  return { rows, rejected: raw.length - rows.length };
}

const missingTable = (error: unknown): boolean =>
  (error as { code?: string }).code === '42P01' || /relation "submissions" does not exist/.test(String(error));

/** Reads from a PostgreSQL server through `pg`. */
export async function readFromPostgres(connectionString: string): Promise<CollectedRows> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    throw new SourceError(`cannot connect to the PostgreSQL server in DATABASE_URL: ${(error as Error).message}`);
  }
  try {
    const result = await client.query(QUERY);
    return { ...checkRows(result.rows), source: `PostgreSQL (${new URL(connectionString).host || 'local socket'})` };
  } catch (error) {
    if (missingTable(error)) throw new SourceError('the database has no submissions table yet: start the collector once, it creates it');
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Reads from a PGlite data folder. PGlite serves one process at a time, and the collector may be
 * running on the folder, so this opens a copy in a temporary folder and removes it afterwards:
 * the live data is never opened twice.
 */
export async function readFromPglite(dataFolder: string): Promise<CollectedRows> {
  const folder = resolve(dataFolder);
  if (!existsSync(folder)) {
    throw new SourceError(`no collector data at ${folder}: nothing collected yet (set COLLECTOR_DATA or DATABASE_URL)`);
  }
  const copy = mkdtempSync(join(tmpdir(), 'collector-validity-'));
  try {
    cpSync(folder, copy, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(copy);
    try {
      const result = await db.query<{ answers: unknown; profile: unknown }>(QUERY);
      return { ...checkRows(result.rows), source: `PGlite data folder ${folder} (read from a copy)` };
    } catch (error) {
      if (missingTable(error)) throw new SourceError(`${folder} has no submissions table yet: start the collector once, it creates it`);
      throw error;
    } finally {
      await db.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** DATABASE_URL when set, else the PGlite folder COLLECTOR_DATA (default `.collector/`). */
export function readCollectedRows(env: NodeJS.ProcessEnv = process.env): Promise<CollectedRows> {
  return env.DATABASE_URL ? readFromPostgres(env.DATABASE_URL) : readFromPglite(env.COLLECTOR_DATA || '.collector/');
}
