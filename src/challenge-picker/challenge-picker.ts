import { html, type TemplateResult } from 'lit';
import { ContentController } from '../base/content-controller.js';
import { NoticesController } from '../base/notices-controller.js';
import { StepFlowController } from '../base/step-flow.js';
import { WidgetElement } from '../base/widget-element.js';
import { FooterPlacement } from '../footer/footer-placement.js';
import { ReportPart } from '../report/report-part.js';
import { msg, str } from '../localize/localize.js';
import {
  CHALLENGE_IDS,
  instrument,
  isChallengeId,
  type ChallengeId,
} from '../scoring/index.js';
import { challengePickerStyles } from './challenge-picker.styles.js';
import '../state/scoring.js'; // lets the store score: this part shows or uses the result

/** Detail of `challenge-select`. */
export interface ChallengeSelectDetail {
  challenge: ChallengeId;
  title: string;
}

/**
 * Step 2: the nine most frequent challenges around informal learning; the user picks one
 * (and may come back for another). Works with or without a profile.
 *
 * @summary Pick the challenge to work on.
 * @tagname challenge-picker
 *
 * @fires challenge-select - A challenge was chosen. `detail: ChallengeSelectDetail`.
 *
 * @csspart primary-button - "Bekijk de acties".
 * @csspart card - One challenge (radio, title and explanation).
 */
export class ChallengePicker extends WidgetElement {
  static override styles = [...WidgetElement.styles, challengePickerStyles];

  static override properties = {
    ...WidgetElement.properties,
    chosen: { state: true },
    confirmation: { state: true },
    exploring: { state: true },
  };

  protected readonly content = new ContentController(this, ['challenges', 'profiles', 'texts']);
  private readonly flow = new StepFlowController(this, this.scan, 2);
  private readonly notices = new NoticesController(this, this.scan);
  private readonly footer = new FooterPlacement(this, this.scan, this.flow);
  private readonly report = new ReportPart(this, { scan: this.scan, content: this.content, footer: this.footer, localized: (fn) => this.localized(fn) });

  protected override get frame() {
    return [this.notices, this.footer, this.report];
  }

  /** The radio the user has selected but not yet confirmed. */
  private chosen?: ChallengeId;
  /** What the last "Bekijk de acties" did, announced in a status line. */
  private confirmation?: ChallengeId | 'none';
  /** The user opened the challenges before finishing the scan. */
  private exploring = false;

  /** Reached once the scan has a result or a challenge was chosen; always, without a scan on the page. */
  private get reached(): boolean {
    const store = this.scan.store;
    return this.exploring || !!store.result || !!store.state.challenge || store.state.shared || !this.flow.has(1);
  }

  protected renderWidget(): TemplateResult {
    const store = this.scan.store;
    if (!this.reached) return html`${this.renderPlaceholder()}${this.footer.render()}`;
    const { challenges } = this.content.parts.challenges;
    const selected = this.chosen ?? store.state.challenge;
    const profileId = store.adviceProfile;
    return html`${this.notices.render(false)}
      <section aria-labelledby="step-heading">
        ${this.flow.renderHeading(msg('Welke uitdaging wil je aanpakken?', { id: 'challenges.heading' }))}
        ${store.choiceWaiting
          ? html`<p class="notice" part="notice">
              ${msg('Je resultaat toont meerdere profielen even sterk. Kies in stap 1 welk profiel je het meest herkent; dan krijg je de top 3 acties voor dat profiel.', { id: 'challenges.choice-waiting' })}
            </p>`
          : profileId
          ? html`<p>
              ${msg(str`Het advies houdt rekening met je profiel: ${this.content.parts.profiles.profiles[profileId].name}.`, {
                id: 'challenges.with-profile',
              })}
            </p>`
          : html`<p class="notice" part="notice">
              ${msg('Je kunt de uitdagingen vrij verkennen. Vul je eerst de scan in, dan wordt het advies scherper: je krijgt de top 3 acties voor jouw profiel.', {
                id: 'challenges.without-profile',
              })}
            </p>`}
        <p>${msg('Kies de uitdaging die je het meest herkent. Je kunt later altijd terugkomen om een andere te bekijken.', { id: 'challenges.intro' })}</p>
        ${this.renderListInfo()}
        <fieldset>
          <legend>${msg('De negen meest voorkomende uitdagingen', { id: 'challenges.legend' })}</legend>
          <ul class="challenges">
            ${CHALLENGE_IDS.map(
              (id) => html`<li class="challenge ${selected === id ? 'selected' : ''}" part="card">
                <label>
                  <input type="radio" name="challenge" value=${id} .checked=${selected === id}
                    @change=${() => (this.chosen = id)} />
                  <span>${challenges[id].title}</span>
                </label>
                <details>
                  <summary>${msg('Uitleg', { id: 'challenges.explain' })}<span class="visually-hidden">: ${challenges[id].title}</span></summary>
                  <p>${challenges[id].explanation}</p>
                </details>
              </li>`,
            )}
          </ul>
        </fieldset>
        <p role="status">
          ${this.confirmation === 'none'
            ? msg('Kies eerst een uitdaging.', { id: 'challenges.none-chosen' })
            : this.confirmation
              ? msg(str`Gekozen: ${challenges[this.confirmation].title}`, { id: 'challenges.chosen' })
              : ''}
        </p>
        <div class="actions">
          <button type="button" class="primary" part="button primary-button" @click=${this.confirm}>
            ${msg('Bekijk de acties', { id: 'challenges.submit' })}
          </button>
        </div>
      </section>
      ${this.footer.render()}`;
  }

