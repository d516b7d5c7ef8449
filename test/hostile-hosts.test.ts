/**
 * Off the happy path, on the built bundle (dist/cdn) as partners load it: failed chunks, sandboxed
 * frames, tags in shadow roots, share links in the host's fragment, data from other tabs, erasing.
 * Every case fails on an uncaught error or unhandled rejection in the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfileScan } from '../src/profile-scan/profile-scan.js';
import { encodeResult } from '../src/scoring/index.js';
import { storeFor } from '../src/state/store.js';
import { $, button, deep, freshGroup, heading, html, mount, yesTo } from './helpers.js';
import { itWhere, media } from './media-support.js';
import { buttonIn, deepAll, until } from './frames.js';

const chromium = media.engine === 'chromium';
/** Failing requests on purpose needs the DevTools protocol. */
const itOffline = itWhere(chromium, 'blocking requests needs CDP (Chromium only)');

type Win = Window & typeof globalThis & { informeelLeren?: { discover(root: ParentNode): void } };
interface Page {
  frame: HTMLIFrameElement;
  win: Win;
  doc: Document;
  errors: unknown[];
}

/** A host page in a frame of its own, loading the built bundle with one module script. */
async function hostPage(body: string, { sandbox, head = '', src }: { sandbox?: string; head?: string; src?: string } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  if (src) frame.src = src;
  else frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">${head}
    <script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.error ?? e.message)));
      addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));</script>
    <script type="module" src="/dist/cdn/informeel-leren.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Win;
  return { frame, win, doc: frame.contentDocument!, errors: (win as unknown as { pageErrors: unknown[] }).pageErrors };
}

