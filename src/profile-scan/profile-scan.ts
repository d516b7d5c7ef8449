import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ResultExtras } from './result-view.js';
import { ContentController, LoadController } from '../base/content-controller.js';
import { NoticesController } from '../base/notices-controller.js';
import { StepFlowController } from '../base/step-flow.js';
import { WidgetElement } from '../base/widget-element.js';
import { FooterPlacement } from '../footer/footer-placement.js';
import type { ReportPart } from '../report/report-part.js';
import { loadContent } from '../content/load.js';
import { inLocale, loadTemplates, msg, str } from '../localize/localize.js';
// The scoring modules themselves, not their index: the first screen carries only what it uses.
import { missingAnswers, STATEMENT_IDS, UNIT_IDS } from '../scoring/core.js';
import type { ProfileId, UnitId } from '../scoring/core.js';
import type { Answers, ScoreResult } from '../scoring/score.js';
import { seededShuffle } from '../scoring/shuffle.js';
import { profileScanStyles } from './profile-scan.styles.js';

/** Detail of `profile-scan-answer`. */
export interface ProfileScanAnswerDetail {
  statement: string;
  value: boolean;
  answered: number;
  total: number;
}

/** Detail of `profile-scan-complete`. */
export interface ProfileScanCompleteDetail {
  answers: Answers;
  unit: UnitId;
  result: ScoreResult;
  /** The profile the advice is based on: the dominant one; undefined on a tie, until the user chooses. */
  adviceProfile: ProfileId | undefined;
}

/** Detail of `profile-scan-next`. */
export interface ProfileScanNextDetail {
  adviceProfile: ProfileId | undefined;
}

type View = 'intro' | 'unit' | 'questions';

/**
 * Step 1: twenty yes/no statements on the learning policy of a team, department or company,
 * and the resulting profile with the scores on all five.
 *
 * @summary The self-scan: statements in, maturity profile out.
 * @tagname profile-scan
 *
 * @attr monitoring - Base URL of a monitoring collector (http or https). With it, the result offers to send it anonymously: off by default, sent only after the user agrees. Without it nothing is sent.
 * @attr monitoring-partner - Short partner id (a-z, 0-9, "-", at most 32) sent with an agreed submission, so a partner can find its own figures.
 *
 * @fires profile-scan-start - The user starts the scan. `detail: { unit? }`: the unit chosen before, if any (the unit question comes next).
 * @fires profile-scan-answer - A statement was answered. `detail: ProfileScanAnswerDetail`.
 * @fires profile-scan-complete - All 20 answered and sent, once the result can be shown. `detail: ProfileScanCompleteDetail`.
 * @fires profile-scan-next - "Volgende stap" was pressed; cancel it to handle navigation yourself. `detail: ProfileScanNextDetail`.
 * @fires profile-scan-reset - The user starts over.
 *
 * @csspart primary-button - The main button of a step (Start, Verder, Toon mijn resultaat, Volgende stap).
 * @csspart progress - The progress bar and its text.
 * @csspart statement - One statement (a fieldset with its yes/no radios).
 * @csspart card - The result card.
 * @csspart chart - The figure with the chart and the score table.
 *
 * @cssprop --il-chart-color - Colour of the chart's sectors (per profile: --il-chart-<profile id>).
 */
export class ProfileScan extends WidgetElement {
  static override styles = [...WidgetElement.styles, profileScanStyles];

  static override properties = {
    ...WidgetElement.properties,
    view: { state: true },
    missingShown: { state: true },
    confirmingRestart: { state: true },
    monitoring: { type: String },
    monitoringPartner: { type: String, attribute: 'monitoring-partner' },
  };

  // Read by the result view, which loads the opt-in only when it is set.
  /** Base URL of a monitoring collector (http or https). With it, the result offers to send it anonymously: off by default, sent only after the user agrees. Without it nothing is sent. */
  monitoring?: string | null;
  /** Short partner id (a-z, 0-9, "-", at most 32) sent with an agreed submission, so a partner can find its own figures. */
  monitoringPartner?: string | null;

  /** Until there is a result, the UI translations of the scan's first screens do. */
  protected readonly content = new ContentController(this, ['statements', 'scan'], () => (this.store.hasResult ? 'all' : 'first-screen'));
  private readonly flow = new StepFlowController(this, this.scan, 1);
  private readonly notices = new NoticesController(this, this.scan);
  private readonly footer = new FooterPlacement(this, this.scan, this.flow);
  /** The report: its part comes with the result's code, as there is nothing to report before. */
  private report?: ReportPart;

