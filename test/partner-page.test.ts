/**
 * The page a partner builds from the README (one script tag and the three tags, no CSS of its own),
 * on the built bundle: what the first screen fetches and when, the later steps after it, and no
 * layout shift while the widget appears.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itWhere, media } from './media-support.js';
import { buttonIn, deepAll, until } from './frames.js';

const chromium = media.engine === 'chromium';

type Win = Window & typeof globalThis;

async function open(width: number): Promise<{ win: Win; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  localStorage.removeItem('informeel-leren/v1/partner-page'); // same origin as the frame: a first visit
  frame.src = '/test/fixtures/partner.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as Win, doc: frame.contentDocument!, frame };
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot;
/** All three steps have rendered, the last one with the footer. */
const allShown = (doc: Document) =>
  ['profile-scan', 'challenge-picker', 'action-list'].every((tag) => shadow(doc, tag)?.querySelector('[data-step-heading]')) &&
  shadow(doc, 'action-list')!.querySelector('informeel-leren-footer')?.shadowRoot?.querySelector('details');

function resource(win: Win, pattern: RegExp): PerformanceResourceTiming {
  const found = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => pattern.test(new URL(e.name).pathname));
  if (!found) throw new Error(`no request for ${pattern}`);
  return found;
}

describe('the partner page from the README (built bundle)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  itWhere(chromium, 'blocking requests needs CDP (Chromium only)')('asks for everything the first screen needs itself, without waiting for the scan’s own code', async () => {
    // The scan's code (with the base) never arrives; its statements and texts are asked for all the
    // same, by the entry itself: before the later steps, which wait for the scan's first screen.
    await executeServerCommand('network-block', ['*/dist/cdn/chunks/first-screen-*']);
    try {
      const sentBefore = ((await executeServerCommand('network-sent', '/dist/cdn/')) as string[]).length;
      const { doc } = await open(1000);
      await until(() => doc.querySelector('profile-scan')?.getAttribute('role') === 'alert', 'the failure message', 8000);
      const sentNow = async () => ((await executeServerCommand('network-sent', '/dist/cdn/')) as string[]).slice(sentBefore).map((url) => new URL(url).pathname);
      const sent = await until(async () => {
        const names = await sentNow();
        return names.some((name) => name.includes('/chunks/challenge-picker-')) && names;
      }, 'the picker’s code', 8000);
      const first = (pattern: RegExp) => sent.findIndex((name) => pattern.test(name));
      expect(first(/\/chunks\/nl-first-screen-/), sent.join(', ')).to.be.within(0, first(/\/chunks\/challenge-picker-/));
    } finally {
      await executeServerCommand('network-block', []);
    }
  });

  it('loads the later steps only after the scan’s first screen, which already counts them as steps 2 and 3', async () => {
    const { win, doc } = await open(1000);
    const scan = await until(() => shadow(doc, 'profile-scan')?.querySelector('[data-step-heading]') && shadow(doc, 'profile-scan'), 'the scan', 8000);
    // Whether or not the picker's code has arrived yet, the scan renders as step 1 of 3 without the footer.
    expect(scan.querySelector('.step-indicator')?.textContent).to.contain('Stap 1 van 3');
    expect(scan.querySelector('informeel-leren-footer')).to.equal(null);
    await until(() => allShown(doc), 'all three steps', 8000);
    const firstScreenDone = Math.max(...[/\/chunks\/first-screen-/, /\/chunks\/nl-first-screen-/].map((p) => resource(win, p).responseEnd));
    // The later steps' code, the footer's, and the rest of the texts (the footer's and the picker's).
    for (const later of [/\/chunks\/challenge-picker-/, /\/chunks\/action-list-/, /\/chunks\/informeel-leren-footer-/, /\/chunks\/nl-texts-[\w-]{8}\.js$/]) {
      expect(resource(win, later).startTime, String(later)).to.be.at.least(firstScreenDone);
    }
    // A Dutch page never fetches the other languages.
    const names = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(names.filter((n) => /\/chunks\/(fr-|en-|ui-)/.test(n))).to.deep.equal([]);
    expect(shadow(doc, 'action-list')!.querySelector('.step-indicator')?.textContent).to.contain('Stap 3 van 3');
  });

  const layoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  for (const width of [1000, 375]) {
    itWhere(layoutShifts, 'no layout-shift entries (Layout Instability API)')(`nothing moves while the three steps appear, ${width} px wide`, async () => {
      const { win, doc } = await open(width);
      await until(() => allShown(doc), 'all three steps', 8000);
      await new Promise((r) => setTimeout(r, 200));
      const moved: string[] = [];
      const total = await new Promise<number>((resolve) => {
        new win.PerformanceObserver((list) => {
          let sum = 0;
          for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[] }[]) {
            sum += entry.value;
            moved.push(...(entry.sources ?? []).map((s) => `${(s.node as Element)?.localName ?? s.node?.nodeName}: ${s.previousRect.y}→${s.currentRect.y}`));
          }
          resolve(sum);
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      });
      expect(total, moved.join(', ')).to.equal(0);
    });
  }

  it('in French: the first screen with its own translations only, the rest of them with the result', async () => {
    const frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '900';
    frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
      <script type="module" src="/dist/cdn/informeel-leren.js"></script></head>
      <body><profile-scan group="french-page-${Date.now()}"></profile-scan></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Win;
    const names = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    (await until(() => buttonIn(doc, 'Commencer'), 'Commencer', 8000)).click();
    (await until(() => buttonIn(doc, 'Continuer'), 'Continuer', 8000)).click();
    const statements = await until(() => deepAll<HTMLFieldSetElement>(doc, 'fieldset[data-statement]').length === 20 && deepAll<HTMLFieldSetElement>(doc, 'fieldset[data-statement]'), 'the statements', 8000);
    // Up to the statements: the first screen's translations (in the French first-screen file), not all of them.
    expect(names().filter((n) => /\/chunks\/fr-first-screen-/.test(n))).to.have.length(1);
    expect(statements[0].textContent).to.contain('Oui');
    for (const fieldset of statements) fieldset.querySelector<HTMLInputElement>('input[value="nee"]')!.click();
    buttonIn(doc, 'Afficher mon résultat')!.click();
    const heading = await until(() => deepAll(doc, '[data-step-heading]').find((h) => h.textContent!.startsWith('Profil de')), 'the result in French', 8000);
    expect(heading.textContent).to.contain('Profil de');
    expect(deepAll(doc, 'h3').map((h) => h.textContent!.trim())).to.include('Scores pour les cinq profils');
    expect(names().filter((n) => /\/chunks\/ui-fr-/.test(n))).to.have.length(1);
    frame.remove();
  });

  it('the one-tag element too: the challenges and the actions load after the scan’s first screen', async () => {
    localStorage.removeItem('informeel-leren/v1/one-tag-page');
    const frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '900';
    frame.src = '/test/fixtures/one-tag.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Win;
    const inner = (tag: string) => frame.contentDocument!.querySelector('informeel-leren-scan')?.shadowRoot?.querySelector(tag)?.shadowRoot;
    const scan = await until(() => inner('profile-scan')?.querySelector('[data-step-heading]') && inner('profile-scan'), 'the scan', 8000);
    expect(scan.querySelector('.step-indicator')?.textContent).to.contain('Stap 1 van 3');
    await until(() => inner('action-list')?.querySelector('[data-step-heading]'), 'the actions step', 8000);
    const firstScreenDone = Math.max(...[/\/chunks\/first-screen-/, /\/chunks\/nl-first-screen-/].map((p) => resource(win, p).responseEnd));
    for (const later of [/\/chunks\/challenge-picker-/, /\/chunks\/action-list-/]) {
      expect(resource(win, later).startTime, String(later)).to.be.at.least(firstScreenDone);
    }
  });
});
