import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { loadOnce } from '../content/load.js';
import { define } from '../define.js';
import type { InformeelLerenFooter } from '../footer/informeel-leren-footer.js';
import { inLocale, msg, str } from '../localize/localize.js';
import type { ReportController } from '../report/report-controller.js';
import type { ChallengeId, ProfileId } from '../scoring/index.js';
import { normalizeGroup } from '../state/store.js';
import { LoadController, type ContentState } from './content-controller.js';
import { StoreController } from './store-controller.js';
import { baseStyles } from './styles.js';

const FOOTER = 'informeel-leren-footer';

/**
 * The footer's code, fetched once, by the first element that shows it (on a page with all three
 * steps that is the last one, so the first screen does without it). Registered on first use, so
 * hosts that register our classes under their own names get it too.
 */
const loadFooter = (): Promise<void> =>
  loadOnce(FOOTER, () => import('../footer/informeel-leren-footer.js').then((module) => void define(FOOTER, module.InformeelLerenFooter)));

/** The default tags of the steps: one on the page whose code has not arrived yet still counts as there. */
const STEP_TAGS = ['profile-scan', 'challenge-picker', 'action-list'];

/** A string attribute or property as set by any host: null, undefined or another type count as empty. */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * The base of every element: the shared properties, events that reach the host page, and a
 * render that never leaves a blank widget (loading, failed load, render error each say so).
 * What elements share beyond that lives in reactive controllers: `StoreController` (the shared
 * state of the group) and `ContentController` (the language and its lazily loaded content).
 *
 * @attr group - Elements with the same group share one scan. Default "default".
 * @attr lang - Language (nl, fr, en); else the nearest ancestor's lang, else Dutch.
 * @attr contact - Contact line of the embedding partner, e.g. an e-mail address, shown in the footer.
 *
 * @fires informeel-leren-clear - The user erased all saved answers. `detail: { group, removed }`.
 *
 * @csspart heading - The heading of each step.
 * @csspart step-indicator - "Stap 1 van 3" above the heading.
 * @csspart button - Every button.
 * @csspart primary-button - The main button of a step.
 * @csspart card - Cards (the result, a challenge, an action).
 * @csspart notice - Messages (shared result, problems with saved data).
 * @csspart footer - The footer with privacy, about and the contact line (once per group).
 * @csspart privacy - The privacy disclosure in the footer, with "Wis mijn antwoorden".
 * @csspart about - The "Over dit instrument" disclosure in the footer.
 *
 * @cssprop --il-color-text - Text colour. Default: the system text colour.
 * @cssprop --il-color-background - Background colour. Default: the system background.
 * @cssprop --il-color-surface - Background of cards and notices.
 * @cssprop --il-color-border - Borders.
 * @cssprop --il-color-muted - Secondary text.
 * @cssprop --il-color-accent - Buttons, links, focus and the chart. Default: #1d5f8a.
 * @cssprop --il-color-on-accent - Text on the accent colour. Default: #ffffff.
 * @cssprop --il-color-error - Errors and unanswered statements. Default: #b3261e.
 * @cssprop --il-font-family - Font. Default: inherited from the page.
 * @cssprop --il-font-size - Base font size. Default: 1rem.
 * @cssprop --il-radius - Corner radius. Default: 0.5rem.
 * @cssprop --il-space - Base spacing. Default: 1rem.
 * @cssprop --il-focus-ring - Focus outline. Default: 3px solid the accent colour.
 */
