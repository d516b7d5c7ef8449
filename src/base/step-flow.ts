import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '../localize/localize.js';
import { normalizeGroup } from '../state/store.js';
import type { StoreController, StoreHost } from './store-controller.js';

/** The default tags of the steps: one on the page whose code has not arrived yet still counts as there. */
const STEP_TAGS = ['profile-scan', 'challenge-picker', 'action-list'];

/** An element with a place in the flow: it has a group and renders into its own root. */
export type FlowHost = StoreHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The flow controller of each element that has one, so steps of a group can find and focus each other. */
const flows = new WeakMap<Element, StepFlowController>();

/**
 * Where an element stands in the flow of its group on the page (1 scan, 2 challenges, 3 actions;
 * 0 a view beside the flow): which other steps are there, the heading each step starts with
 * ("Stap 1 van 3" above it), and handing the user on to another step with focus on its heading.
 * Steps find each other by group, whatever tag name they were registered under.
 */
export class StepFlowController implements ReactiveController {
  constructor(
    private readonly host: FlowHost,
    private readonly scan: StoreController,
    /** Which step of the flow the element is; 0 for none. */
    readonly step: number,
  ) {
    host.addController(this);
    flows.set(host, this);
  }

  hostConnected(): void {}

  /** The step of another element of the group (0 when it is no step). */
  static stepOf(element: Element): number {
    return flows.get(element)?.step ?? 0;
  }

  /** The other elements of this group that show a step, the one in this element's root first. */
  private stepElement(step: number): Element | undefined {
    const steps = this.scan.peers.filter((peer) => StepFlowController.stepOf(peer) === step);
    return steps.find((peer) => peer.getRootNode() === this.host.getRootNode()) ?? steps[0];
  }

  /**
   * Step tags of this group in this element's document or shadow root whose code is still on its
   * way (the later steps load after the first screen): they count as on the page already, so the
   * step indicator, the buttons to the next step and the one footer do not change when they arrive.
   */
  pendingSteps(step?: number): Element[] {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    if (!root.querySelectorAll) return [];
    const tags = step ? [STEP_TAGS[step - 1]] : STEP_TAGS;
    return [...root.querySelectorAll(tags.map((tag) => `${tag}:not(:defined)`).join())].filter(
      (el) => normalizeGroup((el as Partial<StoreHost>).group ?? el.getAttribute('group')) === this.scan.group,
    );
  }

  /** Whether another step of the flow is on the page for this group. */
  has(step: number): boolean {
    return !!this.stepElement(step) || this.pendingSteps(step).length > 0;
  }

  /** Whether this element is one step of a flow on the page (other steps of its group are there too). */
  get inFlow(): boolean {
    return this.step > 0 && [1, 2, 3].some((other) => other !== this.step && this.has(other));
  }

  /**
   * Hands the user on to another step of the flow on the same page (same group): scrolls it into
   * view and focuses its heading (once its code is there, for a step still loading). Returns false
   * when that step is not on the page.
   */
  goTo(step: number): boolean {
    const target = this.stepElement(step) ?? this.pendingSteps(step)[0];
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    // A step already there gets focus at once; one whose code is on its way, when it arrives.
    const flow = flows.get(target);
    if (flow) void flow.focusHeading();
    else void customElements.whenDefined(target.localName).then(() => flows.get(target)?.focusHeading());
    return true;
  }

  /** Moves focus to the heading of the current step, once it is rendered. */
  async focusHeading(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  /** The heading every step starts with (focus lands on it when the user arrives), with "Stap 1 van 3" above it in a flow. */
  renderHeading(title: unknown): TemplateResult {
    return html`${this.inFlow ? html`<p class="step-indicator" part="step-indicator">${msg(str`Stap ${this.step} van 3`, { id: 'step.indicator' })}</p>` : nothing}
      <h2 id="step-heading" part="heading" tabindex="-1" data-step-heading>${title}</h2>`;
  }

  /** Whether this element is the last step of its group in its document or shadow root (it shows the group's footer). */
  get isLast(): boolean {
    if (!this.host.isConnected) return false;
    const root = this.host.getRootNode();
    const following = (el: Element) => !!(this.host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const later = this.scan.peers.some((peer) => StepFlowController.stepOf(peer) > 0 && peer.getRootNode() === root && following(peer));
    return !later && !this.pendingSteps().some(following);
  }
}
