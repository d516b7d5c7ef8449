/**
 * Every demo page, loaded as a partner would (in a frame of its own): it renders, the whole flow
 * works by clicking through it, and axe finds nothing. The CSP page runs the built bundle under
 * `default-src 'self'` and must cause no violation, no foreign request and no cookie.
 */
import { expect } from '@open-wc/testing';
import { itWhere } from './media-support.js';
import { buttonIn, deepAll, until } from './frames.js';

type Frame = { win: Window & typeof globalThis & { cspViolations?: string[]; axe?: any }; doc: Document; frame: HTMLIFrameElement };

async function open(path: string, width = 1000): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  // Same origin as the frame: the demo's group (the default one) starts empty. Only that key goes:
  // test files running at the same time keep their own groups' saved answers.
  for (const key of Object.keys(localStorage)) if (/^informeel-leren\/v\d+$/.test(key)) localStorage.removeItem(key);
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Frame['win'];
  return { win, doc: frame.contentDocument!, frame };
}

/** querySelector that looks into every open shadow root. */
function deep<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  const found = root.querySelector<E>(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = deep<E>(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

async function axe(win: Frame['win'], doc: Document) {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  // The demo pages' own chrome is not ours to judge: check the widget elements.
  const widgets = [...doc.querySelectorAll('profile-scan, challenge-picker, action-list, informeel-leren-scan')];
  const results = await win.axe.run(widgets, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  expect(results.violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
}

/** Clicks through the three steps like a user; returns the titles of the top 3 actions. */
async function walkTheFlow({ win, doc }: Frame): Promise<string[]> {
  (await until(() => buttonIn(doc, 'Start'), 'Start')).click();
  (await until(() => deep<HTMLInputElement>(doc, 'input[name="unit"][value="team"]'), 'unit choice')).click();
  (await until(() => buttonIn(doc, 'Verder'), 'Verder')).click();
  await until(() => deepAll(doc, 'fieldset[data-statement]').length === 20, 'statements');
  await axe(win, doc);
  for (const fieldset of deepAll(doc, 'fieldset[data-statement]')) {
    const yes = ['Visie_4', 'HR_Tools_1', 'Strategisch_2', 'Aanbod_5', 'LKB_1', 'Regie_2'].includes(fieldset.dataset.statement!);
    fieldset.querySelector<HTMLInputElement>(`input[value="${yes ? 'ja' : 'nee'}"]`)!.click();
  }
  (await until(() => buttonIn(doc, 'Toon mijn resultaat'), 'Toon mijn resultaat')).click();
  const heading = await until(() => deepAll(doc, '[data-step-heading]').find((h) => /Employee journey/.test(h.textContent!)), 'result');
  expect(heading.textContent).to.contain('Het profiel van je team: Employee journey');
  await until(() => deep(doc, 'figure svg'), 'chart');
  await axe(win, doc);
  buttonIn(doc, 'Volgende stap: kies een uitdaging')!.click();
  (await until(() => deep<HTMLInputElement>(doc, 'input[name="challenge"][value="2"]'), 'challenges')).click();
  buttonIn(doc, 'Bekijk de acties')!.click();
  const cards = await until(() => {
    const found = deepAll(doc, '.top > li h3');
    return found.length === 3 && found;
  }, 'top 3 actions');
  await axe(win, doc);
  return cards.map((h) => h.id);
}

describe('demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const page of ['index', 'cms', 'intranet', 'dark']) {
    it(`demo/${page}.html renders and the whole flow works`, async () => {
      const frame = await open(`/demo/${page}.html`);
      await until(() => buttonIn(frame.doc, 'Start'), 'the widget');
      await axe(frame.win, frame.doc);
      // Employee journey × challenge 2: 2.5, 2.2, 2.3.
      expect(await walkTheFlow(frame)).to.deep.equal(['action-2.5', 'action-2.2', 'action-2.3']);
    });
  }

  it('the intranet page looks clearly different, through custom properties and parts only', async () => {
    const plain = await open('/demo/index.html');
    const intranet = await open('/demo/intranet.html');
    const start = async (f: Frame) => getComputedStyle(await until(() => buttonIn(f.doc, 'Start'), 'Start'));
    const [a, b] = [await start(plain), await start(intranet)];
    expect(a.backgroundColor).to.not.equal(b.backgroundColor);
    expect(b.borderRadius).to.equal('0px');
    expect(getComputedStyle(deep(intranet.doc, '[data-step-heading]')!).textTransform).to.equal('uppercase');
  });

  it('aggressive host CSS does not leak into the widget', async () => {
    const { doc } = await open('/demo/cms.html');
    const start = await until(() => buttonIn(doc, 'Start'), 'Start');
    const style = getComputedStyle(start);
    expect(style.backgroundColor).to.not.equal('rgb(255, 105, 180)'); // hotpink
    expect(style.textTransform).to.equal('none');
    const paragraph = getComputedStyle(deep(doc, 'profile-scan')!.shadowRoot!.querySelector('p')!);
    expect(paragraph.whiteSpace).to.equal('normal');
    expect(paragraph.letterSpacing).to.equal('normal');
  });

  it('the strict-CSP page runs the built bundle: no violations, no foreign requests, no cookies', async () => {
    const frame = await open('/demo/csp.html');
    await until(() => buttonIn(frame.doc, 'Start'), 'the widget');
    expect(await walkTheFlow(frame)).to.have.length(3);
    // Share and "Meer info" too, the parts that build URLs and toggle panels.
    buttonIn(frame.doc, 'Meer acties (2)')!.click();
    expect(frame.win.cspViolations).to.deep.equal([]);
    const requests = frame.win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      // The test server's own live-reload socket script is not part of the page.
      .filter((url) => !url.pathname.startsWith('/__web-dev-server__'));
    expect(requests.length).to.be.greaterThan(3);
    for (const url of requests) {
      expect(url.origin, url.href).to.equal(location.origin);
      expect(url.pathname, url.href).to.match(/^\/(dist\/cdn\/|demo\/|node_modules\/axe-core\/)/);
    }
    // Only the Dutch content was fetched.
    expect(requests.some((u) => /\/(fr|en)-|ui-(fr|en)/.test(u.pathname))).to.equal(false);
    expect(frame.doc.cookie).to.equal('');
    expect(frame.doc.querySelectorAll('[style]').length).to.equal(0);
  });

  it('works at 320 px wide without horizontal scrolling', async () => {
    const frame = await open('/demo/index.html', 320);
    await until(() => buttonIn(frame.doc, 'Start'), 'the widget');
    await walkTheFlow(frame);
    expect(frame.doc.documentElement.scrollWidth).to.be.at.most(320);
  });

  const layoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  itWhere(layoutShifts, 'no layout-shift entries (Layout Instability API)')('does not shift the layout when the elements upgrade and load their content', async () => {
    const frame = await open('/demo/csp.html');
    await until(() => buttonIn(frame.doc, 'Start'), 'the widget');
    await until(() => deepAll(frame.doc, '[data-step-heading]').length === 3, 'all three steps');
    const shiftSources: string[] = [];
    const shifts = await new Promise<number[]>((resolve) => {
      new frame.win.PerformanceObserver((list) =>
        resolve(
          list.getEntries().map((e) => {
            const shift = e as unknown as { value: number; sources?: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[] };
            // Name what moved, so a failure says where to look.
            shiftSources.push(...(shift.sources ?? []).map((s) => `${(s.node as Element)?.localName}: ${s.previousRect.y}→${s.currentRect.y}`));
            return shift.value;
          }),
        ),
      ).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 500);
    });
    const cumulative = shifts.reduce((a, b) => a + b, 0);
    // "Good" cumulative layout shift is below 0.1.
    expect(cumulative, shiftSources.join(', ')).to.be.below(0.1);
  });
});
