/**
 * The answer of GET /v1/aggregates (see the collector's contract) and how the page asks for it.
 */

/** The filters the page can send; every one is optional. */
export interface Filters {
  partner?: string;
  sector?: string;
  size?: string;
  /** First quarter, "2026-Q1". */
  from?: string;
  /** Last quarter, included. */
  to?: string;
}

/** The names of the filters, in the order they appear in the address bar. */
export const FILTER_NAMES = ['partner', 'sector', 'size', 'from', 'to'] as const;

/** A cell (a quarter or the whole period) and a quarter's cell, as the collector answers them. */
export type { Cell, QuarterCell } from '../src/suppression.ts';
import type { Cell, QuarterCell } from '../src/suppression.ts';

/** The whole answer. */
export interface Aggregates {
  /** Smallest group the collector shows. */
  k: number;
  filters: Filters;
  total: number | null;
  quarters: QuarterCell[];
  overall: Cell;
}

/** A quarter as the collector names it: "2026-Q4". */
export const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Partner ids as the collector accepts them. */
export const PARTNER = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** The collector refused the query (a 4xx with its error code). */
export class QueryRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The query string for these filters, without empty ones. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** Reads the filters from a query string, dropping values the collector would refuse. */
export function filtersFrom(params: URLSearchParams, sectors: readonly string[], sizes: readonly string[]): Filters {
  const filters: Filters = {};
  const partner = params.get('partner');
  if (partner && PARTNER.test(partner)) filters.partner = partner;
  const sector = params.get('sector');
  if (sector && sectors.includes(sector)) filters.sector = sector;
  const size = params.get('size');
  if (size && sizes.includes(size)) filters.size = size;
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value && QUARTER.test(value)) filters[name] = value;
  }
  return filters;
}

/**
 * Fetches the aggregates from the collector that serves this page. The address is relative to
 * the page, so a collector behind a path prefix works too.
 */
export async function fetchAggregates(filters: Filters, signal?: AbortSignal): Promise<Aggregates> {
  const url = new URL('v1/aggregates', document.baseURI);
  url.search = filterParams(filters).toString();
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new QueryRefused(response.status, body.error ?? 'error', body.message ?? response.statusText);
  }
  return (await response.json()) as Aggregates;
}
