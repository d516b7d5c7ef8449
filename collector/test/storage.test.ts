/**
 * The store on PGlite and on PostgreSQL: migrations run once, in order, recorded, all or nothing;
 * transactions roll back; a PGlite folder keeps its data across a close and a reopen.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { migrate, migrationFiles } from '../src/migrate.ts';
import { buildServer } from '../src/server.ts';
import { openPglite } from '../src/storage.ts';
import { STORE_TARGETS, type OpenedStore } from './helpers/stores.ts';
import { countRows, post, sampleSubmission } from './helpers/submissions.ts';

const tableExists = async (store: OpenedStore, name: string) =>
  (await store.storage.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [name])).rows[0]?.found === name;

for (const target of STORE_TARGETS) {
  describe(`storage on ${target.name}`, { skip: target.skip }, () => {
    let store: OpenedStore;
    const folders: string[] = [];
    before(async () => {
      store = await target.open({ migrated: false });
    });
    after(async () => {
      await store?.dispose();
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    });

    it('runs every migration file once, in order, and records it', async () => {
      assert.deepEqual(migrationFiles(), ['001_submissions.sql', '002_submissions_week_index.sql']);
      assert.deepEqual(await migrate(store.storage), migrationFiles());
      assert.deepEqual(await migrate(store.storage), []);
      const { rows } = await store.storage.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      assert.deepEqual(rows.map((row) => row.name), migrationFiles());
      assert.ok(await tableExists(store, 'submissions'));
    });

    it('runs pending migrations all or nothing', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'collector-migrations-'));
      folders.push(folder);
      writeFileSync(join(folder, '001_first.sql'), 'CREATE TABLE first_table (x int);');
      writeFileSync(join(folder, '002_broken.sql'), 'CREATE TABLE second_table (x int);\nCREATE TABLE oops (;');
      await assert.rejects(migrate(store.storage, folder));
      assert.equal(await tableExists(store, 'first_table'), false);
      assert.equal(await tableExists(store, 'second_table'), false);
      const { rows } = await store.storage.query<{ name: string }>("SELECT name FROM schema_migrations WHERE name IN ('001_first.sql', '002_broken.sql')");
      assert.deepEqual(rows, []);

      writeFileSync(join(folder, '002_broken.sql'), 'CREATE TABLE second_table (x int);');
      assert.deepEqual(await migrate(store.storage, folder), ['001_first.sql', '002_broken.sql']);
      assert.ok(await tableExists(store, 'second_table'));
    });

    it('rolls a transaction back when its work throws, and commits it otherwise', async () => {
      await store.storage.exec('CREATE TABLE IF NOT EXISTS tx_check (x int)');
      await assert.rejects(
        store.storage.transaction(async (tx) => {
          await tx.query('INSERT INTO tx_check VALUES ($1)', [1]);
          throw new Error('stop');
        }),
        /stop/,
      );
      await store.storage.transaction((tx) => tx.query('INSERT INTO tx_check VALUES ($1)', [2]));
      const { rows } = await store.storage.query<{ x: number }>('SELECT x FROM tx_check');
      assert.deepEqual(rows, [{ x: 2 }]);
    });

    it('answers /health 503 as JSON when the store is gone', async () => {
      const lost = await target.open();
      const app = await buildServer({ storage: lost.storage });
      try {
        assert.equal((await app.inject({ url: '/health' })).statusCode, 200);
        await lost.storage.close();
        const reply = await app.inject({ url: '/health' });
        assert.equal(reply.statusCode, 503);
        assert.equal(reply.json().error, 'storage_unavailable');
      } finally {
        await app.close();
        await lost.dispose().catch(() => {});
      }
    });
  });
}

describe('a PGlite data folder', () => {
  it('keeps the stored submissions when the store is closed and opened again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'collector-restart-'));
    try {
      const submission = sampleSubmission({ partner: 'voka' });
      const first = await openPglite(folder);
      await migrate(first);
      const app = await buildServer({ storage: first, rateLimitPerMinute: 0 });
      assert.equal((await post(app, submission)).statusCode, 201);
      await app.close();
      await first.close();

      const again = await openPglite(folder);
      try {
        assert.deepEqual(await migrate(again), [], 'the schema is there already');
        assert.equal(await countRows(again), 1);
        const { rows } = await again.query<{ id: string; partner: string }>('SELECT id::text, partner FROM submissions');
        assert.deepEqual(rows, [{ id: submission.id, partner: 'voka' }]);
        const reopened = await buildServer({ storage: again, rateLimitPerMinute: 0 });
        assert.equal((await post(reopened, submission)).statusCode, 200, 'the retry after a restart is still a duplicate');
        await reopened.close();
      } finally {
        await again.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