  /** Before the scan is done: one line and a way in, instead of nine open cards below an unstarted scan. */
  private renderPlaceholder(): TemplateResult {
    return html`<section aria-labelledby="step-heading" class="placeholder">
      ${this.flow.renderHeading(msg('Welke uitdaging wil je aanpakken?', { id: 'challenges.heading' }))}
      <p>${msg('Na de scan kies je hier een van de negen uitdagingen die het vaakst voorkomen rond informeel leren.', { id: 'challenges.placeholder' })}</p>
      <div class="actions">
        <button type="button" part="button" @click=${this.explore}>${msg('Bekijk de uitdagingen nu al', { id: 'challenges.explore' })}</button>
      </div>
    </section>`;
  }

  private explore(): void {
    this.exploring = true;
    void this.flow.focusHeading();
  }

  /** "Hoe is deze lijst tot stand gekomen?" with the recognition facts from the research. */
  private renderListInfo(): TemplateResult {
    const { challengesInfo } = this.content.parts.texts;
    const { challenges } = this.content.parts.challenges;
    const number = new Intl.NumberFormat(this.content.language, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    const { pollRespondents, surveyRespondents } = instrument.research;
    return html`<details>
      <summary>${challengesInfo.title}</summary>
      ${challengesInfo.paragraphs.map((p) => html`<p>${p}</p>`)}
      <div class="table-scroll">
        <table>
          <caption>${msg('Herkenning per uitdaging in het onderzoek', { id: 'challenges.facts-caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Uitdaging', { id: 'challenges.facts-challenge' })}</th>
              <th scope="col">${msg(str`Gekozen in de poll (n = ${pollRespondents})`, { id: 'challenges.facts-poll' })}</th>
              <th scope="col">${msg(str`Herkenning 1–5 (n = ${surveyRespondents})`, { id: 'challenges.facts-survey' })}</th>
            </tr>
          </thead>
          <tbody>
            ${instrument.challenges.map(
              (c) => html`<tr>
                <th scope="row">${challenges[c.id].title}</th>
                <td class="number">${c.recognition.pollShare === null ? '–' : `${c.recognition.pollShare}%`}</td>
                <td class="number">${number.format(c.recognition.surveyMean)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private confirm(): void {
    const value = this.renderRoot.querySelector<HTMLInputElement>('input[name="challenge"]:checked')?.value;
    if (!isChallengeId(value)) {
      this.confirmation = 'none';
      this.renderRoot.querySelector<HTMLInputElement>('input[name="challenge"]')?.focus();
      return;
    }
    this.chosen = undefined;
    this.scan.store.update({ challenge: value });
    const title = this.content.parts.challenges.challenges[value].title;
    this.confirmation = value;
    this.emit<ChallengeSelectDetail>('challenge-select', { challenge: value, title });
    this.flow.goTo(3);
  }
}