describe('hostile and unusual hosts (built bundle)', () => {
  let pages: Page[] = [];
  afterEach(async () => {
    if (chromium) await executeServerCommand('network-block', []);
    for (const page of pages) {
      expect(page.errors, 'uncaught errors in the host page').to.deep.equal([]);
      page.frame.remove();
    }
    pages = [];
  });
  const open = async (...args: Parameters<typeof hostPage>) => {
    const page = await hostPage(...args);
    pages.push(page);
    return page;
  };

  itOffline('a step whose code cannot be fetched says so inside its tag, and loads when the browser is back online', async () => {
    await executeServerCommand('network-block', ['*/dist/cdn/chunks/challenge-picker-*']);
    const page = await open('<profile-scan></profile-scan><challenge-picker></challenge-picker>');
    const picker = page.doc.querySelector('challenge-picker')!;
    await until(() => picker.getAttribute('role') === 'alert', 'the failure message', 5000);
    expect(picker.textContent).to.contain('kon niet geladen worden');
    expect(picker.getBoundingClientRect().height).to.be.greaterThan(0);
    // Its heading, whatever screen answers saved by another test open it on.
    await until(() => page.doc.querySelector('profile-scan')?.shadowRoot?.querySelector('[data-step-heading]'), 'the scan, which did load', 5000);

    await executeServerCommand('network-block', []);
    page.win.dispatchEvent(new Event('online'));
    await until(() => picker.shadowRoot?.querySelector('[data-step-heading]'), 'the picker after the retry', 5000);
    expect(picker.hasAttribute('role')).to.equal(false);
    expect(picker.textContent).to.equal('');
  });

  /** The built file of a module of src (dist/cdn/chunks.json lists each file's modules). */
  const builtFile = async (module: string) => {
    // The test server serves JSON as a module.
    const chunks = ((await import(`${'/dist/cdn/chunks.json'}`)) as { default: Record<string, { modules: string[] }> }).default;
    return Object.keys(chunks).find((file) => chunks[file].modules.at(-1) === module)!;
  };
  for (const [part, module] of [
    ['the report’s code', 'src/report/report-controller.ts'],
    ['the report’s layout', 'src/report/report.ts'],
  ] as const) {
    itOffline(`${part} cannot be fetched: the download says so with "Probeer opnieuw", and works once the browser is back online`, async () => {
      await executeServerCommand('network-block', [`*/dist/cdn/${await builtFile(module)}`]);
      const page = await open('<action-list challenge="4" profile="groei"></action-list>');
      await until(() => buttonIn(page.doc, 'Rapport downloaden') && !buttonIn(page.doc, 'Rapport downloaden')!.disabled, 'the download button', 5000);
      const saved: string[] = [];
      page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push(this.download);
      };
      buttonIn(page.doc, 'Rapport downloaden')!.click();
      const alert = await until(() => deepAll(page.doc, '[role="alert"]').find((el) => el.textContent!.includes('Het rapport kon niet geladen worden')), 'the report’s failure message', 5000);
      expect(buttonIn(alert, 'Probeer opnieuw'), 'a retry button in the message').to.exist;
      expect(saved).to.deep.equal([]);

      // A second click while offline: the message stays, still nothing thrown.
      buttonIn(page.doc, 'Rapport downloaden')!.click();
      await new Promise((r) => setTimeout(r, 200));

      await executeServerCommand('network-block', []);
      page.win.dispatchEvent(new Event('online'));
      await until(() => !deepAll(page.doc, '[role="alert"]').some((el) => el.textContent!.includes('Het rapport kon niet geladen worden')), 'the message gone once online', 5000);
      buttonIn(page.doc, 'Rapport downloaden')!.click();
      await until(() => saved.length, 'a saved report', 5000);
      expect(saved).to.have.length(1);
      expect(saved[0]).to.match(/\.html$/);
    });
  }

  itOffline('"Probeer opnieuw" in the report’s message loads it again', async () => {
    await executeServerCommand('network-block', [`*/dist/cdn/${await builtFile('src/report/report-controller.ts')}`]);
    const page = await open('<action-list challenge="2" profile="ontdekken"></action-list>');
    await until(() => buttonIn(page.doc, 'Rapport downloaden') && !buttonIn(page.doc, 'Rapport downloaden')!.disabled, 'the download button', 5000);
    buttonIn(page.doc, 'Rapport downloaden')!.click();
    const alert = await until(() => deepAll(page.doc, '[role="alert"]').find((el) => el.textContent!.includes('Het rapport kon niet geladen worden')), 'the message', 5000);
    await executeServerCommand('network-block', []);
    buttonIn(alert, 'Probeer opnieuw')!.click();
    await until(() => !deepAll(page.doc, '[role="alert"]').length, 'the message gone after the retry', 5000);
    // The printed page is the report again.
    await until(() => deepAll(page.doc, '.print-report').length, 'the report for print', 5000);
  });

  itOffline('a step whose code failed once while online is tried again by itself, without an "online" event', async () => {
    await executeServerCommand('network-block', ['*/dist/cdn/chunks/challenge-picker-*']);
    const page = await open('<profile-scan></profile-scan><challenge-picker></challenge-picker>');
    const picker = page.doc.querySelector('challenge-picker')!;
    await until(() => picker.getAttribute('role') === 'alert', 'the failure message', 5000);
    expect(picker.textContent).to.contain('we proberen het automatisch opnieuw');
    await executeServerCommand('network-block', []);
    // The first timed attempt comes a second after the failure.
    await until(() => picker.shadowRoot?.querySelector('[data-step-heading]'), 'the picker, loaded by a timed attempt', 5000);
    expect(picker.hasAttribute('role')).to.equal(false);
  });

  itOffline('the script twice on a page: no second set of fetches, no warning; another version already there: one warning, nothing fetched', async () => {
    const sent = async () => ((await executeServerCommand('network-sent', '/dist/cdn/chunks/')) as string[]).length;
    const body = '<profile-scan></profile-scan><challenge-picker></challenge-picker><action-list></action-list>';
    const capture = `<script>window.warnings = []; const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };</script>`;
    const settled = (page: Page) => until(() => deepAll(page.doc, '[data-step-heading]').length === 3, 'the three steps', 5000);

    let before = await sent();
    await settled(await open(body, { head: capture }));
    const once = (await sent()) - before;

    before = await sent();
    const twice = await open(`${body}<script type="module" src="/dist/cdn/informeel-leren.js?copy=2"></script>`, { head: capture });
    await settled(twice);
    // The same chunks once more for the new frame: none for the second copy.
    expect((await sent()) - before).to.be.at.most(once);
    expect((twice.win as unknown as { warnings: string[] }).warnings.filter((w) => w.includes('version'))).to.deep.equal([]);

    before = await sent();
    const other = await open(body, {
      head: `${capture}<script>globalThis[Symbol.for('informeel-leren')] = { version: '0.0.9', discover() {} };</script>`,
    });
    await until(() => (other.win as unknown as { warnings: string[] }).warnings.length, 'the warning', 5000);
    expect((await sent()) - before, 'no chunks').to.equal(0);
    const warnings = (other.win as unknown as { warnings: string[] }).warnings;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('version 0.0.9 is already on this page');
  });

  itOffline('a host whose Trusted Types policy refuses Lit’s: the message says so, not “check your connection”', async () => {
    const page = await open('<profile-scan></profile-scan>', {
      head: `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types host-only">`,
    });
    const scan = page.doc.querySelector('profile-scan')!;
    await until(() => scan.getAttribute('role') === 'alert', 'the message', 5000);
    expect(scan.textContent).to.contain('Trusted Types');
    expect(scan.textContent).not.to.contain('verbinding');
    page.errors.length = 0; // the browser reports the refused policy as an error of the page; that is the case under test
  });

  it('the built bundle keeps the spaces users read and hear: "Actie 1: <title>" and "<profile> (hoogste score)"', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v1/${group}`, JSON.stringify({ answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), seed: 5, unit: 'team', submitted: true }));
    const page = await open(`<profile-scan group="${group}"></profile-scan><action-list group="${group}" profile="groei" challenge="3"></action-list>`);
    const highest = await until(() => deepAll(page.doc, '.highest')[0], 'the highest score', 8000);
    expect(highest.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^\S.* \(hoogste score\)$/);
    const title = await until(() => deepAll(page.doc, '.top > li h3')[0], 'the first action', 8000);
    expect(title.textContent!.replace(/\s+/g, ' ')).to.match(/Actie 1: \S/);
  });

  it('works in a sandboxed frame without allow-forms: from Start to the statements', async () => {
    // A group of its own: answers other tests save in this origin must not open it past the intro.
    const page = await open('<profile-scan group="sandboxed"></profile-scan>', { sandbox: 'allow-scripts allow-same-origin' });
    (await until(() => buttonIn(page.doc, 'Start'), 'Start', 5000)).click();
    (await until(() => buttonIn(page.doc, 'Verder'), 'Verder', 5000)).click();
    await until(() => deepAll(page.doc, 'fieldset[data-statement]').length === 20, 'the statements', 5000);
  });

  it('loads tags inside a host component’s shadow root through discover()', async () => {
    const page = await open(`<host-card></host-card>
      <script type="module">
        import { discover } from '/dist/cdn/informeel-leren.js';
        customElements.define('host-card', class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML = '<action-list challenge="4" profile="groei"></action-list>';
            discover(this.shadowRoot);
          }
        });
      </script>`);
    const heading = await until(
      () => deepAll(page.doc, '[data-step-heading]').find((h) => h.textContent!.includes('Top 3 acties')),
      'the action list inside the shadow root',
      5000,
    );
    expect(heading.textContent).to.contain('Top 3 acties');
  });

  it('a share link opened by changing only the fragment, on a hash-routed host: opens, keeps the route, and leaves it intact', async () => {
    // A page of its own (not srcdoc), with the host's route in the fragment.
    const page = await open('', { src: '/test/fixtures/host.html#/producten?tab=2' });
    await until(() => deepAll(page.doc, '[data-step-heading]').length, 'the scan', 5000);
    const code = encodeResult({ answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), unit: 'onderneming' });
    page.win.location.hash = `#/producten?tab=2&informeel-leren=${code}`;
    await until(
      () => deepAll(page.doc, '[data-step-heading]').find((h) => h.textContent!.includes('Het profiel van je onderneming')),
      'the shared result',
      5000,
    );
    (await until(() => buttonIn(page.doc, 'Toon mijn eigen antwoorden'), 'leave the shared result', 5000)).click();
    await until(() => !buttonIn(page.doc, 'Toon mijn eigen antwoorden'), 'the user’s own scan', 5000);
    expect(page.win.location.hash).to.equal('#/producten?tab=2');
  });
});

