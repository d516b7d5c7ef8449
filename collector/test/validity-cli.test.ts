/**
 * `npm run collector:validity` end to end: the script run as a process on synthetic rows, on a
 * PGlite data folder (opened by this test at the same time, as a running collector would), and
 * on a throwaway PostgreSQL server when PostgreSQL is installed.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

import { PROFILE_IDS } from '../../src/scoring/index.ts';
import { analyseValidity } from '../src/validity/analysis.ts';
import { syntheticRows, type SyntheticRow } from '../src/validity/synthetic.ts';

const CLI = fileURLToPath(new URL('../src/validity/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The table as in the collector's contract (collector-contract.md, 001_submissions.sql).
const CREATE_TABLE = `CREATE TABLE submissions (
  id uuid PRIMARY KEY, week date NOT NULL, key_version text NOT NULL, answers boolean[] NOT NULL,
  unit text NOT NULL, lang text NOT NULL, profile text NOT NULL, partner text, size text, sector text)`;
const INSERT = `INSERT INTO submissions (id, week, key_version, answers, unit, lang, profile)
  VALUES (gen_random_uuid(), '2026-03-02', '1', $1, 'team', 'nl', $2)`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: childEnv,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The row of the k table for one k, as cells. */
const tableRow = (stdout: string, k: number): string[] =>
  stdout
    .split('\n')
    .find((line) => new RegExp(`^${k}\\s{2,}`).test(line))!
    .split(/\s{2,}/);

const noDatabaseUrl = { DATABASE_URL: undefined };

