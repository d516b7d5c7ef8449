import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { reflectedText } from './text.js';
import { inLocale, msg } from '../localize/localize.js';
import type { ContentState } from './content-controller.js';
import { pendingOf, type FramePart, type Load } from './frame-part.js';
import { StoreController } from './store-controller.js';
import { baseStyles } from './styles.js';

/**
 * The base of every element: the shared properties, events that reach the host page, and a
 * render frame that never leaves a blank widget (loading, failed load, render error each say so).
 * The rest lives in reactive controllers that each element attaches as it needs them:
 * `StoreController` (the group's shared state, here for all), `ContentController` (the language
 * and its content), `StepFlowController` (the step's place in the flow, headings, focus),
 * `NoticesController`, `FooterPlacement` and `ReportPart`; the last three take part in the frame
 * (listed in `frame`), which waits for them where the first screen must appear in one piece.
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
    group: reflectedText,
    contact: { type: String },
    lang: reflectedText,
  };

  /** Elements with the same group share one scan (answers, unit, challenge). Default: "default". */
  group: string | null | undefined = 'default';
  /** Contact line set by the embedding partner, e.g. an e-mail address; shown in the footer. */
  contact: string | null | undefined = '';

  /** The shared state of the element's group. */
  protected readonly scan = new StoreController(this, () => this.stateChanged());

  /** The element's language and the content it needs; each element says which parts. */
  protected abstract readonly content: ContentState;

  /** The element has rendered its content once: from then on nothing holds it back. */
  private contentShown = false;

  /** Renders the loaded element; runs with the widget's translations active. */
  protected abstract renderWidget(): TemplateResult;

  /** The shared state changed (here or in another element), before the re-render. */
  protected stateChanged(): void {}

  /** The controllers that take part in the frame (notices, footer, report). */
  protected get frame(): readonly FramePart[] {
    return [];
  }

  /** The loads `updateComplete` waits for besides the frame's; elements that load more add theirs. */
  protected get loads(): readonly Load[] {
    return [this.content];
  }

  /** `updateComplete` also waits for the element's loads, so tests and hosts can await a fully rendered widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const waiting = () =>
      // A share link being opened: the element shows it once it is there.
      this.scan.store.opening ?? this.loads.map(pendingOf).find(Boolean) ?? this.frame.map((part) => part.pending()).find(Boolean);
    for (let wait = waiting(); wait && this.isConnected; wait = waiting()) {
      await wait;
      done = await super.getUpdateComplete();
    }
    for (const part of this.frame) await part.settleLast?.();
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
      const held = !this.contentShown && this.frame.some((part) => part.holdsFirstContent);
      if (!this.content.loaded || held || this.scan.store.opening) {
        return html`<p class="loading muted" aria-busy="true">${msg('Even geduld…', { id: 'loading' })}</p>`;
      }
      this.contentShown = true;
      try {
        const screen = ['screen', ...this.frame.map((part) => part.screenClass)].filter(Boolean).join(' ');
        return html`<div class=${screen}>${this.renderWidget()}</div>${this.frame.map((part) => part.renderAfter?.() ?? nothing)}`;
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
}
