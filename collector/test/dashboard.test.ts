/**
 * The dashboard in a real browser (Chromium from Debian, through puppeteer-core) against the real
 * collector on PGlite with known submissions: headings, tables and the "fewer than k" marker by
 * role and name in Dutch and English, the empty state, the filters by keyboard, the language
 * switch, and not one policy violation or console error on the way.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import type { FastifyInstance } from 'fastify';
import puppeteer, { type Browser, type Page, type SerializedAXNode } from 'puppeteer-core';

import { dashboardRoutes } from '../src/dashboard/routes.ts';
import { dayInQuarter, storeSample, type SampleBatch } from '../src/dashboard/sample-data.ts';
import { migrate } from '../src/migrate.ts';
import { buildServer } from '../src/server.ts';
import { openPglite, type Storage } from '../src/storage.ts';
import { PROFILES } from '../src/vocabulary.ts';

const BUILD_SCRIPT = fileURLToPath(new URL('../scripts/build-dashboard.js', import.meta.url));
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const K = 10;

/**
 * 2026-Q1: 14 from partner alfa. 2026-Q2: 4 from alfa, below k, so hidden. 2026-Q3: 12 from alfa
 * and 13 from beta. Nothing from the building sector.
 */
const SAMPLE: SampleBatch[] = [
  { received: dayInQuarter('2026-Q1'), count: 14, partner: 'alfa', sector: 'onderwijs', size: '10-49', seed: 1 },
  { received: dayInQuarter('2026-Q2'), count: 4, partner: 'alfa', sector: 'onderwijs', size: '10-49', seed: 2 },
  { received: dayInQuarter('2026-Q3'), count: 12, partner: 'alfa', sector: 'onderwijs', size: '10-49', seed: 3 },
  { received: dayInQuarter('2026-Q3'), count: 13, partner: 'beta', sector: 'zorg-welzijn', size: '50-249', seed: 4 },
];

interface AggregateCell {
  quarter?: string;
  n: number | null;
  suppressed: boolean;
  profiles: Record<string, number> | null;
}

/** A share as the page writes it: one decimal, comma in Dutch, point in English. */
const percent = (share: number, language: 'nl' | 'en') => {
  const text = `${(share * 100).toFixed(1)}%`;
  return language === 'nl' ? text.replace('.', ',') : text;
};

const work = mkdtempSync(join(tmpdir(), 'dashboard-browser-'));
let storage: Storage;
let app: FastifyInstance;
let base: string;
let browser: Browser;

// Without Chromium the suite is skipped, loudly; CI (REQUIRE_ALL_ENGINES=1) fails instead.
const missingBrowser = existsSync(CHROMIUM) ? false : `Chromium is not installed at ${CHROMIUM}: sudo apt-get install -y chromium`;
if (missingBrowser && process.env.REQUIRE_ALL_ENGINES === '1') throw new Error(missingBrowser);
if (missingBrowser) console.warn(`\n*** dashboard browser tests NOT RUN: ${missingBrowser} ***\n`);

