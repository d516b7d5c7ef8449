import { css, html, LitElement } from 'lit';
import '../profile-scan/register.js';
import '../challenge-picker/register.js';
import '../action-list/register.js';
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
    group: { type: String, reflect: true },
    contact: { type: String },
  };

  group: string | null | undefined = 'default';
  contact: string | null | undefined = '';

  protected override render() {
    return html`<profile-scan .group=${this.group} .contact=${this.contact} exportparts=${STEP_PARTS}></profile-scan>
      <challenge-picker .group=${this.group} .contact=${this.contact} exportparts=${STEP_PARTS}></challenge-picker>
      <action-list .group=${this.group} .contact=${this.contact} exportparts=${STEP_PARTS}></action-list>`;
  }
}
