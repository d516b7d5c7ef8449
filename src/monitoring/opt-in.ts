/**
 * "Help het beleid in Vlaanderen": the opt-in on the result that sends it, anonymously and only
 * when the user agrees and presses the button, to the collector named in `monitoring`. Loaded by
 * the result view only when that attribute is set.
 */
// The result view checks the attributes with the opt-in's own code, so neither loads without `monitoring`.
export { collectorBase, partnerId } from './collector-url.js';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptStyles } from '../base/adopt-styles.js';
import { msg, str } from '../localize/localize.js';
import type { ProfileId, UnitId } from '../scoring/core.js';
import { SECTOR_IDS, SIZE_IDS, type SectorId, type SizeId } from './choices.js';
import { sectorLabels, sizeLabels } from './labels.js';
import { optInStyles } from './opt-in.styles.js';
import { buildSubmission, randomId, sendSubmission } from './submission.js';

/** The result the opt-in offers to send. */
export interface OptInResult {
  /** The collector's base URL (checked, see collectorBase). */
  base: URL;
  partner?: string;
  answers: Readonly<Record<string, boolean>>;
  unit: UnitId;
  /** "het team", "de afdeling"…, as the result says it. */
  unitThe: string;
  lang: string;
  /** The profile shown; undefined on a tie until the user has chosen one. */
  profile?: ProfileId;
  profileName?: string;
  /** Identifies this result: a new scan or changed answers make another one, which may be sent again. */
  key: string;
}

type Status = 'idle' | 'sending' | 'failed' | 'sent';

/**
 * The opt-in's state, per element: off by default for every new result, one submission id per
 * result (kept for a retry, so the collector stores it once), and the results sent while the page
 * is open. Nothing of it is saved.
 */
export class MonitoringOptIn {
  private consent = false;
  private size?: SizeId;
  private sector?: SectorId;
  private status: Status = 'idle';
  /** The submission id of the result shown, made at its first send. */
  private id?: string;
  /** The key of the result shown. */
  private current?: string;
  /** Sent in this page's life: a result shows it was sent instead of offering it again. */
  private readonly sentResults = new Set<string>();
  /** The last press of "Versturen" succeeded: the status says thanks once. */
  private thanked = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  render(result: OptInResult): TemplateResult {
    adoptStyles(this.host, optInStyles);
    if (result.key !== this.current) this.show(result.key);
    const origin = result.base.origin;
    return html`<section class="monitoring" aria-labelledby="monitoring-heading">
      <h3 id="monitoring-heading">${msg('Help het beleid in Vlaanderen', { id: 'monitoring.heading' })}</h3>
      <p>
        ${msg(str`Wil je dit resultaat anoniem meegeven aan de monitoring van informeel leren in Vlaanderen? Het gaat dan naar ${origin}, waar alleen cijfers over groepen van organisaties getoond worden. Het is vrijwillig: zonder je akkoord wordt niets verstuurd.`, { id: 'monitoring.intro' })}
      </p>
      <h4>${msg('Wat wordt verstuurd', { id: 'monitoring.sent-heading' })}</h4>
      <ul>
        <li>${msg('je 20 antwoorden (ja of nee)', { id: 'monitoring.item.answers' })}</li>
        <li>${msg(str`voor wie je de scan invulde (${result.unitThe})`, { id: 'monitoring.item.unit' })}</li>
        <li>${msg('de taal van de scan', { id: 'monitoring.item.lang' })}</li>
        <li>
          ${result.profileName
            ? msg(str`het profiel dat je resultaat toont: ${result.profileName}`, { id: 'monitoring.item.profile' })
            : msg('het profiel dat je kiest', { id: 'monitoring.item.profile-choice' })}
        </li>
        ${result.partner
          ? html`<li>${msg(str`de code van de organisatie die de scan hier aanbiedt: ${result.partner}`, { id: 'monitoring.item.partner' })}</li>`
          : nothing}
        <li>${msg('de versie van de scoresleutel', { id: 'monitoring.item.key' })}</li>
        <li>${msg('als je ze hieronder kiest: de grootte en de sector van je organisatie', { id: 'monitoring.item.choices' })}</li>
      </ul>
      <h4>${msg('Wat niet', { id: 'monitoring.not-heading' })}</h4>
      <p>
        ${msg('Geen naam, geen vrije tekst, geen adres en niets dat twee inzendingen of een persoon met elkaar verbindt. De monitoring bewaart je IP-adres niet, zet geen cookies en noteert de datum alleen tot op de week. Je antwoorden blijven daarnaast gewoon in deze browser.', { id: 'monitoring.not' })}
      </p>
      ${this.status === 'sent' ? this.renderSent() : this.renderForm(result)}
      <p role="status">${this.statusText()}</p>
    </section>`;
  }

