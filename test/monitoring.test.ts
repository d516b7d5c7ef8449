/**
 * The monitoring opt-in against the real collector (collector/src/server.ts on PGlite, started by
 * scripts/wtr-collector.js): nothing is sent without consent, one stored row with it, a failed
 * send tried again is stored once, and the aggregates show a group once it has k submissions.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfileScan } from '../src/profile-scan/profile-scan.js';
import type { InformeelLerenScan } from '../src/scan/informeel-leren-scan.js';
import { PROFILE_IDS, score, STATEMENT_IDS } from '../src/scoring/index.js';
import { SECTOR_IDS, SIZE_IDS } from '../src/monitoring/choices.js';
import { storeFor } from '../src/state/store.js';
import '../src/scan/register.js';
import * as collectorChoices from '../collector/src/choices.js';
import { answer, button, deep, findPattern, freshGroup, html, mount, startScan } from './helpers.js';
import { until } from './frames.js';
import { itWhere, media } from './media-support.js';

type Row = Record<string, string>;
const rows = () => executeServerCommand('collector-rows') as Promise<Row[]>;
const aggregates = (query = '') => executeServerCommand('collector-aggregates', query) as Promise<{ status: number; body: { overall: { n: number | null; suppressed: boolean; profiles: Record<string, number> | null } } }>;

/** Starts a new, empty collector that accepts this page's origin; its base URL. */
async function startCollector(k = 10): Promise<string> {
  const { url } = (await executeServerCommand('collector-start', { origin: location.origin, k })) as { url: string };
  return url;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The control with that role and accessible name (visible text for buttons and headings, the
 * label for checkboxes and selects, the heading for a region), in the element or its footer.
 */
function byRole<E extends HTMLElement = HTMLElement>(el: Element, role: 'button' | 'checkbox' | 'combobox' | 'heading' | 'region', name: string | RegExp): E | undefined {
  const selector = { button: 'button', checkbox: 'input[type="checkbox"]', combobox: 'select', heading: 'h1, h2, h3, h4', region: 'section[aria-labelledby]' }[role];
  const nameOf = (node: HTMLElement) => {
    if (role === 'checkbox' || role === 'combobox') return text(node.closest('label'));
    if (role === 'region') return text((node.getRootNode() as ShadowRoot).getElementById(node.getAttribute('aria-labelledby')!));
    return text(node);
  };
  return deep<E>(el, selector).find((node) => (typeof name === 'string' ? nameOf(node) === name : name.test(nameOf(node))));
}

const optIn = (el: Element) => byRole(el, 'region', 'Help het beleid in Vlaanderen');
const live = (el: Element, role: 'status' | 'alert') => deep(el, `.monitoring [role="${role}"]`)[0];

/** Answers with a single dominant profile. */
const ANSWERS = findPattern((result) => result.dominant.length === 1);

/** Mounts a scan and finishes it; resolves once the result (and, with `monitoring`, the opt-in) is shown. */
async function finishScan(template: ReturnType<typeof html>, answers = ANSWERS, wantOptIn = true): Promise<ProfileScan> {
  const el = await mount<ProfileScan>(template);
  await startScan(el, 'afdeling');
  await answer(el, answers);
  button(el, 'Toon mijn resultaat').click();
  await el.updateComplete;
  if (wantOptIn) await until(() => optIn(el), 'the monitoring opt-in');
  return el;
}

/** Agrees and presses "Versturen" (or "Probeer opnieuw"); resolves when the live regions have said how it went. */
async function send(el: ProfileScan, label = 'Versturen'): Promise<void> {
  const consent = byRole<HTMLInputElement>(el, 'checkbox', 'Ja, ik stuur dit resultaat anoniem mee')!;
  if (!consent.checked) {
    consent.click();
    await el.updateComplete;
  }
  byRole(el, 'button', label)!.click();
  // The click's render first: "Bezig met versturen…", and an earlier alert gone.
  await el.updateComplete;
  await until(() => text(live(el, 'status')) !== 'Bezig met versturen…' && (live(el, 'alert') || text(live(el, 'status'))), 'the outcome of the send');
}

describe('monitoring', function () {
  this.timeout(30000);

  afterEach(() => executeServerCommand('collector-end'));

  it('offers the collector’s own lists of size classes and sectors', () => {
    expect([...SIZE_IDS]).to.deep.equal([...collectorChoices.SIZE_IDS]);
    expect([...SECTOR_IDS]).to.deep.equal([...collectorChoices.SECTOR_IDS]);
  });

  it('without `monitoring`: no opt-in, no request, no opt-in code, the privacy text unchanged', async () => {
    await startCollector();
    const el = await finishScan(html`<profile-scan group=${freshGroup()}></profile-scan>`, ANSWERS, false);
    expect(text(el.shadowRoot!.querySelector('[data-step-heading]'))).to.contain('Het profiel van');
    expect(optIn(el)).to.equal(undefined);
    expect(deep(el, 'input[type="checkbox"]')).to.have.length(0);
    expect(text(deep(el, 'details[part="privacy"]')[0])).to.contain('De scan stuurt niets naar een server.');
    expect(await rows()).to.have.length(0);
    // This file imports src/monitoring/choices.ts itself; the opt-in's own code and texts must not load.
    if (media.engine === 'chromium') {
      const sent = (await executeServerCommand('network-sent', '/src/monitoring/')) as string[];
      expect(sent.filter((url) => /\/(opt-in|translations|submission|labels)\./.test(url))).to.deep.equal([]);
    }
  });

  it('an invalid `monitoring` URL: one warning, treated as absent', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await finishScan(html`<profile-scan group=${freshGroup()} monitoring="javascript:alert(1)"></profile-scan>`, ANSWERS, false);
      // The opt-in's code checks the URL once it has loaded with the result.
      await until(() => warnings.some((w) => w.includes('monitoring=')), 'the warning', 5000);
      el.requestUpdate();
      await el.updateComplete;
      expect(optIn(el)).to.equal(undefined);
      expect(text(deep(el, 'details[part="privacy"]')[0])).to.contain('De scan stuurt niets naar een server.');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('monitoring="javascript:alert(1)"'))).to.have.length(1);
  });

  it('with `monitoring`: off by default, nothing sent without consent; with it exactly one stored row', async () => {
    const url = await startCollector();
    const el = await finishScan(html`<profile-scan group=${freshGroup()} monitoring=${url} monitoring-partner="vdab-test"></profile-scan>`);
    const consent = byRole<HTMLInputElement>(el, 'checkbox', 'Ja, ik stuur dit resultaat anoniem mee')!;
    expect(consent.checked).to.equal(false);
    expect(byRole(el, 'button', 'Versturen'), 'no send button before consent').to.equal(undefined);
    const section = text(optIn(el));
    expect(section).to.contain(new URL(url).origin);
    expect(section).to.contain('je 20 antwoorden');
    expect(section).to.contain('vdab-test');
    expect(section).to.contain('Geen naam, geen vrije tekst, geen adres');
    // The footer says where an agreed result goes.
    const privacy = text(deep(el, 'details[part="privacy"]')[0]);
    expect(privacy).to.contain(`Alleen als je ervoor kiest, gaan je antwoorden anoniem naar ${new URL(url).origin}`);
    expect(privacy).not.to.contain('De scan stuurt niets naar een server.');
    await expect(el).to.be.accessible();
    expect(await rows(), 'no consent, no row').to.have.length(0);

    const size = byRole<HTMLSelectElement>(el, 'combobox', /^Grootte van de organisatie/)!;
    size.value = '50-249';
    size.dispatchEvent(new Event('change'));
    const sector = byRole<HTMLSelectElement>(el, 'combobox', /^Sector/)!;
    sector.value = 'onderwijs';
    sector.dispatchEvent(new Event('change'));
    await send(el);
    expect(text(live(el, 'status'))).to.equal('Verstuurd, dank je.');
    expect(live(el, 'alert')).to.equal(undefined);
    expect(byRole(el, 'checkbox', 'Ja, ik stuur dit resultaat anoniem mee'), 'sent: not offered again').to.equal(undefined);
    expect(text(optIn(el))).to.contain('Dit resultaat is anoniem verstuurd.');
    expect(el.shadowRoot!.activeElement?.classList.contains('monitoring-done')).to.equal(true);
    await expect(el).to.be.accessible();

    const stored = await rows();
    expect(stored).to.have.length(1);
    const [row] = stored;
    const result = score(ANSWERS);
    expect(row).to.include({ key_version: '1', unit: 'afdeling', lang: 'nl', profile: result.dominant[0], partner: 'vdab-test', size: '50-249', sector: 'onderwijs' });
    expect(STATEMENT_IDS.map((id) => row[id])).to.deep.equal(STATEMENT_IDS.map((id) => (ANSWERS[id] ? '1' : '0')));
    // Only the week of receipt: a Monday.
    expect(new Date(`${row.week}T00:00:00Z`).getUTCDay()).to.equal(1);

    // The same result stays sent; a re-render sends nothing more.
    el.requestUpdate();
    await el.updateComplete;
    expect(await rows()).to.have.length(1);
  });

  it('a collector that is down: an alert and "Probeer opnieuw", then stored once', async () => {
    const url = await startCollector();
    const el = await finishScan(html`<profile-scan group=${freshGroup()} monitoring=${url}></profile-scan>`);
    await executeServerCommand('collector-stop');
    await send(el);
    expect(text(live(el, 'alert'))).to.contain('Niet verstuurd');
    expect(text(live(el, 'status'))).to.equal('');
    await expect(el).to.be.accessible();
    // The flow goes on: the result and its buttons are all there.
    expect(byRole(el, 'button', 'Rapport downloaden')).to.not.equal(undefined);

    await executeServerCommand('collector-restart');
    expect(await rows()).to.have.length(0);
    await send(el, 'Probeer opnieuw');
    expect(text(live(el, 'status'))).to.equal('Verstuurd, dank je.');
    expect(await rows()).to.have.length(1);
  });

  it('a reply lost after the collector stored it: the retry uses the same id and is stored once', async () => {
    const url = await startCollector();
    const el = await finishScan(html`<profile-scan group=${freshGroup()} monitoring=${url}></profile-scan>`);
    await executeServerCommand('collector-lose-reply');
    await send(el);
    expect(text(live(el, 'alert'))).to.contain('Niet verstuurd');
    const first = await rows();
    expect(first, 'stored, though the page never heard').to.have.length(1);
    await send(el, 'Probeer opnieuw');
    expect(text(live(el, 'status'))).to.equal('Verstuurd, dank je.');
    const after = await rows();
    expect(after).to.have.length(1);
    expect(after[0].id).to.equal(first[0].id);
  });

  itWhere(media.engine === 'chromium', 'blocking requests needs CDP (Chromium only)')('a blocked network: the alert, then stored once when it is back', async () => {
    const url = await startCollector();
    const el = await finishScan(html`<profile-scan group=${freshGroup()} monitoring=${url}></profile-scan>`);
    await executeServerCommand('network-block', ['*/v1/submissions*']);
    try {
      await send(el);
    } finally {
      await executeServerCommand('network-block', []);
    }
    expect(text(live(el, 'alert'))).to.contain('Niet verstuurd');
    expect(await rows()).to.have.length(0);
    await send(el, 'Probeer opnieuw');
    expect(await rows()).to.have.length(1);
  });

  it('the aggregates show the group once it has k submissions (COLLECTOR_K = 3)', async () => {
    const url = await startCollector(3);
    const profile = score(ANSWERS).dominant[0];
    for (let n = 1; n <= 3; n++) {
      const el = await finishScan(html`<profile-scan group=${freshGroup()} monitoring=${url}></profile-scan>`);
      await send(el);
      expect(text(live(el, 'status'))).to.equal('Verstuurd, dank je.');
      const { body } = await aggregates();
      if (n < 3) expect(body.overall, `${n} of 3: suppressed`).to.include({ n: null, suppressed: true });
      else {
        expect(body.overall).to.include({ n: 3, suppressed: false });
        expect(body.overall.profiles![profile]).to.equal(1);
        expect(Object.keys(body.overall.profiles!).every((p) => PROFILE_IDS.includes(p as never))).to.equal(true);
      }
      el.remove();
    }
  });

  it('<informeel-leren-scan> passes `monitoring` and `monitoring-partner` to its scan; French opt-in', async () => {
    const url = await startCollector();
    const scan = document.createElement('informeel-leren-scan') as InformeelLerenScan;
    scan.setAttribute('monitoring', url);
    scan.setAttribute('monitoring-partner', 'partner-1');
    document.body.append(scan);
    try {
      await scan.updateComplete;
      const inner = scan.shadowRoot!.querySelector('profile-scan') as ProfileScan;
      expect(inner.monitoring).to.equal(url);
      expect(inner.monitoringPartner).to.equal('partner-1');
    } finally {
      scan.remove();
    }
    // A finished scan, resumed in French.
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: ANSWERS, submitted: true });
    const el = await mount<ProfileScan>(html`<profile-scan lang="fr" group=${group} monitoring=${url}></profile-scan>`);
    await until(() => deep(el, 'section.monitoring')[0], 'the opt-in');
    expect(text(deep(el, 'section.monitoring h3')[0])).to.not.equal('Help het beleid in Vlaanderen');
    await expect(el).to.be.accessible();
  });
});