before(async () => {
  if (missingBrowser) return;
  const buildFolder = join(work, 'build');
  execFileSync(process.execPath, [BUILD_SCRIPT, '--out', buildFolder], { stdio: 'pipe' });
  storage = await openPglite(join(work, 'data'));
  await migrate(storage);
  assert.equal(await storeSample(storage, SAMPLE), 43);
  app = await buildServer({
    storage,
    k: K,
    plugins: [async (instance, options) => dashboardRoutes(instance, { ...options, buildFolder })],
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await storage?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Everything the page complained about: policy violations, console errors and warnings, failed loads. */
interface Opened {
  page: Page;
  problems: string[];
  violations: () => Promise<string[]>;
}

async function open(query: string, width = 1280): Promise<Opened> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // Recorded in the page before any of its own script runs; shadow roots' violations reach the document.
  await page.evaluateOnNewDocument(`
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
    }, true);
  `);
  await page.setViewport({ width, height: 900 });
  await page.goto(`${base}/dashboard${query}`, { waitUntil: 'load' });
  return { page, problems, violations: () => page.evaluate('window.__violations') as Promise<string[]> };
}

/** Waits until an element with this role and accessible name is on the page (shadow roots included). */
async function waitForRole(page: Page, role: string, name: string): Promise<void> {
  await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`);
}

function nodes(tree: SerializedAXNode | null): SerializedAXNode[] {
  if (!tree) return [];
  return [tree, ...(tree.children ?? []).flatMap(nodes)];
}

async function accessibilityTree(page: Page): Promise<SerializedAXNode[]> {
  return nodes(await page.accessibility.snapshot({ interestingOnly: false }));
}

/** The headings as "level name". */
const headings = (tree: SerializedAXNode[]) =>
  tree.filter((node) => node.role === 'heading').map((node) => `${node.level} ${node.name}`);

/** The rows of the table with this name, each as the names of its header and data cells. */
function tableRows(tree: SerializedAXNode[], name: string): string[][] {
  const table = tree.find((node) => node.role === 'table' && node.name === name);
  assert.ok(table, `no table named "${name}"`);
  return nodes(table)
    .filter((node) => node.role === 'row')
    .map((row) => (row.children ?? []).filter((cell) => /header|cell/.test(cell.role)).map((cell) => cell.name ?? ''));
}

async function aggregates(query = ''): Promise<{ quarters: AggregateCell[]; overall: AggregateCell }> {
  const response = await fetch(`${base}/v1/aggregates${query}`);
  assert.equal(response.status, 200);
  return (await response.json()) as { quarters: AggregateCell[]; overall: AggregateCell };
}

async function assertClean(opened: Opened): Promise<void> {
  assert.deepEqual(await opened.violations(), [], 'Content Security Policy violations');
  assert.deepEqual(opened.problems, [], 'console errors, warnings or failed requests');
}

describe('the dashboard in Chromium', { skip: missingBrowser }, () => {
  it('shows the headings, the profile table and the hidden quarter in Dutch', async () => {
    const opened = await open('?lang=nl');
    const { page } = opened;
    await waitForRole(page, 'heading', 'Profielen per kwartaal');
    const tree = await accessibilityTree(page);

    assert.deepEqual(headings(tree), [
      '1 Monitoring informeel leren',
      '2 Selectie',
      '2 Profielen per kwartaal',
      '2 Ja-antwoorden per stelling',
      '2 Over deze cijfers',
    ]);
    assert.equal(await page.evaluate('document.documentElement.lang'), 'nl');
    assert.ok(tree.some((node) => node.role === 'image' && /^Lijndiagram .* van K1 2026 tot K3 2026/.test(node.name ?? '')));
    for (const label of ['Partner']) assert.ok(tree.some((node) => node.role === 'textbox' && node.name === label));
    for (const label of ['Sector', 'Grootte', 'Van kwartaal', 'Tot en met kwartaal', 'Periode']) {
      assert.ok(tree.some((node) => node.role === 'combobox' && node.name === label), label);
    }

    const data = await aggregates();
    const [q1, q2, q3] = data.quarters;
    assert.deepEqual([q1?.quarter, q2?.suppressed, q3?.n], ['2026-Q1', true, 25]);
    const rows = tableRows(tree, 'Aandeel van elk profiel per kwartaal');
    const shares = (cell: AggregateCell) => PROFILES.map((id) => percent(cell.profiles![id]!, 'nl'));
    assert.deepEqual(rows, [
      ['Kwartaal', 'Krachtige ambitie', 'Krachtige basis', 'Employee journey', 'Krachtige groeimogelijkheden', 'Lerende organisatie', 'Antwoorden'],
      ['K1 2026', ...shares(q1!), '14'],
      ['K2 2026', 'minder dan 10 antwoorden'],
      ['K3 2026', ...shares(q3!), '25'],
      ['Totaal', ...shares(data.overall), '39'],
    ]);

    const statements = tableRows(tree, 'Aandeel ja per stelling, alle getoonde kwartalen samen');
    assert.equal(statements.length, 21);
    assert.deepEqual(statements[1]?.[0], 'In de organisatie wordt gecommuniceerd over de visie op leren.');
    await assertClean(opened);
    await page.close();
  });

  it('shows the same in English, with the marker in English', async () => {
    const opened = await open('?lang=en');
    const { page } = opened;
    await waitForRole(page, 'heading', 'Profiles per quarter');
    const tree = await accessibilityTree(page);
    assert.deepEqual(headings(tree), [
      '1 Informal learning monitor',
      '2 Selection',
      '2 Profiles per quarter',
      '2 Yes answers per statement',
      '2 About these figures',
    ]);
    assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
    const data = await aggregates();
    const rows = tableRows(tree, 'Share of each profile per quarter');
    assert.deepEqual(rows[2], ['Q2 2026', 'fewer than 10 answers']);
    assert.deepEqual(rows[1], ['Q1 2026', ...PROFILES.map((id) => percent(data.quarters[0]!.profiles![id]!, 'en')), '14']);
    const statements = tableRows(tree, 'Share of yes per statement, all quarters shown');
    assert.equal(statements[1]?.[0], 'The organisation communicates about its vision of learning.');
    await assertClean(opened);
    await page.close();
  });

  it('says clearly when a selection has nothing to show', async () => {
    const opened = await open('?lang=nl&sector=bouw');
    const { page } = opened;
    await waitForRole(page, 'heading', 'Nog geen resultaten voor deze selectie');
    const tree = await accessibilityTree(page);
    assert.ok(!tree.some((node) => node.role === 'table'), 'no table of zeros');
    assert.ok(tree.some((node) => node.role === 'combobox' && node.name === 'Sector' && node.value === 'Bouw'));
    await assertClean(opened);
    await page.close();
  });

  it('fits a 320 px screen, filters by keyboard alone with a visible focus, and keeps the selection in the address', async () => {
    const opened = await open('?lang=nl', 320);
    const { page } = opened;
    await waitForRole(page, 'heading', 'Profielen per kwartaal');
    // Only the wide table scrolls (inside its own region); the page itself never does sideways.
    assert.equal(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'), 0);
    // Tab from the top of the page to the partner field.
    let focused: SerializedAXNode | undefined;
    for (let presses = 0; presses < 10 && !(focused?.role === 'textbox' && focused.name === 'Partner'); presses++) {
      await page.keyboard.press('Tab');
      focused = (await accessibilityTree(page)).find((node) => node.focused);
    }
    assert.equal(focused?.name, 'Partner', 'the partner field is reached with Tab');
    const outline = await page.evaluate(`(() => {
      let element = document.activeElement;
      while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
      const style = getComputedStyle(element);
      return style.outlineStyle + ' ' + style.outlineWidth;
    })()`);
    assert.equal(outline, 'solid 3px');

    await page.keyboard.type('beta');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`location.search.includes('partner=beta')`);
    // The status line (a live region) says what changed.
    await page.waitForFunction(
      `document.querySelector('monitoring-dashboard').shadowRoot.querySelector('[role=status]').textContent.trim() === 'Resultaten bijgewerkt: 13 antwoorden.'`,
    );
    const rows = tableRows(await accessibilityTree(page), 'Aandeel van elk profiel per kwartaal');
    // Beta sent nothing in the first quarter: the page says so in words, not as 0 %.
    assert.deepEqual(rows[1], ['K1 2026', 'minder dan 10 antwoorden']);
    assert.equal(rows[3]?.[0], 'K3 2026');
    assert.equal(rows[3]?.at(-1), '13');
    await assertClean(opened);
    await page.close();
  });

  it('switches language in place and keeps the filters', async () => {
    const opened = await open('?lang=nl&partner=alfa');
    const { page } = opened;
    await waitForRole(page, 'heading', 'Profielen per kwartaal');
    await page.locator('::-p-aria([name="English"][role="link"])').click();
    await waitForRole(page, 'heading', 'Profiles per quarter');
    assert.equal(await page.evaluate('location.search'), '?partner=alfa&lang=en');
    assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
    assert.equal(await page.evaluate('document.title'), 'Informal learning monitor');
    const tree = await accessibilityTree(page);
    assert.ok(tree.some((node) => node.role === 'textbox' && node.name === 'Partner' && node.value === 'alfa'));
    await assertClean(opened);
    await page.close();
  });

  it('says so when the collector cannot be reached, and loads on retry', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    let collectorDown = true;
    page.on('request', (request) => {
      if (collectorDown && new URL(request.url()).pathname === '/v1/aggregates') void request.abort('connectionrefused');
      else void request.continue();
    });
    await page.goto(`${base}/dashboard?lang=nl`);
    await waitForRole(page, 'button', 'Opnieuw proberen');
    let tree = await accessibilityTree(page);
    assert.ok(!tree.some((node) => node.role === 'table'), 'no numbers without an answer');
    collectorDown = false;
    await page.locator('::-p-aria([name="Opnieuw proberen"][role="button"])').click();
    await waitForRole(page, 'heading', 'Profielen per kwartaal');
    tree = await accessibilityTree(page);
    assert.equal(tableRows(tree, 'Aandeel van elk profiel per kwartaal')[1]?.at(-1), '14');
    await page.close();
  });

  it('keeps the five lines apart without colour in forced-colours mode', async () => {
    const opened = await open('?lang=nl');
    const { page } = opened;
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await waitForRole(page, 'heading', 'Profielen per kwartaal');
    const series = (await page.evaluate(`(() => {
      const root = document.querySelector('monitoring-dashboard').shadowRoot;
      const text = getComputedStyle(root.querySelector('h1')).color;
      return [...root.querySelectorAll('.profile-chart .series')].map((group) => {
        const line = group.querySelector('.line');
        const style = getComputedStyle(line);
        return { stroke: style.stroke === text, dashes: style.strokeDasharray, marker: group.querySelector('.marker').getAttribute('d') };
      });
    })()`)) as { stroke: boolean; dashes: string; marker: string }[];
    assert.equal(series.length, 5);
    assert.ok(series.every((line) => line.stroke), 'every line in the text colour');
    assert.equal(new Set(series.map((line) => line.dashes)).size, 5, 'five dash patterns');
    assert.equal(new Set(series.map((line) => line.marker)).size, 5, 'five marker shapes');
    await assertClean(opened);
    await page.close();
  });

  it('takes the browser’s language when the address names none', async () => {
    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'fr-BE,fr;q=0.9' });
    await page.evaluateOnNewDocument(`Object.defineProperty(navigator, 'languages', { get: () => ['fr-BE', 'fr'] })`);
    await page.goto(`${base}/dashboard`);
    await waitForRole(page, 'heading', 'Profils par trimestre');
    assert.equal(await page.evaluate('document.documentElement.lang'), 'fr');
    await page.close();
  });
});