  /** A result other than the last one shown: off again, unless it was sent already. */
  private show(key: string): void {
    this.current = key;
    this.consent = false;
    this.id = undefined;
    this.thanked = false;
    this.status = this.sentResults.has(key) ? 'sent' : 'idle';
  }

  private renderSent(): TemplateResult {
    return html`<p class="monitoring-done" tabindex="-1">
      ${msg('Dit resultaat is anoniem verstuurd. Je kunt het niet terughalen: niets in de cijfers wijst naar jou.', { id: 'monitoring.done' })}
    </p>`;
  }

  private renderForm(result: OptInResult): TemplateResult {
    const sizes = sizeLabels();
    const sectors = sectorLabels();
    const none = msg('Niet opgeven', { id: 'monitoring.none' });
    return html`<div class="fields">
        <label>
          ${msg('Grootte van de organisatie (niet verplicht)', { id: 'monitoring.size' })}
          <select @change=${(e: Event) => (this.size = SIZE_IDS.find((id) => id === (e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${!this.size}>${none}</option>
            ${SIZE_IDS.map((id) => html`<option value=${id} ?selected=${id === this.size}>${sizes[id]}</option>`)}
          </select>
        </label>
        <label>
          ${msg('Sector (niet verplicht)', { id: 'monitoring.sector' })}
          <select @change=${(e: Event) => (this.sector = SECTOR_IDS.find((id) => id === (e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${!this.sector}>${none}</option>
            ${SECTOR_IDS.map((id) => html`<option value=${id} ?selected=${id === this.sector}>${sectors[id]}</option>`)}
          </select>
        </label>
      </div>
      <label class="consent">
        <input type="checkbox" .checked=${this.consent} @change=${(e: Event) => this.agree((e.target as HTMLInputElement).checked)} />
        <span>${msg('Ja, ik stuur dit resultaat anoniem mee', { id: 'monitoring.consent' })}</span>
      </label>
      ${this.consent
        ? result.profile
          ? html`<div class="actions">
              <button type="button" part="button" aria-describedby=${this.status === 'failed' ? 'monitoring-failed' : nothing} @click=${() => this.send(result)}>
                ${this.status === 'failed' ? msg('Probeer opnieuw', { id: 'monitoring.retry' }) : msg('Versturen', { id: 'monitoring.send' })}
              </button>
            </div>`
          : html`<p class="muted">${msg('Kies eerst hierboven het profiel dat je het meest herkent: dat profiel wordt meegestuurd.', { id: 'monitoring.choose-profile' })}</p>`
        : nothing}
      ${this.status === 'failed'
        ? html`<p role="alert" class="error" id="monitoring-failed">
            ${msg('Niet verstuurd: de monitoring is nu niet bereikbaar. Je antwoorden blijven in deze browser; je kunt het later opnieuw proberen.', { id: 'monitoring.failed' })}
          </p>`
        : nothing}`;
  }

  private statusText(): string {
    if (this.status === 'sending') return msg('Bezig met versturen…', { id: 'monitoring.sending' });
    if (this.status === 'sent' && this.thanked) return msg('Verstuurd, dank je.', { id: 'monitoring.thanks' });
    return '';
  }

  private agree(consent: boolean): void {
    this.consent = consent;
    this.host.requestUpdate();
  }

  /** One request per press, only with consent; the id stays the same on a retry of this result. */
  private async send(result: OptInResult): Promise<void> {
    if (!this.consent || !result.profile || this.status === 'sending') return;
    this.id ??= randomId();
    const submission = buildSubmission(this.id, {
      answers: result.answers,
      unit: result.unit,
      lang: result.lang,
      profile: result.profile,
      partner: result.partner,
      size: this.size,
      sector: this.sector,
    });
    this.status = 'sending';
    this.host.requestUpdate();
    const stored = await sendSubmission(result.base, submission);
    if (stored) this.sentResults.add(result.key);
    // The user moved on to another result meanwhile: that one keeps its own state.
    if (result.key !== this.current) return;
    this.status = stored ? 'sent' : 'failed';
    this.thanked = stored;
    this.host.requestUpdate();
    if (!stored) return;
    // The form is gone: focus goes to the sentence that replaced it.
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.monitoring-done')?.focus();
  }
}
