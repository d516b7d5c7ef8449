/**
 * The page a partner builds from the README (one script tag and the three tags, no CSS of its own),
 * on the built bundle: what the first screen fetches and when, the later steps after it, and no
 * layout shift while the widget appears.
 */
import { expect } from '@open-wc/testing';
import { itWhere } from './media-support.js';

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

async function until<T>(get: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = get();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
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

  it('asks for everything the first screen needs at once, before the scan’s own code has arrived', async () => {
    const { win, doc } = await open(1000);
    await until(() => shadow(doc, 'profile-scan')?.querySelector('button.primary'), 'the Start button');
    const element = resource(win, /\/chunks\/profile-scan-/);
    for (const file of [/\/chunks\/widget-element-/, /\/chunks\/nl-statements-/, /\/chunks\/nl-texts-scan-/]) {
      // Without the entry's file list, these were found only after the element's code had run.
      expect(resource(win, file).startTime, String(file)).to.be.below(element.responseEnd);
    }
    // Only the scan's texts, not the footer's and the picker's, and not the other languages.
    const names = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(names.filter((n) => /\/chunks\/(nl-texts-[\w-]{8}\.js|fr-|en-|ui-)/.test(n))).to.deep.equal([]);
  });

  it('loads the later steps only after the scan’s first screen, which already counts them as steps 2 and 3', async () => {
    const { win, doc } = await open(1000);
    const scan = await until(() => shadow(doc, 'profile-scan')?.querySelector('[data-step-heading]') && shadow(doc, 'profile-scan'), 'the scan');
    // Whether or not the picker's code has arrived yet, the scan renders as step 1 of 3 without the footer.
    expect(scan.querySelector('.step-indicator')?.textContent).to.contain('Stap 1 van 3');
    expect(scan.querySelector('informeel-leren-footer')).to.equal(null);
    await until(() => allShown(doc), 'all three steps');
    const firstScreenDone = Math.max(...[/\/chunks\/profile-scan-/, /\/chunks\/widget-element-/, /\/chunks\/nl-statements-/].map((p) => resource(win, p).responseEnd));
    for (const later of [/\/chunks\/challenge-picker-/, /\/chunks\/action-list-/, /\/chunks\/informeel-leren-footer-/]) {
      expect(resource(win, later).startTime, String(later)).to.be.at.least(firstScreenDone);
    }
    expect(shadow(doc, 'action-list')!.querySelector('.step-indicator')?.textContent).to.contain('Stap 3 van 3');
  });

  const layoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  for (const width of [1000, 375]) {
    itWhere(layoutShifts, 'no layout-shift entries (Layout Instability API)')(`nothing moves while the three steps appear, ${width} px wide`, async () => {
      const { win, doc } = await open(width);
      await until(() => allShown(doc), 'all three steps');
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
});