  protected override get frame() {
    return this.report ? [this.notices, this.footer, this.report] : [this.notices, this.footer];
  }

  /** The screen shown before the result; until the first render, resumed from the saved state. */
  private view?: View;
  /** Unanswered statements at the last "Toon mijn resultaat", shown until answered. */
  private missingShown: string[] = [];
  /** The result's code (with the chart) and the profile descriptions, fetched while the user answers, so they are there with the result. */
  private readonly resultView = new LoadController(
    this,
    async ([needed, language]) =>
      needed
        ? { view: await this.withReport(import('./result-view.js')), profiles: await loadContent(language, 'profiles'), templates: await loadTemplates(language, 'all') }
        : undefined,
    () => [this.view === 'questions' || this.store.hasResult, this.content.language] as const,
  );
  /** The result's code, with the report's part (which comes with it: there is nothing to report before). */
  private async withReport<T>(view: Promise<T>): Promise<T> {
    const [loaded, { ReportPart }] = await Promise.all([view, import('../report/report-part.js')]);
    this.report ??= new ReportPart(this, { scan: this.scan, content: this.content, footer: this.footer, localized: (fn) => this.localized(fn) });
    return loaded;
  }

  /** The result's extras (team view, comparison, reminder), made with the result view's code. */
  private extras?: ResultExtras;
  /** A finished scan waits to be kept as a snapshot, by the result view's code once it is there. */
  private snapshotDue = false;
  /** "Opnieuw invullen" was pressed and waits for confirmation. */
  private confirmingRestart = false;

  protected override get loads() {
    return [...super.loads, this.resultView];
  }

  /** The state last shown had a unit or answers: losing both is an erase. */
  private started = false;

  private get hasStarted(): boolean {
    const { answers, unit } = this.store.state;
    return !!unit || Object.keys(answers).length > 0;
  }

  protected override stateChanged(): void {
    // Erased (here or elsewhere): back to the start. Other news of an empty state leaves the screen as it is.
    if (this.started && !this.hasStarted) {
      this.view = 'intro';
      this.missingShown = [];
    }
    this.started = this.hasStarted;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.keepSnapshot();
  }

  private keepSnapshot(): void {
    const view = this.resultView.value?.view;
    if (!this.snapshotDue || !view) return;
    this.snapshotDue = false;
    view.takeSnapshot(this.store);
  }

  private get store() {
    return this.scan.store;
  }

  private get texts() {
    return this.content.parts.scan;
  }

  protected renderWidget(): TemplateResult {
    const state = this.store.state;
    this.started = this.hasStarted;
    // Resume where the user left off.
    this.view ??= this.started ? 'questions' : 'intro';
    let body: TemplateResult;
    if (this.store.hasResult && state.unit) body = this.renderResult(state.unit);
    else if (this.view === 'questions' && state.unit) body = this.renderQuestions(state.unit);
    else if (this.view === 'questions' || this.view === 'unit') body = this.renderUnitChoice();
    else body = this.renderIntro();
    return html`${this.notices.render()}${body}${this.footer.render()}`;
  }

  private renderIntro(): TemplateResult {
    const { intro } = this.texts;
    return html`<section aria-labelledby="step-heading">
      ${this.flow.renderHeading(intro.title)}
      <p>${intro.informalLearning}</p>
      <p>${intro.whatTheScanDoes}</p>
      <p>${intro.duration}</p>
      <p class="muted">${intro.tip}</p>
      <div class="actions">
        <button type="button" class="primary" part="button primary-button" @click=${() => this.go('unit')}>
          ${msg('Start', { id: 'scan.start' })}
        </button>
      </div>
    </section>`;
  }

