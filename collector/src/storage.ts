/**
 * One small interface over the two PostgreSQL back ends: PGlite (embedded, a data folder) and a
 * PostgreSQL server through a `pg` pool. Both run the same SQL with $1-style parameters.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Pool, PoolClient } from 'pg';

/** The result of one statement. */
export interface QueryResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted (or returned, for SELECT). */
  rowCount: number;
}

/** Something SQL can be sent to: the store itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with $1-style parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of one or more statements without parameters (used for migrations). */
  exec(sql: string): Promise<void>;
}

/** A PostgreSQL store: PGlite or a server. */
export interface Storage extends Queryable {
  /** Which back end this is, for the start-up line. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the store; PGlite writes its folder to a consistent state. */
  close(): Promise<void>;
}

/**
 * Opens (or creates) a PGlite data folder. PGlite serves one process at a time: two collectors
 * must not share a folder.
 */
export async function openPglite(folder: string): Promise<Storage> {
  const { PGlite } = await import('@electric-sql/pglite');
  const path = resolve(folder);
  mkdirSync(path, { recursive: true });
  const db = await PGlite.create(path);
  type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
  const wrap = (target: typeof db | Tx): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}

/** Connects a pool to a PostgreSQL server; the connection is checked before this resolves. */
export async function openPostgres(connectionString: string, poolSize = 10): Promise<Storage> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const client = await pool.connect();
  client.release();
  const wrap = (target: Pool | PoolClient): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query(sql, [...params]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        const result = await work(wrap(tx));
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        tx.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Where the data lives: a PostgreSQL server when `databaseUrl` is set, else a PGlite folder. */
export interface StorageSettings {
  databaseUrl?: string;
  dataFolder: string;
}

/** Opens the store the settings name. */
export function openStorage(settings: StorageSettings): Promise<Storage> {
  return settings.databaseUrl ? openPostgres(settings.databaseUrl) : openPglite(settings.dataFolder);
}
