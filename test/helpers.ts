import { fixture, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { WidgetElement } from '../src/base/widget-element.js';
import { score, STATEMENT_IDS, type ScoreResult } from '../src/scoring/index.js';
import '../src/define-all.js';

let counter = 0;
/** A fresh group per test, so no test sees another's answers. */
export const freshGroup = () => `test-${Date.now()}-${counter++}`;

/** Waits until the element has loaded its content and rendered (its `updateComplete` waits for its loads). */
export async function ready<T extends WidgetElement>(element: T): Promise<T> {
  await element.updateComplete;
  if (element.shadowRoot!.querySelector('[aria-busy="true"]') || !element.shadowRoot!.querySelector('h2, [role="alert"]')) {
    throw new Error(`${element.localName} did not finish loading`);
  }
  return element;
}

export async function mount<T extends WidgetElement>(template: TemplateResult): Promise<T> {
  return ready(await fixture<T>(template));
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** Everything matching `selector` in the element's shadow root and the shadow roots nested in it (the footer). */
export function deep<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<E>(selector), ...[...root.querySelectorAll('*')].flatMap((child) => deep<E>(child, selector))];
}

/** The footer (privacy, about, contact) the element shows, if it shows one. */
export const footer = (el: Element) => $(el, 'informeel-leren-footer');

/** The button whose visible text is `text`, also inside the footer. */
export function button(el: Element, text: string | RegExp): HTMLButtonElement {
  const found = deep<HTMLButtonElement>(el, 'button').find((b) =>
    typeof text === 'string' ? b.textContent!.replace(/\s+/g, ' ').trim() === text : text.test(b.textContent!),
  );
  if (!found) throw new Error(`no button "${text}" in ${el.localName}`);
  return found;
}

export const heading = (el: Element) => $(el, '[data-step-heading]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Clicks through intro and unit choice, then answers statements like a user (radio clicks). */
export async function startScan(el: WidgetElement, unit = 'team'): Promise<void> {
  button(el, 'Start').click();
  await el.updateComplete;
  $<HTMLInputElement>(el, `input[name="unit"][value="${unit}"]`)!.click();
  $<HTMLButtonElement>(el, 'button.primary')!.click();
  await el.updateComplete;
}

export async function answer(el: WidgetElement, answers: Record<string, boolean>): Promise<void> {
  for (const [id, value] of Object.entries(answers)) {
    $<HTMLInputElement>(el, `input[name="${id}"][value="${value ? 'ja' : 'nee'}"]`)!.click();
  }
  await el.updateComplete;
}

export const yesTo = (...ids: string[]) =>
  Object.fromEntries(STATEMENT_IDS.map((id) => [id, ids.includes(id)])) as Record<string, boolean>;

export { oneEvent, html };

/** An answer pattern whose result `want` accepts, found with the real scoring key (so tests survive a new key). */
export function findPattern(want: (result: ScoreResult) => boolean): Record<string, boolean> {
  for (let mask = 0; mask < 1 << STATEMENT_IDS.length; mask += 997) {
    const answers = Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, !!(mask & (1 << i))]));
    if (want(score(answers))) return answers;
  }
  throw new Error('no answer pattern gives that result');
}