  private renderUnitChoice(): TemplateResult {
    const { units } = this.texts;
    const current = this.store.state.unit;
    return html`<section aria-labelledby="step-heading">
      ${this.flow.renderHeading(msg('Over wie gaat de scan?', { id: 'unit.heading' }))}
      <fieldset class="units">
        <legend>${msg('Ik vul de scan in voor mijn…', { id: 'unit.legend' })}</legend>
        ${UNIT_IDS.map(
          (unit, i) => html`<label>
            <input type="radio" name="unit" value=${unit} .checked=${current ? current === unit : i === 0} />
            ${units[unit].label}
          </label>`,
        )}
      </fieldset>
      <p class="muted">
        ${msg('De stellingen spreken over "de organisatie". Vul je de scan in voor een team of een afdeling, lees dan telkens dat team of die afdeling.', { id: 'unit.organisation-note' })}
      </p>
      <div class="actions">
        <button type="button" class="primary" part="button primary-button" @click=${this.chooseUnit}>${msg('Verder', { id: 'unit.continue' })}</button>
        <button type="button" part="button" @click=${() => this.go('intro')}>${msg('Terug', { id: 'back' })}</button>
      </div>
    </section>`;
  }

  private renderQuestions(unit: UnitId): TemplateResult {
    const { statements } = this.content.parts.statements;
    const { leerbeleid, instruction, units } = this.texts;
    const answers = this.store.state.answers;
    const order = seededShuffle(STATEMENT_IDS, this.store.state.seed);
    const answered = STATEMENT_IDS.length - missingAnswers(answers).length;
    const total = STATEMENT_IDS.length;
    const unitThe = units[unit].the;
    return html`<section aria-labelledby="step-heading">
      ${this.flow.renderHeading(msg(str`Het leerbeleid van ${unitThe}`, { id: 'questions.heading' }))}
      <p>${instruction}</p>
      ${this.content.language === 'nl' ? nothing : html`<p class="muted">${this.texts.translationNote}</p>`}
      <details>
        <summary>${leerbeleid.title}</summary>
        <p>${leerbeleid.text}</p>
      </details>
      <p class="muted">
        ${unit === 'onderneming'
          ? msg(str`Antwoord voor ${unitThe}.`, { id: 'questions.unit' })
          : msg(str`Antwoord voor ${unitThe}: waar een stelling "de organisatie" zegt, lees je ${unitThe}.`, { id: 'questions.unit-organisation' })}
        <button type="button" class="link" @click=${() => this.go('unit')}>${msg('Wijzig', { id: 'questions.change-unit' })}</button>
      </p>
      <div class="progress" part="progress">
        <progress id="progress" max=${total} .value=${answered} aria-labelledby="progress-text"></progress>
        <span id="progress-text">${msg(str`${answered} van ${total} beantwoord`, { id: 'questions.progress' })}</span>
      </div>
      <ol class="statements">
        ${order.map((id) => {
          const missing = this.missingShown.includes(id) && typeof answers[id] !== 'boolean';
          return html`<li>
            <fieldset id="statement-${id}" part="statement" class=${missing ? 'missing' : ''} data-statement=${id}>
              <legend>${statements[id]}</legend>
              ${missing ? html`<p class="missing-note">${msg('Nog niet beantwoord', { id: 'questions.missing-note' })}</p>` : nothing}
              <div class="choices">
                <label>
                  <input type="radio" name=${id} value="ja" .checked=${answers[id] === true}
                    @change=${() => this.answer(id, true)} />
                  ${msg('Ja', { id: 'yes' })}
                </label>
                <label>
                  <input type="radio" name=${id} value="nee" .checked=${answers[id] === false}
                    @change=${() => this.answer(id, false)} />
                  ${msg('Nee', { id: 'no' })}
                </label>
              </div>
            </fieldset>
          </li>`;
        })}
      </ol>
      <p role="alert" class="missing-note">${this.missingMessage()}</p>
      <div class="actions">
        <button type="button" class="primary" part="button primary-button" @click=${this.submit}>${msg('Toon mijn resultaat', { id: 'questions.submit' })}</button>
      </div>
    </section>`;
  }

  private missingMessage(): string {
    const left = this.missingShown.filter((id) => typeof this.store.state.answers[id] !== 'boolean').length;
    if (!left) return '';
    return left === 1
      ? msg('Er is nog 1 stelling zonder antwoord.', { id: 'questions.missing-one' })
      : msg(str`Er zijn nog ${left} stellingen zonder antwoord.`, { id: 'questions.missing-many' });
  }

