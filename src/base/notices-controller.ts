import { html, nothing, type TemplateResult } from 'lit';
import { LoadController } from './content-controller.js';
import { pendingOf, type FramePart } from './frame-part.js';
import type { StoreController, StoreHost } from './store-controller.js';

/**
 * The messages about saved or shared data (a problem reading them, an open shared result). Their
 * code loads only when there is one to show; a first screen that starts with one waits for it,
 * so nothing below the message moves when it appears.
 */
export class NoticesController implements FramePart {
  private readonly notices: LoadController<readonly [boolean], typeof import('./notices.js') | undefined>;

  constructor(
    host: StoreHost,
    private readonly scan: StoreController,
  ) {
    this.notices = new LoadController(host, ([needed]) => (needed ? import('./notices.js') : Promise.resolve(undefined)), () => [this.needed] as const);
  }

  /** There is a problem with saved or shared data to tell, or a shared result is open. */
  private get needed(): boolean {
    return this.scan.store.problems.size > 0 || this.scan.store.state.shared;
  }

  get holdsFirstContent(): boolean {
    return this.notices.status === 'pending' && this.needed;
  }

  pending(): Promise<void> | undefined {
    return pendingOf(this.notices);
  }

  /** Problems with saved or shared data, and (with `banner`) the banner of an open shared result. */
  render(banner = true): TemplateResult | typeof nothing {
    const notices = this.notices.value;
    if (!notices) return nothing;
    return html`${notices.problemsNotice(this.scan.store)}${banner ? notices.sharedBanner(this.scan.store) : nothing}`;
  }
}