describe('collector:validity on synthetic rows', () => {
  it('prints each k beside the report\'s figures, with the analysis\' own numbers', async () => {
    const run = await runCli(['--synthetic', '307', '--seed', '5', '--noise', '0.1']);
    assert.equal(run.code, 0, run.stderr);
    const analysis = analyseValidity(syntheticRows(307, { seed: 5, noise: 0.1 }), { seed: 5, profileOrder: PROFILE_IDS });
    for (const s of analysis.solutions) {
      const [k, variance, reportVariance, silhouette, reportSilhouette, ari] = tableRow(run.stdout, s.k);
      assert.equal(k, String(s.k));
      assert.equal(variance, `${(s.varianceExplained * 100).toFixed(1)} %`);
      assert.equal(silhouette, s.silhouette.toFixed(2));
      assert.equal(ari, s.ari.toFixed(2));
      assert.equal(reportVariance, { 4: '48.9 %', 5: '54.4 %', 6: '56.7 %' }[s.k]);
      assert.equal(reportSilhouette, s.k === 5 ? '0.42' : '–');
    }
    assert.match(run.stdout, /Rows: 307 \(the report: 307 validation respondents\)/);
    assert.match(run.stdout, new RegExp(`adjusted Rand index ${analysis.agreement!.ari.toFixed(2)}`));
    assert.match(run.stdout, /cluster\s+rows\s+ambitie\s+basis\s+employee-journey\s+groei\s+lerende-organisatie/);
  });

  it('gives the same figures as JSON', async () => {
    const run = await runCli(['--synthetic', '120', '--seed', '2', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    const analysis = analyseValidity(syntheticRows(120, { seed: 2 }), { seed: 2, profileOrder: PROFILE_IDS });
    assert.equal(json.n, 120);
    assert.deepEqual(json.agreement, analysis.agreement);
    assert.deepEqual(json.solutions.map((s: { varianceExplained: number }) => s.varianceExplained), analysis.solutions.map((s) => s.varianceExplained));
    assert.equal(json.report.varianceExplained['5'], 0.544);
  });

  it('says plainly that fewer than 50 rows tell nothing', async () => {
    const run = await runCli(['--synthetic', '49']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Only 49 usable submissions: too few to say anything .*\(at least 50 .*Nothing was computed/);
    assert.doesNotMatch(run.stdout, /variance explained/);
  });

  it('refuses options it does not know, or values that make no sense', async () => {
    for (const args of [['--bogus'], ['--synthetic', 'many'], ['--synthetic', '100', '--noise', '2'], ['--noise', '0.2']]) {
      const run = await runCli(args, noDatabaseUrl);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /Usage: npm run collector:validity/);
    }
  });
});

/** Rows into a table: synthetic rows, then two that the analysis must leave out. */
async function fill(query: (sql: string, params: unknown[]) => Promise<unknown>, rows: readonly SyntheticRow[]) {
  for (const row of rows) await query(INSERT, [row.answers, row.profile]);
  await query(INSERT, [row19(rows[0]), 'groei']);
  await query(INSERT, [rows[0].answers, 'unknown-profile']);
}
const row19 = (row: SyntheticRow) => row.answers.slice(0, 19);

describe('collector:validity on a PGlite data folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'validity-pglite-'));
  const rows = syntheticRows(150, { noise: 0.05, seed: 21 });
  let db: PGlite;

  before(async () => {
    db = new PGlite(folder);
    await db.exec(CREATE_TABLE);
    await fill((sql, params) => db.query(sql, params), rows);
  });
  after(async () => {
    await db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the rows while the folder is open elsewhere, and leaves the bad ones out', async () => {
    const run = await runCli(['--json'], { ...noDatabaseUrl, COLLECTOR_DATA: folder });
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.n, rows.length);
    assert.match(json.source, /PGlite data folder .* \(read from a copy\); 2 rows left out/);
    assert.ok(json.agreement.ari > 0.9, `ARI ${json.agreement.ari}`);
    // The folder stays usable by its owner, with every row still there.
    const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
    assert.equal(count.rows[0].n, rows.length + 2);
  });

  it('prints the text report from the folder', async () => {
    const run = await runCli([], { ...noDatabaseUrl, COLLECTOR_DATA: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Rows: 150 /);
    assert.ok(tableRow(run.stdout, 5));
  });

  it('leaves no copy behind', async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('collector-validity-')).length;
    await runCli(['--json'], { ...noDatabaseUrl, COLLECTOR_DATA: folder });
    assert.equal(readdirSync(tmpdir()).filter((name) => name.startsWith('collector-validity-')).length, before);
  });

  it('says so when the folder is missing or has no table yet', async () => {
    const missing = await runCli([], { ...noDatabaseUrl, COLLECTOR_DATA: join(folder, 'nope') });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no collector data at .*nope: nothing collected yet/);
    assert.ok(!existsSync(join(folder, 'nope')), 'the script must not create a data folder');

    const empty = mkdtempSync(join(tmpdir(), 'validity-empty-'));
    try {
      const fresh = new PGlite(empty);
      await fresh.exec('SELECT 1');
      await fresh.close();
      const run = await runCli([], { ...noDatabaseUrl, COLLECTOR_DATA: empty });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /has no submissions table yet/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** A PostgreSQL bin folder with initdb and pg_ctl, or null. */
function postgresBin(): string | null {
  const candidates = [process.env.PG_BIN, ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => `/usr/lib/postgresql/${v}/bin`) : [])];
  return candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const bin = postgresBin();
describe('collector:validity on a PostgreSQL server', { skip: bin ? false : 'PostgreSQL is not installed (apt-get install postgresql): NOT RUN' }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'validity-postgres-'));
  const data = join(folder, 'data');
  // PostgreSQL refuses to run as root: then the cluster runs as the postgres user.
  const asServerUser = (command: string, args: string[]) =>
    process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' }) : execFileSync(command, args, { stdio: 'pipe' });
  let url = '';

  before(async () => {
    if (process.getuid?.() === 0) {
      const { uid, gid } = { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
      chownSync(folder, uid, gid);
      chmodSync(folder, 0o700);
    }
    const port = await freePort();
    asServerUser(join(bin!, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    asServerUser(join(bin!, 'pg_ctl'), ['-D', data, '-w', '-l', join(folder, 'log'), '-o', `-k ${folder} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(CREATE_TABLE);
    await fill((sql, params) => client.query(sql, params), syntheticRows(90, { noise: 0.05, seed: 22 }));
    await client.end();
  });
  after(() => {
    try {
      asServerUser(join(bin!, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads the rows through DATABASE_URL', async () => {
    const run = await runCli(['--json'], { DATABASE_URL: url, COLLECTOR_DATA: undefined });
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.n, 90);
    assert.match(json.source, /^PostgreSQL \(127\.0\.0\.1:\d+\); 2 rows left out/);
    assert.ok(json.agreement.ari > 0.9, `ARI ${json.agreement.ari}`);
  });

  it('says so when the server cannot be reached', async () => {
    const port = await freePort();
    const run = await runCli([], { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/postgres` });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot connect to the PostgreSQL server in DATABASE_URL/);
  });
});