  private renderResult(unit: UnitId): TemplateResult {
    const loaded = this.resultView.value;
    // The result view's code lets the store score: with it, there is a result.
    const result = this.store.result;
    if (!loaded || !result) {
      return this.resultView.status === 'error'
        ? html`<div class="notice error" role="alert" part="notice">
            <p>${msg('Je resultaat kon niet geladen worden. Controleer je verbinding.', { id: 'result.load-failed' })}</p>
            <button type="button" part="button" @click=${() => this.resultView.retry()}>${msg('Probeer opnieuw', { id: 'retry' })}</button>
          </div>`
        : html`<p class="loading muted" aria-busy="true">${msg('Even geduld…', { id: 'loading' })}</p>`;
    }
    // With all translations: the element's own switch to them may follow a moment later.
    return inLocale(loaded.templates, () => loaded.view.renderResultView({
      host: this,
      result,
      unitThe: this.texts.units[unit].the,
      profiles: loaded.profiles.profiles,
      language: this.content.language,
      chosen: this.store.state.adviceProfile,
      confirmingRestart: this.confirmingRestart,
      hasNext: this.flow.has(2),
      heading: (title) => this.flow.renderHeading(title),
      choose: (profile) => this.store.chooseAdviceProfile(profile),
      next: () => this.next(),
      edit: () => this.editAnswers(),
      restart: (confirmed) => this.restart(confirmed),
      report: this.report!,
      answers: this.store.state.answers,
      extras: (this.extras ??= new loaded.view.ResultExtras(this, {
        store: () => this.store,
        language: () => this.content.language,
        group: () => this.scan.group,
        contact: () => this.contact,
        localized: (fn) => this.localized(fn),
        loadTeamView: () => import('../team-view/register.js'),
      })),
      statements: this.content.parts.statements.statements,
    }));
  }

  private go(view: View): void {
    if (view === 'unit' && this.view === 'intro') this.emit('profile-scan-start', { unit: this.store.state.unit });
    this.view = view;
    this.flow.focusHeading();
  }

  private chooseUnit(): void {
    const checked = this.renderRoot.querySelector<HTMLInputElement>('input[name="unit"]:checked');
    const unit = UNIT_IDS.find((id) => id === checked?.value) ?? UNIT_IDS[0];
    this.store.update({ unit });
    this.go('questions');
  }

  private answer(statement: string, value: boolean): void {
    this.store.answer(statement, value);
    const answers = this.store.state.answers;
    this.emit<ProfileScanAnswerDetail>('profile-scan-answer', {
      statement,
      value,
      answered: STATEMENT_IDS.length - missingAnswers(answers).length,
      total: STATEMENT_IDS.length,
    });
  }

  private async submit(): Promise<void> {
    const { answers, unit } = this.store.state;
    const missing = missingAnswers(answers);
    if (missing.length || !unit) {
      this.missingShown = missing;
      await this.updateComplete;
      // Focus the first unanswered statement in the order the user sees them.
      const first = this.renderRoot.querySelector<HTMLInputElement>('fieldset.missing input');
      first?.focus();
      return;
    }
    this.missingShown = [];
    // A new result: a profile chosen for an earlier one no longer applies.
    this.store.update({ submitted: true, adviceProfile: undefined });
    this.snapshotDue = true;
    this.flow.focusHeading();
    // The result view's code (loading since the statements showed) scores it and keeps the snapshot.
    await this.resultView.settled;
    this.keepSnapshot();
    const result = this.store.result;
    if (result) this.emit<ProfileScanCompleteDetail>('profile-scan-complete', { answers: { ...answers }, unit, result, adviceProfile: this.store.adviceProfile });
  }

  private next(): void {
    const adviceProfile = this.store.adviceProfile;
    if (!this.emit<ProfileScanNextDetail>('profile-scan-next', { adviceProfile }, true)) return;
    this.flow.goTo(2);
  }

  private editAnswers(): void {
    this.store.update({ submitted: false });
    this.view = 'questions';
    this.flow.focusHeading();
  }

  /** First press asks; `true` starts over, `false` cancels. */
  private restart(confirmed?: boolean): void {
    if (confirmed === undefined) {
      this.confirmingRestart = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button')?.focus());
      return;
    }
    this.confirmingRestart = false;
    if (!confirmed) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.actions button:last-child')?.focus());
      return;
    }
    this.store.restart();
    this.missingShown = [];
    this.view = 'questions';
    this.emit('profile-scan-reset', {});
    this.flow.focusHeading();
  }
}
