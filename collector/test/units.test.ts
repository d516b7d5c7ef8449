/**
 * The collector's pure parts: weeks and quarters, CSV cells, the settings from the environment,
 * and the suppression rules on hand-made counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { formatQuarter, isoWeekMonday, parseQuarter, quarterOfDate, quartersBetween, quarterStart } from '../src/calendar.ts';
import { ConfigError, configFromEnv } from '../src/config.ts';
import { csvCell, csvLine } from '../src/csv.ts';
import { suppress, type QuarterCounts } from '../src/suppression.ts';

describe('isoWeekMonday', () => {
  it('gives the Monday of the ISO week, in UTC', () => {
    assert.equal(isoWeekMonday(new Date('2026-02-09T00:00:00Z')), '2026-02-09'); // a Monday
    assert.equal(isoWeekMonday(new Date('2026-02-15T23:59:59Z')), '2026-02-09'); // the Sunday after
    assert.equal(isoWeekMonday(new Date('2026-02-16T00:00:00Z')), '2026-02-16');
    assert.equal(isoWeekMonday(new Date('2021-01-01T12:00:00Z')), '2020-12-28'); // across a year
    assert.equal(isoWeekMonday(new Date('2024-03-03T12:00:00Z')), '2024-02-26'); // across a leap day
    // 23:30 on a Sunday in Brussels is 22:30 UTC on that Sunday: still the old week.
    assert.equal(isoWeekMonday(new Date('2026-02-15T23:30:00+01:00')), '2026-02-09');
  });
  it('is always a Monday', () => {
    for (let day = 0; day < 400; day += 1) {
      const monday = isoWeekMonday(new Date(Date.UTC(2025, 0, 1 + day, 13)));
      assert.equal(new Date(`${monday}T00:00:00Z`).getUTCDay(), 1);
    }
  });
});

describe('quarters', () => {
  it('reads, writes and walks quarters', () => {
    assert.deepEqual(parseQuarter('2026-Q4'), { year: 2026, q: 4 });
    assert.equal(parseQuarter('2026-Q0'), null);
    assert.equal(parseQuarter('2026-q1'), null);
    assert.equal(formatQuarter({ year: 2026, q: 1 }), '2026-Q1');
    assert.equal(quarterStart({ year: 2026, q: 4 }), '2026-10-01');
    assert.deepEqual(quarterOfDate('2026-03-30'), { year: 2026, q: 1 });
    assert.deepEqual(quarterOfDate('2026-04-06'), { year: 2026, q: 2 });
    assert.deepEqual(quartersBetween({ year: 2025, q: 3 }, { year: 2026, q: 2 }).map(formatQuarter), ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });
});

describe('csv', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.ok(csvCell(text).replace(/^"/, '').startsWith("'"), text);
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  });
  it('quotes commas, quotes and line breaks, and leaves plain cells and numbers alone', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('a\nb'), '"a\nb"');
    assert.equal(csvCell('10-49'), '10-49');
    assert.equal(csvCell(-1), '-1');
    assert.equal(csvCell(null), '');
    assert.equal(csvLine(['a', 1, null]), 'a,1,\r\n');
  });
});

describe('configFromEnv', () => {
  it('has the documented defaults', () => {
    const config = configFromEnv({});
    assert.equal(config.port, 8787);
    assert.equal(config.k, 10);
    assert.equal(config.dataFolder, '.collector/');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.adminToken, undefined);
    assert.deepEqual(config.origins, []);
    assert.equal(config.rateLimitPerMinute, 60);
  });
  it('reads the origins as origins', () => {
    const config = configFromEnv({ COLLECTOR_ORIGINS: 'https://a.example/, http://localhost:8000 ,https://B.example' });
    assert.deepEqual(config.origins, ['https://a.example', 'http://localhost:8000', 'https://b.example']);
  });
  it('refuses values it cannot use', () => {
    for (const env of [
      { PORT: 'eighty' },
      { COLLECTOR_K: '1' },
      { COLLECTOR_K: '-5' },
      { COLLECTOR_ORIGINS: 'https://a.example/path' },
      { COLLECTOR_ORIGINS: 'a.example' },
      { COLLECTOR_ADMIN_TOKEN: 'short' },
    ]) {
      assert.throws(() => configFromEnv(env), ConfigError, JSON.stringify(env));
    }
  });
});

describe('suppress', () => {
  const profiles = ['a', 'b'];
  const statements = ['s1'];
  const counts = (quarter: string, subsets: number[], a: number, yes: number): QuarterCounts => ({
    quarter,
    subsets,
    profiles: { a, b: (subsets[subsets.length - 1] ?? 0) - a },
    yes: { s1: yes },
  });

  it('shows a cell of k, hides k - 1, and adds only shown cells into overall', () => {
    const result = suppress([counts('2026-Q1', [10], 5, 1), counts('2026-Q2', [9], 9, 9), counts('2026-Q3', [30], 0, 30)], 10, profiles, statements);
    assert.deepEqual(
      result.quarters.map((q) => [q.quarter, q.n]),
      [['2026-Q1', 10], ['2026-Q2', null], ['2026-Q3', 30]],
    );
    assert.deepEqual(result.overall, { n: 40, suppressed: false, profiles: { a: 0.125, b: 0.875 }, statements: { s1: 0.775 } });
    assert.equal(result.total, 40);
  });

  it('applies the differencing rule to every proper subset', () => {
    // Two filters: subsets [none, first, second, both].
    const ok = suppress([counts('2026-Q1', [40, 20, 20, 10], 5, 5)], 10, profiles, statements);
    assert.equal(ok.quarters[0]?.n, 10);
    const sameAsFirst = suppress([counts('2026-Q1', [40, 10, 20, 10], 5, 5)], 10, profiles, statements);
    assert.equal(sameAsFirst.quarters[0]?.n, 10, 'a difference of 0 reveals nobody');
    for (const subsets of [[19, 20, 20, 10], [40, 11, 20, 10], [40, 20, 19, 10]]) {
      assert.equal(suppress([counts('2026-Q1', subsets, 5, 5)], 10, profiles, statements).quarters[0]?.suppressed, true, String(subsets));
    }
  });

  it('lists nothing when no quarter reaches k unfiltered', () => {
    assert.deepEqual(suppress([counts('2026-Q1', [3], 1, 1)], 10, profiles, statements), {
      total: null,
      quarters: [],
      overall: { n: null, suppressed: true, profiles: null, statements: null },
    });
  });
});
