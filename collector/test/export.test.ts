/**
 * GET /v1/export on PGlite and on PostgreSQL: only with the admin token, off without one, and the
 * CSV holds exactly the stored rows (also past one page of the keyset paging).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';

import type { FastifyInstance } from 'fastify';

import { EXPORT_COLUMNS } from '../src/export.ts';
import { buildServer } from '../src/server.ts';
import { STATEMENTS } from '../src/vocabulary.ts';
import { STORE_TARGETS, type OpenedStore } from './helpers/stores.ts';
import { countRows, post, sampleSubmission, TestClock } from './helpers/submissions.ts';

const TOKEN = 'export-token-0123456789abcdef';

/** Splits our CSV (no quoted cells in it: every stored value matches a strict pattern). */
function parseCsv(text: string): string[][] {
  assert.ok(text.endsWith('\r\n'));
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','));
}

for (const target of STORE_TARGETS) {
  describe(`GET /v1/export on ${target.name}`, { skip: target.skip }, () => {
    let store: OpenedStore;
    let app: FastifyInstance;
    let closed: FastifyInstance;
    const clock = new TestClock();

    before(async () => {
      store = await target.open();
      app = await buildServer({ storage: store.storage, adminToken: TOKEN, now: clock.now, rateLimitPerMinute: 0 });
      closed = await buildServer({ storage: store.storage });
    });
    after(async () => {
      await app?.close();
      await closed?.close();
      await store?.dispose();
    });
    beforeEach(() => store.storage.query('DELETE FROM submissions'));

    it('refuses without a token, with a wrong one and with another scheme (401 JSON)', async () => {
      await post(app, sampleSubmission());
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, `Bearer  ${TOKEN}`, TOKEN]) {
        const reply = await app.inject({ url: '/v1/export', headers: authorization ? { authorization } : {} });
        assert.equal(reply.statusCode, 401, String(authorization));
        assert.equal(reply.json().error, 'unauthorized');
        assert.equal(reply.headers['www-authenticate'], 'Bearer');
        assert.doesNotMatch(reply.body, /[0-9a-f]{8}-[0-9a-f]{4}/, 'no row leaks into the error');
      }
    });

    it('is switched off entirely when no token is configured (403), whatever is sent', async () => {
      await post(closed, sampleSubmission());
      for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }, { authorization: 'Bearer ' }]) {
        const reply = await closed.inject({ url: '/v1/export', headers });
        assert.equal(reply.statusCode, 403);
        assert.equal(reply.json().error, 'export_disabled');
      }
    });

    it('gives the stored rows as CSV: one line each, fields and answers as stored, a retry not doubled', async () => {
      const first = sampleSubmission({ partner: 'voka', size: '250+', sector: 'ict-communicatie', profile: 'ambitie' }, ['Visie_3', 'LKB_2']);
      const second = sampleSubmission({ lang: 'en', unit: 'onderneming' }, STATEMENTS);
      clock.set('2026-03-04');
      await post(app, first);
      await post(app, first);
      clock.set('2026-05-20');
      await post(app, second);

      const reply = await app.inject({ url: '/v1/export', headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(reply.statusCode, 200);
      assert.equal(reply.headers['content-type'], 'text/csv; charset=utf-8');
      assert.match(String(reply.headers['content-disposition']), /attachment/);
      assert.equal(reply.headers['cache-control'], 'no-store');
      const [header, ...rows] = parseCsv(reply.body);
      assert.deepEqual(header, [...EXPORT_COLUMNS]);
      assert.equal(rows.length, await countRows(store.storage));
      assert.deepEqual(rows, [
        [first.id, '2026-03-02', '1', 'team', 'nl', 'ambitie', 'voka', '250+', 'ict-communicatie', ...STATEMENTS.map((id) => (['Visie_3', 'LKB_2'].includes(id) ? '1' : '0'))],
        [second.id, '2026-05-18', '1', 'onderneming', 'en', 'groei', '', '', '', ...STATEMENTS.map(() => '1')],
      ]);
    });

    it('gives every row once when the table spans several pages', async () => {
      await store.storage.query(
        `INSERT INTO submissions (id, week, key_version, answers, unit, lang, profile)
         SELECT gen_random_uuid(), date '2026-01-05' + 7 * (i % 9), '1', array_fill(i % 2 = 0, ARRAY[20]), 'team', 'nl', 'basis'
         FROM generate_series(1, 4500) AS i`,
      );
      const reply = await app.inject({ url: '/v1/export', headers: { authorization: `Bearer ${TOKEN}` } });
      const rows = parseCsv(reply.body).slice(1);
      assert.equal(rows.length, 4500);
      assert.equal(new Set(rows.map((row) => row[0])).size, 4500);
      const { rows: stored } = await store.storage.query<{ id: string }>('SELECT id::text FROM submissions ORDER BY week, id');
      assert.deepEqual(rows.map((row) => row[0]), stored.map((row) => row.id));
    });
  });
}
