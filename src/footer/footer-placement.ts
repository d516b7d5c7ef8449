import { html, nothing, type TemplateResult } from 'lit';
import { LoadController } from '../base/content-controller.js';
import { pendingOf, type FramePart } from '../base/frame-part.js';
import type { StepFlowController } from '../base/step-flow.js';
import type { StoreController, StoreHost } from '../base/store-controller.js';
import { text } from '../base/text.js';
import { loadOnce } from '../content/load.js';
import { define } from '../define.js';

const FOOTER = 'informeel-leren-footer';

/**
 * The footer's code, fetched once, by the first element that shows it (on a page with all three
 * steps that is the last one, so the first screen does without it). Registered on first use, so
 * hosts that register our classes under their own names get it too.
 */
const loadFooter = (): Promise<void> =>
  loadOnce(FOOTER, () => import('./informeel-leren-footer.js').then((module) => void define(FOOTER, module.InformeelLerenFooter)));

/** An element that shows the footer: it has the partner's contact line. */
export type FooterHost = StoreHost & { contact: unknown; readonly renderRoot: HTMLElement | DocumentFragment };

/** The placement of each element that may show the footer, so the group's contact line can be found on any of them. */
const placements = new WeakMap<Element, FooterPlacement>();

/**
 * The privacy / about / contact footer, once per group and page: the last step element of the
 * group in its document or shadow root shows it. Its code loads once this element is the one.
 */
export class FooterPlacement implements FramePart {
  private readonly footer: LoadController<readonly [boolean], void>;

  constructor(
    private readonly host: FooterHost,
    private readonly scan: StoreController,
    private readonly flow: StepFlowController,
  ) {
    placements.set(host, this);
    this.footer = new LoadController(host, ([shown]) => (shown ? loadFooter() : Promise.resolve()), () => [this.shown] as const);
  }

  /** Whether this element shows the group's footer. */
  get shown(): boolean {
    return this.flow.isLast;
  }

  /** The partner's contact line: this element's, else the first one set on another element of the group. */
  get contact(): string {
    const own = text(this.host.contact).trim();
    if (own) return own;
    for (const peer of this.scan.peers) {
      const contact = placements.has(peer) ? text((peer as FooterHost).contact).trim() : '';
      if (contact) return contact;
    }
    return '';
  }

  /** The first content waits for the footer's code too, so the element appears in one piece. */
  get holdsFirstContent(): boolean {
    return this.shown && !customElements.get(FOOTER) && this.footer.status === 'pending';
  }

  pending(): Promise<void> | undefined {
    return pendingOf(this.footer);
  }

  /** The footer is an element of its own: `updateComplete` waits for it too. */
  settleLast(): Promise<unknown> | undefined {
    return this.host.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(FOOTER)?.updateComplete;
  }

  /** The footer, in the element that shows it. */
  render(): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    return html`<informeel-leren-footer part="footer" exportparts="button, privacy, about" .group=${this.scan.group} .contact=${this.contact}></informeel-leren-footer>`;
  }
}
