/**
 * Schema migrations: the plain SQL files in collector/migrations, run in name order at start.
 * Every file that has not run yet runs in one transaction with its record in schema_migrations,
 * so a failing file leaves the schema as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Storage } from './storage.ts';

/** The folder holding the migration files. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations/', import.meta.url));

// Any fixed number: it keeps two instances that start at once from running the same migration.
const MIGRATION_LOCK = 2_202_601;

/** Migration file names in the order they run (NNN_name.sql). */
export function migrationFiles(folder = MIGRATIONS_FOLDER): string[] {
  return readdirSync(folder)
    .filter((name) => /^\d+_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

/** Runs the migrations not yet recorded; resolves to the names it ran. */
export async function migrate(storage: Storage, folder = MIGRATIONS_FOLDER): Promise<string[]> {
  return storage.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name));
    const pending = migrationFiles(folder).filter((name) => !done.has(name));
    for (const name of pending) {
      await tx.exec(readFileSync(join(folder, name), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    }
    return pending;
  });
}