export abstract class WidgetElement extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    group: { type: String, reflect: true },
    contact: { type: String },
    lang: { type: String, reflect: true },
  };

  /** Which step of the flow the element is (1 scan, 2 challenges, 3 actions; 0 none): where focus is handed on to. */
  static step = 0;

  /** Elements with the same group share one scan (answers, unit, challenge). Default: "default". */
  group: string | null | undefined = 'default';
  /** Contact line set by the embedding partner, e.g. an e-mail address; shown in the footer. */
  contact: string | null | undefined = '';

  /** The shared state of the element's group. */
  protected readonly scan = new StoreController(this, () => this.stateChanged());

  /**
   * The group's personal report: printing the page gives the report instead of the screens, and
   * "Rapport downloaden" saves it as a file. Its code loads once there is something to report.
   */
  private report?: ReportController;
  private reportLoading?: Promise<ReportController>;

  /** There is something to report: a result or a challenge. */
  private get reportAvailable(): boolean {
    const store = this.scan.store;
    return store.hasResult || !!store.state.challenge || !!this.reportSubject.challenge;
  }

  private loadReport(): Promise<ReportController> {
    this.reportLoading ??= import('../report/report-controller.js').then(({ ReportController }) => {
      this.report = new ReportController(this, {
        store: () => this.scan.store,
        language: () => this.content.language,
        subject: () => this.reportSubject,
        contact: () => this.groupContact,
        prints: () => this.showsFooter,
        available: () => this.reportAvailable,
        localized: (fn) => this.localized(fn),
      });
      this.requestUpdate();
      return this.report;
    });
    return this.reportLoading;
  }

  /** Saves the report as a file; returns its name. */
  protected async downloadReport(): Promise<string | undefined> {
    return (await this.loadReport()).download();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.report && this.reportAvailable && this.content.loaded) void this.loadReport();
  }

  /** The profile and challenge the report is about: what the user sees in this element. */
  protected get reportSubject(): { profile?: ProfileId; challenge?: ChallengeId } {
    const store = this.scan.store;
    return { profile: store.adviceProfile, challenge: store.state.challenge };
  }

  /** The messages about saved or shared data: their code loads only when there is one to show. */
  private readonly notices = new LoadController(
    this,
    ([needed]) => (needed ? import('./notices.js') : Promise.resolve(undefined)),
    () => [this.noticesNeeded] as const,
  );

  /** There is a problem with saved or shared data to tell, or a shared result is open. */
  private get noticesNeeded(): boolean {
    return this.scan.store.problems.size > 0 || this.scan.store.state.shared;
  }

  /** Problems with saved or shared data, and (with `banner`) the banner of an open shared result. */
  protected renderNotices(banner = true): TemplateResult | typeof nothing {
    const notices = this.notices.value;
    if (!notices) return nothing;
    return html`${notices.problemsNotice(this.scan.store)}${banner ? notices.sharedBanner(this.scan.store) : nothing}`;
  }

  /** The footer's code, loaded once this element is the one that shows the footer. */
  private readonly footer = new LoadController(this, ([shown]) => (shown ? loadFooter() : Promise.resolve()), () => [this.showsFooter] as const);
  /** The element has rendered its content once: from then on the footer never holds it back. */
  private contentShown = false;

  /** The element's language and the content it needs; each element says which parts. */
  protected abstract readonly content: ContentState;

  /** Renders the loaded element; runs with the widget's translations active. */
  protected abstract renderWidget(): TemplateResult;

  /** The shared state changed (here or in another element), before the re-render. */
  protected stateChanged(): void {}

  /** The loads `updateComplete` waits for; elements that load more add theirs. */
  protected get loads(): readonly Pick<ContentState, 'status' | 'settled'>[] {
    return this.report ? [this.content, this.notices, this.report.load] : [this.content, this.notices];
  }

  /** `updateComplete` also waits for the element's loads, so tests and hosts can await a fully rendered widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A share link being opened: the element shows it once it is there.
    while (this.scan.store.opening && this.isConnected) {
      await this.scan.store.opening;
      done = await super.getUpdateComplete();
    }
    const pending = () => [...this.loads, this.footer].find((load) => load.status === 'pending');
    for (let load = pending(); load && this.isConnected; load = pending()) {
      await load.settled;
      done = await super.getUpdateComplete();
    }
    // The report's code, once asked for, and then its own load.
    if (this.reportLoading && !this.report && this.isConnected) {
      await this.reportLoading;
      return this.getUpdateComplete();
    }
    // The footer is an element of its own: wait for it too.
    await this.renderRoot.querySelector<InformeelLerenFooter>(FOOTER)?.updateComplete;
    return done;
  }

  /** Runs a function with this widget's translations active (for text built outside render). */
  protected localized<T>(fn: () => T): T {
    return inLocale(this.content.templates, fn);
  }

  protected override render(): TemplateResult {
    return this.localized(() => {
      if (this.content.status === 'error') {
        return html`<div class="notice error" role="alert" part="notice">
          <p>${msg('De scan kon niet geladen worden. Controleer je verbinding.', { id: 'load-failed' })}</p>
          <button type="button" part="button" @click=${() => this.content.retry()}>${msg('Probeer opnieuw', { id: 'retry' })}</button>
        </div>`;
      }
      // The first content waits for the footer's code too, so the element appears in one piece.
      const footerPending = !this.contentShown && this.showsFooter && !customElements.get(FOOTER) && this.footer.status === 'pending';
      // A message the first screen starts with waits for its code too, so nothing below it moves.
      const noticesPending = !this.contentShown && this.notices.status === 'pending' && this.noticesNeeded;
      if (!this.content.loaded || footerPending || noticesPending || this.scan.store.opening) {
        return html`<p class="loading muted" aria-busy="true">${msg('Even geduld…', { id: 'loading' })}</p>`;
      }
      this.contentShown = true;
      try {
        // With a report to print, the printed page is the report, not the screens.
        const printed = this.reportAvailable && (!this.showsFooter || !!this.report?.ready);
        return html`<div class=${printed ? 'screen print-replaced' : 'screen'}>${this.renderWidget()}</div>${this.report?.renderPrint() ?? nothing}`;
      } catch (error) {
        // A render error must never leave a blank widget behind.
        console.error('informeel-leren:', error);
        return html`<p class="notice error" role="alert">
          ${msg('Er ging iets mis bij het tonen van de scan. Je antwoorden blijven bewaard.', { id: 'render-failed' })}
        </p>`;
      }
    });
  }

  /** Fires a bubbling, composed event that crosses shadow roots to the host page. */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Moves focus to the heading of the current step, once it is rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  /** The other elements of this group that show a step, the one in this element's root first. */
  private stepElement(step: number): WidgetElement | undefined {
    const steps = this.scan.peers.filter(
      (peer): peer is WidgetElement => peer instanceof WidgetElement && (peer.constructor as typeof WidgetElement).step === step,
    );
    return steps.find((peer) => peer.getRootNode() === this.getRootNode()) ?? steps[0];
  }

  /**
   * Step tags of this group in this element's document or shadow root whose code is still on its
   * way (the later steps load after the first screen): they count as on the page already, so the
   * step indicator, the buttons to the next step and the one footer do not change when they arrive.
   */
  private pendingSteps(step?: number): Element[] {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!root.querySelectorAll) return [];
    const tags = step ? [STEP_TAGS[step - 1]] : STEP_TAGS;
    return [...root.querySelectorAll(tags.map((tag) => `${tag}:not(:defined)`).join())].filter(
      (el) => normalizeGroup((el as Partial<WidgetElement>).group ?? el.getAttribute('group')) === this.scan.group,
    );
  }

  /** Whether another step of the flow is on the page for this group. */
  protected hasStep(step: number): boolean {
    return !!this.stepElement(step) || this.pendingSteps(step).length > 0;
  }

  /**
   * Hands the user on to another step of the flow on the same page (same group), whatever tag
   * name it was registered under: scrolls it into view and focuses its heading (once its code is
   * there, for a step still loading). Returns false when that step is not on the page.
   */
  protected goToStep(step: number): boolean {
    const target = this.stepElement(step) ?? this.pendingSteps(step)[0];
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    if (target instanceof WidgetElement) void target.focusHeading();
    else void customElements.whenDefined(target.localName).then(() => (target as WidgetElement).focusHeading?.());
    return true;
  }

  /** Whether this element is one step of a flow on the page (other steps of its group are there too). */
  protected get inFlow(): boolean {
    const step = (this.constructor as typeof WidgetElement).step;
    return step > 0 && [1, 2, 3].some((other) => other !== step && this.hasStep(other));
  }

  /**
   * The heading every step starts with (focus lands on it when the user arrives), with
   * "Stap 1 van 3" above it when the element is part of a flow.
   */
  protected renderHeading(title: unknown): TemplateResult {
    const step = (this.constructor as typeof WidgetElement).step;
    return html`${this.inFlow
        ? html`<p class="step-indicator" part="step-indicator">${msg(str`Stap ${step} van 3`, { id: 'step.indicator' })}</p>`
        : nothing}
      <h2 id="step-heading" part="heading" tabindex="-1" data-step-heading>${title}</h2>`;
  }

  /** The partner's contact line: this element's, else the first one set on another element of the group. */
  private get groupContact(): string {
    const own = text(this.contact).trim();
    if (own) return own;
    for (const peer of this.scan.peers) {
      if (!(peer instanceof WidgetElement)) continue; // the footer shows the contact; it does not set it
      const contact = text(peer.contact).trim();
      if (contact) return contact;
    }
    return '';
  }

  /** Whether this element shows the group's footer: it is the last step element of the group in its document or shadow root. */
  private get showsFooter(): boolean {
    if (!this.isConnected) return false;
    const root = this.getRootNode();
    const following = (el: Element) => !!(this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const later = this.scan.peers.some(
      (peer) =>
        peer instanceof WidgetElement && (peer.constructor as typeof WidgetElement).step > 0 && peer.getRootNode() === root && following(peer),
    );
    return !later && !this.pendingSteps().some(following);
  }

  /**
   * The privacy / about / contact footer, once per group and page: the last step element of the
   * group in its document or shadow root shows it.
   */
  protected renderFooter(): TemplateResult | typeof nothing {
    if (!this.showsFooter) return nothing;
    return html`<informeel-leren-footer part="footer" exportparts="button, privacy, about" .group=${this.scan.group} .contact=${this.groupContact}></informeel-leren-footer>`;
  }
}
