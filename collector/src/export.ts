/**
 * GET /v1/export: every stored row as CSV, for researchers holding the admin token. Without a
 * configured token the export is switched off entirely.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';

import type { FastifyInstance, FastifyRequest } from 'fastify';

import { csvLine } from './csv.ts';
import { HttpError } from './errors.ts';
import type { Queryable } from './storage.ts';
import { STATEMENTS } from './vocabulary.ts';

/** Rows read per query while the CSV streams out. */
const PAGE_SIZE = 2000;

/** The CSV's columns: the row's fields, then one 1/0 column per statement in instrument order. */
export const EXPORT_COLUMNS: readonly string[] = [
  'id',
  'week',
  'key_version',
  'unit',
  'lang',
  'profile',
  'partner',
  'size',
  'sector',
  ...STATEMENTS,
];

interface ExportRow {
  id: string;
  week: string;
  key_version: string;
  answers: boolean[];
  unit: string;
  lang: string;
  profile: string;
  partner: string | null;
  size: string | null;
  sector: string | null;
}

/** The CSV, a page of rows at a time (keyset paging on week and id, so it never holds the whole table). */
export async function* exportCsv(db: Queryable): AsyncGenerator<string> {
  yield csvLine(EXPORT_COLUMNS);
  let after: { week: string; id: string } | null = null;
  for (;;) {
    const page: ExportRow[] = (
      await db.query<ExportRow>(
        `SELECT id::text, week::text, key_version, answers, unit, lang, profile, partner, size, sector
         FROM submissions ${after ? 'WHERE (week, id) > ($1::date, $2::uuid)' : ''}
         ORDER BY week, id LIMIT ${PAGE_SIZE}`,
        after ? [after.week, after.id] : [],
      )
    ).rows;
    if (page.length > 0) {
      yield page
        .map((row) =>
          csvLine([
            row.id,
            row.week,
            row.key_version,
            row.unit,
            row.lang,
            row.profile,
            row.partner,
            row.size,
            row.sector,
            ...row.answers.map((yes) => (yes ? 1 : 0)),
          ]),
        )
        .join('');
    }
    if (page.length < PAGE_SIZE) return;
    const last = page[page.length - 1] as ExportRow;
    after = { week: last.week, id: last.id };
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when the request carries `Authorization: Bearer <token>`; compared in constant time. */
export function hasToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([^\s]+)$/.exec(header);
  return match !== null && timingSafeEqual(digest(match[1] as string), digest(token));
}

/** Registers GET /v1/export; `token` undefined or empty switches it off. */
export function exportRoutes(app: FastifyInstance, db: Queryable, token: string | undefined): void {
  app.get('/v1/export', async (request, reply) => {
    if (!token) throw new HttpError(403, 'export_disabled', 'the export is switched off: no COLLECTOR_ADMIN_TOKEN is configured');
    if (!hasToken(request, token)) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'the export needs Authorization: Bearer <admin token>');
    }
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="submissions.csv"')
      .header('cache-control', 'no-store')
      .send(Readable.from(exportCsv(db)));
  });
}
