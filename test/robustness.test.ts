/** Bad input never breaks the page: each case gives a clear message or a sensible fallback, one warning, and keeps answers. */
import { expect } from '@open-wc/testing';
import type { ProfileScan } from '../src/profile-scan/profile-scan.js';
import { ActionList } from '../src/action-list/action-list.js';
import { ScanStore, storeFor } from '../src/state/store.js';
import { define } from '../src/define.js';
import { VERSION } from '../src/version.js';
import { $, button, deep, freshGroup, heading, html, mount, ready, yesTo } from './helpers.js';
import { until } from './frames.js';
import packageJson from '../package.json' with { type: 'json' };

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('robustness', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('an invalid share code: a message, one warning, and the user’s own answers stay', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v1/${group}`, JSON.stringify({ answers: { Visie_1: true }, seed: 7, unit: 'team' }));
    history.replaceState(null, '', '#informeel-leren=AAAAAAAx');
    try {
      const store = storeFor(group);
      expect(await store.opening).to.equal(false);
      expect(store.problems.has('share-invalid')).to.equal(true);
      expect(store.state.answers).to.deep.equal({ Visie_1: true });
      const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
      expect($(el, '.notice.error')!.textContent).to.contain('De gedeelde link is ongeldig');
      expect(heading(el)).to.equal('Het leerbeleid van je team');
      expect(capture.warnings.filter((w) => w.includes('Invalid result code'))).to.have.length(1);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('a valid share link in the URL opens that result without touching saved answers', async () => {
    const { encodeResult } = await import('../src/scoring/index.js');
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v1/${group}`, JSON.stringify({ answers: { Visie_1: false }, seed: 3 }));
    const code = encodeResult({ answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), unit: 'onderneming', challenge: '8' });
    history.replaceState(null, '', `#informeel-leren=${code}`);
    try {
      const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
      expect(heading(el)).to.equal('Het profiel van je onderneming: Krachtige ambitie');
      expect(JSON.parse(localStorage.getItem(`informeel-leren/v1/${group}`)!).answers).to.deep.equal({ Visie_1: false });
      button(el, 'Toon mijn eigen antwoorden').click();
      await el.updateComplete;
      expect(storeFor(group).state.answers).to.deep.equal({ Visie_1: false });
      expect(location.hash).to.equal('');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('a valid share link opened after an invalid one in the same tab clears the message about the invalid one', async () => {
    const { encodeResult } = await import('../src/scoring/index.js');
    const group = freshGroup();
    history.replaceState(null, '', '#informeel-leren=AAAAAAAx');
    try {
      const store = storeFor(group);
      await store.opening;
      expect(store.problems.has('share-invalid')).to.equal(true);
      const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
      history.replaceState(null, '', `#informeel-leren=${encodeResult({ answers: yesTo('Aanbod_3'), unit: 'team' })}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await until(() => heading(el).startsWith('Het profiel van je team'), 'the shared result', 4000);
      expect($(el, '.notice.error')?.textContent ?? '').to.not.contain('De gedeelde link is ongeldig');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('corrupt saved data: starts afresh with a message', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v1/${group}`, '{"answers": {"Visie_1": tru');
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    expect($(el, '.notice.error')!.textContent).to.contain('onleesbaar');
    expect(heading(el)).to.contain('Informeel leren');
    expect(capture.warnings).to.have.length(1);
  });

  it('a message about saved data is there when the first screen appears, so nothing below it moves', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v1/${group}`, '{"answers": {"Visie_1": tru');
    const el = document.createElement('profile-scan') as ProfileScan;
    el.group = group;
    document.body.append(el);
    // What the screen holds the first time its heading is there.
    const first: { notice: boolean }[] = [];
    const observer = new MutationObserver(() => {
      if (!first.length && el.shadowRoot!.querySelector('[data-step-heading]')) first.push({ notice: !!el.shadowRoot!.querySelector('.notice.error') });
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await el.updateComplete;
      expect(first).to.deep.equal([{ notice: true }]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('tampered saved data: keeps every answer that is still valid', async () => {
    const group = freshGroup();
    localStorage.setItem(
      `informeel-leren/v1/${group}`,
      JSON.stringify({ answers: { Visie_1: true, Aanbod_2: 'ja', Hacked_9: true, Regie_1: false }, seed: 'x', unit: 'land', submitted: true }),
    );
    const store = new ScanStore(group);
    expect(store.state.answers).to.deep.equal({ Visie_1: true, Regie_1: false });
    expect(store.state.unit).to.equal(undefined);
    expect(store.state.submitted).to.equal(false);
    expect(store.problems.has('storage-corrupt')).to.equal(true);
  });

  it('data of an older version: keeps the answers that still fit', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v0/${group}`, JSON.stringify({ answers: { Talent_1: true, Visie_2: true }, unit: 'afdeling' }));
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    expect($(el, '.notice.error')!.textContent).to.contain('oudere versie');
    expect($<HTMLInputElement>(el, 'input[name="Talent_1"][value="ja"]')!.checked).to.equal(true);
  });

  it('storage unavailable (private mode): the scan works for this visit, with a message', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); }, configurable: true });
    // WebKit's optimised code may keep reading the original getter; blocking the methods too makes
    // storage unavailable whichever way the engine reaches it.
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = Storage.prototype.setItem = () => { throw new DOMException('denied', 'SecurityError'); };
    try {
      const group = freshGroup();
      const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
      expect($(el, '.notice.error')!.textContent).to.contain('niet bewaard');
      button(el, 'Start').click();
      await el.updateComplete;
      button(el, 'Verder').click();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[name="Visie_1"][value="ja"]')!.click();
      await el.updateComplete;
      expect($(el, '#progress-text')!.textContent).to.equal('1 van 20 beantwoord');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('storage full: answers are kept in memory, with a message', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const group = freshGroup();
      const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
      button(el, 'Start').click();
      await el.updateComplete;
      button(el, 'Verder').click();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[name="Visie_1"][value="nee"]')!.click();
      await el.updateComplete;
      expect(storeFor(group).state.answers).to.deep.equal({ Visie_1: false });
      expect($(el, '.notice.error')!.textContent).to.contain('niet bewaard');
      expect(capture.warnings).to.have.length(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('registering twice never throws; another version warns once', () => {
    // A second copy of the same version (the script loaded twice): silent.
    class SecondCopy extends HTMLElement {}
    expect(define('profile-scan', SecondCopy)).to.equal(false);
    expect(capture.warnings).to.deep.equal([]);

    // A tag taken by another version of the widget: left in place, one warning.
    const tag = `old-scan-${Date.now()}`;
    customElements.define(tag, class OldScan extends HTMLElement {
      static informeelLerenVersion = '0.0.1';
    });
    expect(define(tag, SecondCopy)).to.equal(false);
    expect(define(tag, SecondCopy)).to.equal(false);
    expect(capture.warnings).to.have.length(1);
    expect(capture.warnings[0]).to.contain(`<${tag}> is already registered by version 0.0.1`);
  });

  it('loading the built bundle twice does not throw', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      // Two copies of the built bundle (different URLs, so the browser runs both) next to the source build.
      for (const url of ['/dist/cdn/informeel-leren.js?copy=1', '/dist/cdn/informeel-leren.js?copy=2', '/dist/cdn/define-all.js']) {
        await import(url);
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('hosts can register our classes under their own names', async () => {
    const tag = `wewis-acties-${Date.now()}`;
    expect(define(tag, ActionList)).to.equal(true);
    const el = document.createElement(tag) as ActionList;
    el.setAttribute('challenge', '6');
    el.setAttribute('group', freshGroup());
    document.body.append(el);
    try {
      await ready(el);
      expect(el).to.be.instanceOf(ActionList);
      expect(heading(el)).to.contain('Acties voor');
    } finally {
      el.remove();
    }
  });

  it('two widgets on one page with different groups do not interfere', async () => {
    const [a, b] = [freshGroup(), freshGroup()];
    const one = await mount<ProfileScan>(html`<profile-scan group=${a}></profile-scan>`);
    const two = await mount<ProfileScan>(html`<profile-scan group=${b}></profile-scan>`);
    storeFor(a).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
    await one.updateComplete;
    await two.updateComplete;
    expect(heading(one)).to.equal('Het profiel van je team: Krachtige ambitie');
    expect(heading(two)).to.contain('Informeel leren');
    expect(storeFor(b).state.answers).to.deep.equal({});
  });

  it('two tags taken by another version: one warning for the page, not one per tag', () => {
    class SecondCopy extends HTMLElement {}
    const tags = [`old-scan-${Date.now()}`, `old-list-${Date.now()}`];
    for (const tag of tags) customElements.define(tag, class extends HTMLElement {
      static informeelLerenVersion = '0.0.2';
    });
    for (const tag of tags) expect(define(tag, SecondCopy)).to.equal(false);
    expect(capture.warnings).to.have.length(1);
    expect(capture.warnings[0]).to.contain('version 0.0.2');
  });

  it('a Symbol or an object as profile, challenge, group or lang: no error, the defaults are used', async () => {
    const group = freshGroup();
    const list = await mount<ActionList>(html`<action-list group=${group} challenge="3"></action-list>`);
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      Object.assign(list, { profile: Symbol('profile'), challenge: Symbol('challenge'), lang: Symbol('lang'), group: Symbol('group') });
      Object.assign(scan, { group: { not: 'text' }, lang: Symbol('lang') });
      await list.updateComplete;
      await scan.updateComplete;
      expect(errors).to.deep.equal([]);
      for (const name of ['profile', 'challenge', 'lang', 'group']) expect(list.hasAttribute(name), name).to.equal(false);
      // Both still show a step (of the default group, in Dutch).
      expect(heading(list).toLowerCase()).to.contain('acties');
      expect(heading(scan)).to.match(/Informeel leren|Het profiel van/);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('huge values are capped: a 2 MB contact line, a 1 MB attribute in a warning, a 100 KB group name, a 2 MB import file', async () => {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const group = `${freshGroup()}-${'g'.repeat(100 * 1024)}`;
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group} contact=${`hr@example.be ${huge}`}></profile-scan>`);
    const footer = deep(scan, 'informeel-leren-footer')[0];
    expect(footer.shadowRoot!.textContent!.length).to.be.lessThan(5000);
    expect(footer.shadowRoot!.textContent).to.contain('hr@example.be x');
    expect(capture.warnings.filter((w) => w.includes('contact line'))).to.have.length(1);
    // The group name that is stored and compared is cut.
    storeFor(group).update({ unit: 'team' });
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('informeel-leren/'));
    expect(Math.max(...keys.map((key) => key.length))).to.be.lessThan(200);

    const list = await mount<ActionList>(html`<action-list challenge=${'9'.repeat(1024 * 1024)}></action-list>`);
    await list.updateComplete;
    const warning = capture.warnings.find((w) => w.includes('is not a known challenge'))!;
    expect(warning.length).to.be.lessThan(300);

    deep<HTMLDetailsElement>(scan, 'details[part="privacy"]')[0].open = true;
    await scan.updateComplete;
    const input = deep<HTMLInputElement>(scan, 'input[type="file"]')[0];
    const transfer = new DataTransfer();
    transfer.items.add(new File([huge], 'export.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const alert = await until(() => deep(scan, '.transfer [role="alert"]')[0], 'the refusal', 2000);
    expect(alert.textContent).to.contain('kan niet geïmporteerd worden');
  });

  it('the version constant matches package.json', () => {
    expect(VERSION).to.equal(packageJson.version);
  });
});
