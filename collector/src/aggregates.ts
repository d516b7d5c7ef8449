/**
 * GET /v1/aggregates: profile shares and yes-shares per quarter and overall, for the submissions
 * matching the filters, with every cell below k hidden (see suppression.ts).
 */
import type { FastifyInstance } from 'fastify';

import { compareQuarters, nextQuarter, parseQuarter, QUARTER_PATTERN, quarterStart, type Quarter } from './calendar.ts';
import { badRequest } from './errors.ts';
import type { Queryable } from './storage.ts';
import { suppress, type QuarterCounts, type SuppressedAggregates } from './suppression.ts';
import { PARTNER_PATTERN, PROFILES, SECTORS, SIZES, STATEMENTS } from './vocabulary.ts';

/** The filters that select submissions by who sent them; each subset of them is checked against differencing. */
export const GROUP_FILTERS = ['partner', 'sector', 'size'] as const;
type GroupFilter = (typeof GROUP_FILTERS)[number];

/** Query string of GET /v1/aggregates. */
export interface AggregateFilters {
  partner?: string;
  sector?: string;
  size?: string;
  /** First quarter, "2026-Q1". */
  from?: string;
  /** Last quarter, included. */
  to?: string;
}

/** The JSON answer. */
export interface Aggregates extends SuppressedAggregates {
  k: number;
  filters: AggregateFilters;
}

const querystringSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    partner: { type: 'string', pattern: PARTNER_PATTERN },
    sector: { type: 'string', enum: SECTORS },
    size: { type: 'string', enum: SIZES },
    from: { type: 'string', pattern: QUARTER_PATTERN },
    to: { type: 'string', pattern: QUARTER_PATTERN },
  },
} as const;

interface CountsRow {
  year: number;
  q: number;
  [column: string]: number;
}

/**
 * Counts, in one pass per quarter: the submissions of every subset of the group filters, and for
 * the full filter set the profiles and the yes answers.
 */
export async function countByQuarter(db: Queryable, filters: AggregateFilters): Promise<QuarterCounts[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;

  const applied: GroupFilter[] = GROUP_FILTERS.filter((name) => filters[name] !== undefined);
  const conditions = applied.map((name) => `${name} = ${param(filters[name])}`);
  const subsetCondition = (mask: number) =>
    conditions.filter((_, bit) => mask & (1 << bit)).join(' AND ') || 'TRUE';
  const fullMask = (1 << applied.length) - 1;
  const full = subsetCondition(fullMask);

  const columns = [
    ...Array.from({ length: fullMask + 1 }, (_, mask) => `count(*) FILTER (WHERE ${subsetCondition(mask)})::int AS s${mask}`),
    ...PROFILES.map((id, i) => `count(*) FILTER (WHERE ${full} AND profile = ${param(id)})::int AS p${i}`),
    // answers is a 1-based PostgreSQL array in statement order.
    ...STATEMENTS.map((_, i) => `count(*) FILTER (WHERE ${full} AND answers[${i + 1}])::int AS y${i}`),
  ];

  const period: string[] = [];
  const from = filters.from ? parseQuarter(filters.from) : null;
  const to = filters.to ? parseQuarter(filters.to) : null;
  if (from) period.push(`week >= ${param(quarterStart(from))}::date`);
  if (to) period.push(`week < ${param(quarterStart(nextQuarter(to)))}::date`);

  const sql = `SELECT extract(year FROM week)::int AS year, extract(quarter FROM week)::int AS q, ${columns.join(', ')}
    FROM submissions ${period.length ? `WHERE ${period.join(' AND ')}` : ''}
    GROUP BY 1, 2`;
  const { rows } = await db.query<CountsRow>(sql, params);

  return rows.map((row) => ({
    quarter: `${String(row.year).padStart(4, '0')}-Q${row.q}`,
    subsets: Array.from({ length: fullMask + 1 }, (_, mask) => Number(row[`s${mask}`])),
    profiles: Object.fromEntries(PROFILES.map((id, i) => [id, Number(row[`p${i}`])])),
    yes: Object.fromEntries(STATEMENTS.map((id, i) => [id, Number(row[`y${i}`])])),
  }));
}

/** Counts and suppresses: the whole answer for these filters. */
export async function aggregates(db: Queryable, filters: AggregateFilters, k: number): Promise<Aggregates> {
  const counts = await countByQuarter(db, filters);
  return { k, filters, ...suppress(counts, k, PROFILES, STATEMENTS) };
}

/** Registers GET /v1/aggregates. */
export function aggregateRoutes(app: FastifyInstance, db: Queryable, k: number): void {
  app.get<{ Querystring: AggregateFilters }>('/v1/aggregates', { schema: { querystring: querystringSchema } }, async (request) => {
    const filters = request.query;
    const from = filters.from ? parseQuarter(filters.from) : null;
    const to = filters.to ? parseQuarter(filters.to) : null;
    if (from && to && compareQuarters(from as Quarter, to as Quarter) > 0) {
      throw badRequest('invalid_period', '"from" is after "to"');
    }
    const echo: AggregateFilters = {};
    for (const name of [...GROUP_FILTERS, 'from', 'to'] as const) {
      if (filters[name] !== undefined) echo[name] = filters[name];
    }
    return aggregates(db, echo, k);
  });
}
