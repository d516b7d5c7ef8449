/**
 * POST /v1/submissions on PGlite and on PostgreSQL: stored once per id, every kind of bad input
 * refused with a JSON error and nothing stored, CORS only for the configured origins.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

import { buildServer } from '../src/server.ts';
import { STATEMENTS } from '../src/vocabulary.ts';
import { STORE_TARGETS, type OpenedStore } from './helpers/stores.ts';
import { countRows, post, sampleSubmission, TestClock } from './helpers/submissions.ts';

const ALLOWED = 'https://partner.example';

/** A valid submission as JSON text with `extra` spliced into the top level (or into answers). */
function rawWith(extra: string, where: 'top' | 'answers' = 'top'): string {
  const text = JSON.stringify(sampleSubmission());
  return where === 'top' ? `{${extra},${text.slice(1)}` : text.replace('"answers":{', `"answers":{${extra},`);
}

function withoutAnswer(id: string) {
  const submission = sampleSubmission();
  delete submission.answers[id];
  return submission;
}

/** Bad inputs, each with the status it must get. */
const BAD_INPUTS: { name: string; status: number; body: unknown; headers?: Record<string, string> }[] = [
  { name: 'malformed JSON', status: 400, body: '{"id": "' },
  { name: 'an empty body', status: 400, body: '' },
  { name: 'a JSON array', status: 400, body: '[]' },
  { name: 'an answer as the string "true"', status: 400, body: { ...sampleSubmission(), answers: { ...sampleSubmission().answers, Visie_1: 'true' } } },
  { name: 'an answer as 1', status: 400, body: { ...sampleSubmission(), answers: { ...sampleSubmission().answers, Visie_1: 1 } } },
  { name: 'an answer as null', status: 400, body: { ...sampleSubmission(), answers: { ...sampleSubmission().answers, Visie_1: null } } },
  { name: 'answers as an array', status: 400, body: { ...sampleSubmission(), answers: STATEMENTS.map(() => true) } },
  { name: 'the unit as a number', status: 400, body: { ...sampleSubmission(), unit: 3 } },
  { name: 'the id as a number', status: 400, body: { ...sampleSubmission(), id: 12 } },
  { name: '19 answers', status: 400, body: withoutAnswer('Regie_2') },
  { name: '21 answers', status: 400, body: { ...sampleSubmission(), answers: { ...sampleSubmission().answers, Regie_3: true } } },
  { name: 'an unknown statement id in place of a known one', status: 400, body: (() => { const s = withoutAnswer('Visie_1'); s.answers.Visie_2 = true; return s; })() },
  { name: 'an unknown profile', status: 400, body: { ...sampleSubmission(), profile: 'expert' } },
  { name: 'an unknown unit', status: 400, body: { ...sampleSubmission(), unit: 'bedrijf' } },
  { name: 'an unknown language', status: 400, body: { ...sampleSubmission(), lang: 'de' } },
  { name: 'an unknown sector', status: 400, body: { ...sampleSubmission(), sector: 'landbouw' } },
  { name: 'an unknown size', status: 400, body: { ...sampleSubmission(), size: '1000+' } },
  { name: 'a missing profile', status: 400, body: (() => { const { profile: _p, ...rest } = sampleSubmission(); return rest; })() },
  { name: 'an id that is not a UUID', status: 400, body: { ...sampleSubmission(), id: 'submission-1' } },
  { name: 'a version-1 UUID', status: 400, body: { ...sampleSubmission(), id: 'a8098c1a-f86e-11da-bd1a-00112444be1e' } },
  { name: 'a key version with a space', status: 400, body: { ...sampleSubmission(), key: '1 2' } },
  { name: 'a 1 MB body', status: 413, body: JSON.stringify({ ...sampleSubmission(), padding: 'x'.repeat(1024 * 1024) }) },
  { name: 'a body of 4097 bytes', status: 413, body: JSON.stringify({ ...sampleSubmission(), p: '' }).replace('"p":""', `"p":"${'x'.repeat(4097 - JSON.stringify({ ...sampleSubmission(), p: '' }).length)}"`) },
  { name: 'an extra top-level field', status: 400, body: { ...sampleSubmission(), email: 'someone@example.org' } },
  { name: 'an extra field inside answers', status: 400, body: { ...sampleSubmission(), answers: { ...sampleSubmission().answers, note: true } } },
  { name: 'a script as partner', status: 400, body: { ...sampleSubmission(), partner: '<script>alert(1)</script>' } },
  { name: 'a script as sector', status: 400, body: { ...sampleSubmission(), sector: '<script>alert(1)</script>' } },
  { name: 'a script as key version', status: 400, body: { ...sampleSubmission(), key: '<script>' } },
  { name: 'a partner id in capitals', status: 400, body: { ...sampleSubmission(), partner: 'Partner' } },
  { name: 'a URL as partner', status: 400, body: { ...sampleSubmission(), partner: 'https://example.org' } },
  { name: 'a "__proto__" key at the top', status: 400, body: rawWith('"__proto__":{"isAdmin":true}') },
  { name: 'a "__proto__" key inside answers', status: 400, body: rawWith('"__proto__":{"Visie_1":true}', 'answers') },
  { name: 'a "constructor.prototype" key at the top', status: 400, body: rawWith('"constructor":{"prototype":{"isAdmin":true}}') },
  { name: 'a "constructor" key inside answers', status: 400, body: rawWith('"constructor":true', 'answers') },
  { name: 'text/plain', status: 415, body: JSON.stringify(sampleSubmission()), headers: { 'content-type': 'text/plain' } },
  { name: 'form data', status: 415, body: 'id=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  { name: 'a disallowed origin', status: 403, body: sampleSubmission(), headers: { origin: 'https://elsewhere.example' } },
  { name: 'the "null" origin of a sandboxed frame', status: 403, body: sampleSubmission(), headers: { origin: 'null' } },
];

function assertJsonError(reply: LightMyRequestResponse, status: number): void {
  assert.equal(reply.statusCode, status, reply.body);
  assert.match(String(reply.headers['content-type']), /^application\/json/);
  const body = reply.json() as { error: unknown; message: unknown };
  assert.equal(typeof body.error, 'string');
  assert.equal(typeof body.message, 'string');
  assert.doesNotMatch(reply.body, /<script/i, 'an error never echoes what was sent');
}

for (const target of STORE_TARGETS) {
  describe(`POST /v1/submissions on ${target.name}`, { skip: target.skip }, () => {
    let store: OpenedStore;
    let app: FastifyInstance;
    const clock = new TestClock();

    before(async () => {
      store = await target.open();
      app = await buildServer({ storage: store.storage, origins: [ALLOWED], now: clock.now, rateLimitPerMinute: 0 });
    });
    after(async () => {
      await app?.close();
      await store?.dispose();
    });
    beforeEach(async () => {
      await store.storage.query('DELETE FROM submissions');
      clock.set('2026-02-11');
    });

    it('stores a valid submission (201) with its answers in statement order and the Monday of its week', async () => {
      const yes = ['Visie_1', 'Aanbod_3', 'Regie_2'];
      const submission = sampleSubmission({ partner: 'voka-wvl', size: '10-49', sector: 'zorg-welzijn', lang: 'fr', unit: 'afdeling' }, yes);
      clock.set('2026-02-15T23:59:00Z'); // a Sunday: its ISO week began on Monday 9 February
      const reply = await post(app, submission);
      assert.equal(reply.statusCode, 201);
      assert.deepEqual(reply.json(), { ok: true, id: submission.id });

      const { rows } = await store.storage.query<Record<string, unknown>>(
        'SELECT id::text, week::text, extract(isodow FROM week)::int AS weekday, key_version, answers, unit, lang, profile, partner, size, sector FROM submissions',
      );
      assert.deepEqual(rows, [
        {
          id: submission.id,
          week: '2026-02-09',
          weekday: 1,
          key_version: '1',
          answers: STATEMENTS.map((id) => yes.includes(id)),
          unit: 'afdeling',
          lang: 'fr',
          profile: 'groei',
          partner: 'voka-wvl',
          size: '10-49',
          sector: 'zorg-welzijn',
        },
      ]);
    });

    it('stores a retry with the same id once: 200 with duplicate, also when the retries race', async () => {
      const submission = sampleSubmission();
      assert.equal((await post(app, submission)).statusCode, 201);
      const retry = await post(app, submission);
      assert.equal(retry.statusCode, 200);
      assert.deepEqual(retry.json(), { ok: true, id: submission.id, duplicate: true });
      assert.equal(await countRows(store.storage), 1);

      const racing = sampleSubmission();
      const replies = await Promise.all(Array.from({ length: 8 }, () => post(app, racing)));
      assert.deepEqual(replies.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
      assert.equal(await countRows(store.storage), 2);
    });

    it('keeps no column for an IP address, a user agent or a time finer than the week', async () => {
      const { rows } = await store.storage.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'submissions' ORDER BY ordinal_position",
      );
      assert.deepEqual(
        rows.map((row) => row.column_name),
        ['id', 'week', 'key_version', 'answers', 'unit', 'lang', 'profile', 'partner', 'size', 'sector'],
      );
    });

    for (const bad of BAD_INPUTS) {
      it(`refuses ${bad.name} with ${bad.status} and stores nothing`, async () => {
        await post(app, sampleSubmission()); // one row, to see that it stays one
        const reply = await post(app, bad.body, bad.headers);
        assertJsonError(reply, bad.status);
        assert.equal(await countRows(store.storage), 1);
      });
    }

    it('accepts a body of exactly 4096 bytes', async () => {
      const text = JSON.stringify(sampleSubmission());
      const padded = text + ' '.repeat(4096 - Buffer.byteLength(text));
      assert.equal(Buffer.byteLength(padded), 4096);
      assert.equal((await post(app, padded)).statusCode, 201);
    });

    it('refuses a body without a content type (415)', async () => {
      const reply = await app.inject({ method: 'POST', url: '/v1/submissions', payload: Buffer.from(JSON.stringify(sampleSubmission())) });
      assertJsonError(reply, 415);
      assert.equal(await countRows(store.storage), 0);
    });

    it('gives a disallowed origin no CORS header, on the preflight and on the post', async () => {
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/submissions',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined);
      const reply = await post(app, sampleSubmission(), { origin: 'https://elsewhere.example' });
      assert.equal(reply.statusCode, 403);
      assert.equal(reply.json().error, 'origin_not_allowed');
      assert.equal(reply.headers['access-control-allow-origin'], undefined);
    });

    it('lets an allowed origin post, with its CORS header on the preflight and the reply', async () => {
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/submissions',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], ALLOWED);
      assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
      const reply = await post(app, sampleSubmission(), { origin: ALLOWED });
      assert.equal(reply.statusCode, 201);
      assert.equal(reply.headers['access-control-allow-origin'], ALLOWED);
      assert.equal(await countRows(store.storage), 1);
    });

    it('answers the aggregates with a CORS header only for an allowed origin', async () => {
      const allowed = await app.inject({ url: '/v1/aggregates', headers: { origin: ALLOWED } });
      assert.equal(allowed.headers['access-control-allow-origin'], ALLOWED);
      const other = await app.inject({ url: '/v1/aggregates', headers: { origin: 'https://elsewhere.example' } });
      assert.equal(other.statusCode, 200);
      assert.equal(other.headers['access-control-allow-origin'], undefined);
    });

    it('limits submissions per client (429 JSON) and counts only the accepted ones', async () => {
      const limited = await buildServer({ storage: store.storage, rateLimitPerMinute: 3 });
      try {
        const statuses = [];
        for (let i = 0; i < 5; i += 1) statuses.push((await post(limited, sampleSubmission())).statusCode);
        assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
        assertJsonError(await post(limited, sampleSubmission()), 429);
        assert.equal((await post(limited, sampleSubmission())).json().error, 'rate_limited');
        assert.equal(await countRows(store.storage), 3);
        // Reading is not limited.
        assert.equal((await limited.inject({ url: '/v1/aggregates' })).statusCode, 200);
      } finally {
        await limited.close();
      }
    });

    it('answers /health and unknown paths as JSON', async () => {
      const health = await app.inject({ url: '/health' });
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { ok: true });
      assertJsonError(await app.inject({ url: '/v1/nothing' }), 404);
      assertJsonError(await app.inject({ method: 'GET', url: '/v1/submissions' }), 404);
    });

    it('stores different submissions with their own ids', async () => {
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of ids) assert.equal((await post(app, sampleSubmission({ id }))).statusCode, 201);
      const { rows } = await store.storage.query<{ id: string }>('SELECT id::text FROM submissions ORDER BY id');
      assert.deepEqual(rows.map((row) => row.id), [...ids].sort());
    });
  });
}
