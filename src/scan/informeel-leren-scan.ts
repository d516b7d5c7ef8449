import { css, html, LitElement } from 'lit';
import { reflectedText } from '../base/text.js';
import '../profile-scan/register.js';
import { whenIdle } from '../base/idle.js';
import { loadFailureMessage } from '../base/load-failure.js';
import { STEP_PARTS } from '../generated/parts.js';

/**
 * The whole instrument in one tag, for editors who can paste only one element: the scan, the
 * challenges and the actions in order. The three elements stay usable on their own.
 *
 * @summary All three steps in one element.
 * @tagname informeel-leren-scan
 *
 * @attr group - Elements with the same group share one scan. Default "default".
 * @attr lang - Language (nl, fr, en); else the nearest ancestor's lang, else Dutch.
 * @attr contact - Contact line of the embedding partner, shown in the footers.
 * @attr monitoring - Base URL of a monitoring collector, passed to the scan: the result then offers to send it anonymously, only after the user agrees.
 * @attr monitoring-partner - Short partner id sent with an agreed submission.
 *
 * @csspart heading - Headings of the steps (and every part of the three elements, forwarded under the same names).
 *
 * @cssprop --il-step-gap - Space between the steps. Default: 2.5rem.
 */
export class InformeelLerenScan extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: var(--il-step-gap, 2.5rem);
    }
    :host([hidden]) {
      display: none;
    }
  `;

  static override properties = {
    group: reflectedText,
    contact: { type: String },
    monitoring: { type: String },
    monitoringPartner: { type: String, attribute: 'monitoring-partner' },
    laterFailed: { state: true },
  };

  /** The later steps' code could not be loaded (offline); tried again when the browser is back online. */
  private laterFailed = false;
  /** Timed attempts made so far to load the later steps. */
  private laterAttempts = 0;
  private readonly retryLaterSteps = (): void => {
    globalThis.removeEventListener('online', this.retryLaterSteps);
    if (this.laterFailed) void this.loadLaterSteps();
  };

  group: string | null | undefined = 'default';
  contact: string | null | undefined = '';
  /** Base URL of a monitoring collector, passed to the scan: the result then offers to send it anonymously, only after the user agrees. */
  monitoring?: string | null;
  /** Short partner id sent with an agreed submission, passed to the scan. */
  monitoringPartner?: string | null;

  /** The challenges and the actions load once the scan's first screen is there, while the browser is idle. */
  protected override firstUpdated(): void {
    const scan = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('profile-scan');
    void customElements
      .whenDefined('profile-scan')
      .then(() => scan?.updateComplete)
      .then(whenIdle)
      .then(() => this.loadLaterSteps());
  }

  private loadLaterSteps(): Promise<void> {
    return Promise.all([import('../challenge-picker/register.js'), import('../action-list/register.js')]).then(
      () => void (this.laterFailed = false),
      (error: unknown) => {
        console.warn('informeel-leren: the later steps could not be loaded', error);
        this.laterFailed = true;
        // Tried again after 1, 3, 9 and 27 s, and whenever the browser comes back online.
        globalThis.addEventListener('online', this.retryLaterSteps, { once: true });
        if (this.laterAttempts < 4) setTimeout(this.retryLaterSteps, 1000 * 3 ** this.laterAttempts++);
      },
    );
  }

  protected override render() {
    return html`<profile-scan .group=${this.group} .contact=${this.contact} .monitoring=${this.monitoring} .monitoringPartner=${this.monitoringPartner} exportparts=${STEP_PARTS}></profile-scan>
      ${this.laterFailed
        ? html`<p role="alert">${loadFailureMessage(this)}</p>`
        : ''}
      <challenge-picker .group=${this.group} .contact=${this.contact} exportparts=${STEP_PARTS}></challenge-picker>
      <action-list .group=${this.group} .contact=${this.contact} exportparts=${STEP_PARTS}></action-list>`;
  }
}
