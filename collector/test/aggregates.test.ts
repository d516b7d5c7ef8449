/**
 * GET /v1/aggregates on PGlite and on PostgreSQL: shares on known data, every cell below k hidden,
 * and no two answers that can be subtracted into a group below k (filters, their combinations and
 * period ranges). Data goes in through POST /v1/submissions with a test clock.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';

import type { FastifyInstance } from 'fastify';

import type { Aggregates } from '../src/aggregates.ts';
import { buildServer } from '../src/server.ts';
import { PROFILES, STATEMENTS } from '../src/vocabulary.ts';
import { STORE_TARGETS, type OpenedStore } from './helpers/stores.ts';
import { submitMany, TestClock } from './helpers/submissions.ts';

const K = 10;

for (const target of STORE_TARGETS) {
  describe(`GET /v1/aggregates on ${target.name}`, { skip: target.skip }, () => {
    let store: OpenedStore;
    let app: FastifyInstance;
    const clock = new TestClock();

    before(async () => {
      store = await target.open();
      app = await buildServer({ storage: store.storage, k: K, now: clock.now, rateLimitPerMinute: 0 });
    });
    after(async () => {
      await app?.close();
      await store?.dispose();
    });
    beforeEach(() => store.storage.query('DELETE FROM submissions'));

    const get = async (query = ''): Promise<Aggregates> => {
      const reply = await app.inject({ url: `/v1/aggregates${query}` });
      assert.equal(reply.statusCode, 200, reply.body);
      return reply.json() as Aggregates;
    };
    const cell = (answer: Aggregates, quarter: string) => {
      const found = answer.quarters.find((entry) => entry.quarter === quarter);
      assert.ok(found, `${quarter} is listed`);
      return found;
    };

    it('gives the shares of known data, rounded to 3 decimals, for every profile and statement', async () => {
      // 12 submissions in 2026-Q1: 7 groei, 4 basis, 1 ambitie; Visie_1 yes in the 7 groei ones,
      // Regie_2 yes in the single ambitie one.
      await submitMany(app, clock, '2026-01-14', 7, { profile: 'groei' }, ['Visie_1']);
      await submitMany(app, clock, '2026-02-18', 4, { profile: 'basis' }, []);
      await submitMany(app, clock, '2026-03-11', 1, { profile: 'ambitie' }, ['Regie_2']);
      const answer = await get();
      assert.equal(answer.k, K);
      assert.deepEqual(answer.filters, {});
      assert.equal(answer.total, 12);
      assert.deepEqual(answer.quarters.map((q) => q.quarter), ['2026-Q1']);
      const q1 = cell(answer, '2026-Q1');
      assert.equal(q1.n, 12);
      assert.equal(q1.suppressed, false);
      assert.deepEqual(q1.profiles, { ambitie: 0.083, basis: 0.333, 'employee-journey': 0, groei: 0.583, 'lerende-organisatie': 0 });
      assert.deepEqual(Object.keys(q1.statements ?? {}), [...STATEMENTS]);
      assert.equal(q1.statements?.Visie_1, 0.583);
      assert.equal(q1.statements?.Regie_2, 0.083);
      assert.equal(q1.statements?.Aanbod_1, 0);
      assert.deepEqual(answer.overall, { n: 12, suppressed: false, profiles: q1.profiles, statements: q1.statements });
    });

    it('adds up the shown quarters into overall', async () => {
      await submitMany(app, clock, '2026-02-04', 10, { profile: 'groei' }, STATEMENTS);
      await submitMany(app, clock, '2026-05-06', 10, { profile: 'basis' }, []);
      const answer = await get();
      assert.deepEqual(answer.quarters.map((q) => [q.quarter, q.n]), [['2026-Q1', 10], ['2026-Q2', 10]]);
      assert.equal(answer.overall.n, 20);
      assert.equal(answer.overall.profiles?.groei, 0.5);
      assert.equal(answer.overall.profiles?.basis, 0.5);
      assert.ok(Object.values(answer.overall.statements ?? {}).every((share) => share === 0.5));
      assert.deepEqual(Object.keys(answer.overall.profiles ?? {}), [...PROFILES]);
    });

    it('hides everything below k, and shows it from k on', async () => {
      await submitMany(app, clock, '2026-02-04', K - 1);
      const below = await get();
      assert.equal(below.total, null);
      assert.deepEqual(below.overall, { n: null, suppressed: true, profiles: null, statements: null });
      assert.ok(below.quarters.every((q) => q.suppressed && q.n === null && q.profiles === null && q.statements === null));
      assert.doesNotMatch(JSON.stringify(below), /"n":9/);

      await submitMany(app, clock, '2026-02-04', 1);
      const at = await get();
      assert.equal(at.total, K);
      assert.equal(cell(at, '2026-Q1').n, K);
    });

    it('lists a quarter below k between shown ones as hidden, the same as an empty one, and leaves it out of overall', async () => {
      await submitMany(app, clock, '2026-01-14', 12);
      await submitMany(app, clock, '2026-04-15', 3);
      // 2026-Q3 is empty
      await submitMany(app, clock, '2026-10-14', 12);
      const answer = await get();
      assert.deepEqual(
        answer.quarters.map((q) => [q.quarter, q.n, q.suppressed]),
        [['2026-Q1', 12, false], ['2026-Q2', null, true], ['2026-Q3', null, true], ['2026-Q4', 12, false]],
      );
      assert.deepEqual({ ...cell(answer, '2026-Q2'), quarter: 'any' }, { ...cell(answer, '2026-Q3'), quarter: 'any' });
      assert.equal(answer.overall.n, 24);
    });

    it('answers period ranges so that two of them cannot be subtracted into a hidden quarter', async () => {
      await submitMany(app, clock, '2026-01-14', 12);
      await submitMany(app, clock, '2026-04-15', 3);
      await submitMany(app, clock, '2026-07-15', 12);
      const q1q2 = await get('?from=2026-Q1&to=2026-Q2');
      const q1 = await get('?from=2026-Q1&to=2026-Q1');
      const q1q3 = await get('?from=2026-Q1&to=2026-Q3');
      const q2q3 = await get('?from=2026-Q2&to=2026-Q3');
      assert.equal(q1q2.total, 12);
      assert.equal(q1.total, 12);
      assert.equal(q1q3.total, 24);
      assert.equal(q2q3.total, 12);
      assert.equal((await get('?from=2026-Q2&to=2026-Q2')).total, null);
      assert.deepEqual(q1q3.quarters.map((q) => q.quarter), ['2026-Q1', '2026-Q2', '2026-Q3']);
      assert.deepEqual(q1q2.filters, { from: '2026-Q1', to: '2026-Q2' });
      // Only from, only to.
      assert.equal((await get('?from=2026-Q3')).total, 12);
      assert.equal((await get('?to=2026-Q2')).total, 12);
    });

    it('counts a week in the quarter of its Monday', async () => {
      // Wednesday 1 April 2026 belongs to the week of Monday 30 March: the first quarter.
      await submitMany(app, clock, '2026-04-01', K);
      assert.deepEqual((await get()).quarters.map((q) => q.quarter), ['2026-Q1']);
    });

    it('hides a partner when "all" minus that partner leaves fewer than k', async () => {
      await submitMany(app, clock, '2026-02-04', 15, { partner: 'voka' });
      await submitMany(app, clock, '2026-02-04', 5);
      const partner = await get('?partner=voka');
      assert.deepEqual(partner.filters, { partner: 'voka' });
      assert.equal(cell(partner, '2026-Q1').suppressed, true);
      assert.equal(partner.total, null);
      // The 5 others would be all (20) minus voka (15): once they are k or more, voka is shown.
      await submitMany(app, clock, '2026-02-04', 5, { partner: 'unizo' });
      const shown = await get('?partner=voka');
      assert.equal(cell(shown, '2026-Q1').n, 15);
      assert.equal(shown.total, 15);
      assert.equal((await get()).total, 25);
    });

    it('shows a partner that is the whole set (nothing to subtract)', async () => {
      await submitMany(app, clock, '2026-02-04', 12, { partner: 'voka' });
      assert.equal((await get('?partner=voka')).total, 12);
    });

    it('checks each quarter against differencing on its own', async () => {
      await submitMany(app, clock, '2026-02-04', 12, { partner: 'voka' }); // Q1: voka is everything
      await submitMany(app, clock, '2026-05-06', 12, { partner: 'voka' });
      await submitMany(app, clock, '2026-05-06', 4); // Q2: all minus voka is 4
      const answer = await get('?partner=voka');
      assert.deepEqual(answer.quarters.map((q) => [q.quarter, q.n]), [['2026-Q1', 12], ['2026-Q2', null]]);
      assert.equal(answer.total, 12);
    });

    it('hides a combination of filters when one filter alone differs from it by fewer than k', async () => {
      // voka x zorg-welzijn = 12; voka alone = 16 (4 more); zorg-welzijn alone = 32; all = 52.
      await submitMany(app, clock, '2026-02-04', 12, { partner: 'voka', sector: 'zorg-welzijn' });
      await submitMany(app, clock, '2026-02-04', 4, { partner: 'voka', sector: 'onderwijs' });
      await submitMany(app, clock, '2026-02-04', 20, { partner: 'unizo', sector: 'zorg-welzijn' });
      await submitMany(app, clock, '2026-02-04', 16, { partner: 'unizo', sector: 'bouw' });
      const both = await get('?partner=voka&sector=zorg-welzijn');
      assert.deepEqual(both.filters, { partner: 'voka', sector: 'zorg-welzijn' });
      assert.equal(both.total, null, 'voka minus voka-in-zorg would be 4');
      assert.equal((await get('?partner=voka')).total, 16, 'voka alone: all minus voka is 36');
      assert.equal((await get('?sector=zorg-welzijn')).total, 32);

      await submitMany(app, clock, '2026-02-04', 6, { partner: 'voka', sector: 'onderwijs' });
      assert.equal((await get('?partner=voka&sector=zorg-welzijn')).total, 12);
    });

    it('hides a combination when the other filter alone differs from it by fewer than k', async () => {
      // voka x zorg = 12; zorg alone = 15 (3 more, from unizo); voka alone = 27; all = 40.
      await submitMany(app, clock, '2026-02-04', 12, { partner: 'voka', sector: 'zorg-welzijn' });
      await submitMany(app, clock, '2026-02-04', 3, { partner: 'unizo', sector: 'zorg-welzijn' });
      await submitMany(app, clock, '2026-02-04', 15, { partner: 'voka', sector: 'bouw' });
      await submitMany(app, clock, '2026-02-04', 10, { partner: 'unizo', sector: 'bouw' });
      assert.equal((await get('?partner=voka&sector=zorg-welzijn')).total, null);
      assert.equal((await get('?partner=voka')).total, 27);
    });

    it('checks all subsets of three filters, the empty one included', async () => {
      // F = voka x zorg x 10-49 = 12. Every single and double filter differs from F by >= k except
      // "sector x size", which holds 2 more (from unizo).
      const f = { partner: 'voka', sector: 'zorg-welzijn', size: '10-49' };
      await submitMany(app, clock, '2026-02-04', 12, f);
      await submitMany(app, clock, '2026-02-04', 2, { ...f, partner: 'unizo' });
      await submitMany(app, clock, '2026-02-04', 10, { ...f, sector: 'bouw' });
      await submitMany(app, clock, '2026-02-04', 10, { ...f, size: '250+' });
      await submitMany(app, clock, '2026-02-04', 10, { ...f, partner: 'unizo', size: '250+' });
      const query = '?partner=voka&sector=zorg-welzijn&size=10-49';
      assert.equal((await get(query)).total, null);
      await submitMany(app, clock, '2026-02-04', 8, { ...f, partner: 'unizo' });
      const shown = await get(query);
      assert.equal(shown.total, 12);
      assert.deepEqual(shown.filters, f);
    });

    it('refuses filters that are not in the contract with a JSON 400', async () => {
      for (const query of [
        '?sector=landbouw',
        '?size=1000',
        '?partner=%3Cscript%3E',
        '?partner=a&partner=b',
        '?from=2026-Q5',
        '?from=2026Q1',
        '?from=2026-Q3&to=2026-Q1',
        '?unit=team',
        '?__proto__=x',
      ]) {
        const reply = await app.inject({ url: `/v1/aggregates${query}` });
        assert.equal(reply.statusCode, 400, query);
        assert.equal(typeof reply.json().error, 'string', query);
        assert.doesNotMatch(reply.body, /<script/);
      }
    });
  });
}