describe('data and erasing', () => {
  it('unreadable data written by another tab: the answers in this tab stay, and it says so', async () => {
    const group = freshGroup();
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    storeFor(group).update({ unit: 'team', answers: { Visie_1: true, Regie_2: false } });
    const key = `informeel-leren/v1/${group}`;
    localStorage.setItem(key, '{"answers": {"Visie_1": tr');
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '{"answers": {"Visie_1": tr', storageArea: localStorage }));
    await el.updateComplete;
    expect(storeFor(group).state.answers).to.deep.equal({ Visie_1: true, Regie_2: false });
    expect($(el, '.notice.error')!.textContent).to.contain('Een ander tabblad');
    // Saved back, so a reload finds them too.
    expect(JSON.parse(localStorage.getItem(key)!).answers).to.deep.equal({ Visie_1: true, Regie_2: false });
  });

  it('"Wis mijn antwoorden" erases what older versions stored too, says so, and nothing comes back on reload', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v0/${group}`, JSON.stringify({ answers: { Talent_1: true }, unit: 'afdeling' }));
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    storeFor(group).update({ answers: { Talent_1: true, Visie_1: false } });
    localStorage.setItem(`informeel-leren/v1/other-${group}`, '{}'); // another group: not ours to erase
    deep<HTMLDetailsElement>(el, 'details[part="privacy"]')[0].open = true;
    button(el, 'Wis mijn antwoorden').click();
    await el.updateComplete;
    button(el, 'Ja, wis alles').click();
    await el.updateComplete;
    expect(deep(el, '[role="status"]').map((s) => s.textContent!.trim()).join(' ')).to.contain('Gewist');
    expect(localStorage.getItem(`informeel-leren/v0/${group}`)).to.equal(null);
    expect(localStorage.getItem(`informeel-leren/v1/${group}`)).to.equal(null);
    expect(localStorage.getItem(`informeel-leren/v1/other-${group}`)).to.equal('{}');
    // What a reload would read: nothing.
    const { ScanStore } = await import('../src/state/store.js');
    expect(new ScanStore(group).state.answers).to.deep.equal({});
    expect(heading(el)).to.contain('Informeel leren');
  });
});
