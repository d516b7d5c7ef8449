import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContentController, LoadController } from '../base/content-controller.js';
import { echo, reflectedText, text } from '../base/text.js';
import { NoticesController } from '../base/notices-controller.js';
import { StepFlowController } from '../base/step-flow.js';
import { WidgetElement } from '../base/widget-element.js';
import { FooterPlacement } from '../footer/footer-placement.js';
import { ReportPart } from '../report/report-part.js';
import { isRepeatClick, printPage } from '../base/clicks.js';
import { loadActions } from '../content/actions.js';
import { loadExamples } from '../content/examples.js';
import type { ActionText } from '../content/types.js';
import { hasExamples } from './examples.js';
import { msg, str } from '../localize/localize.js';
import {
  adviceFor,
  challengeOfAction,
  isChallengeId,
  isHighlight,
  isProfileId,
  PROFILE_IDS,
  type ChallengeId,
  type ProfileId,
} from '../scoring/index.js';
import { planAction } from '../state/later-parts.js';
import { shareCode, shareUrl } from '../state/share.js';
import { actionListStyles } from './action-list.styles.js';
import '../state/scoring.js'; // lets the store score: this part shows or uses the result

/** Detail of `action-list-profile-change`. */
export interface ActionListProfileChangeDetail {
  profile: ProfileId | null;
}

/** Detail of `action-list-share`. */
export interface ActionListShareDetail {
  url: string;
  /** How the link was passed on: the system share sheet, the clipboard, or shown for copying by hand. */
  method: 'share' | 'clipboard' | 'manual';
}

/** Detail of `action-list-plan`. */
export interface ActionListPlanDetail {
  action: string;
  planned: boolean;
  /** The whole plan: action id → note. */
  plan: Record<string, string>;
}

/** Detail of `action-list-download`. */
export interface ActionListDownloadDetail {
  filename: string;
}

/**
 * Step 3: for a profile and a challenge, the top 3 actions from the research, each with its
 * practical elaboration; all other actions of the challenge on request; share, download, print.
 *
 * On its own, with attributes, it shows fixed advice on a static page:
 * `<action-list profile="groei" challenge="3"></action-list>`.
 *
 * @summary The recommended actions for a profile and a challenge.
 * @tagname action-list
 *
 * @attr profile - Profile id to base the advice on (ambitie, basis, employee-journey, groei, lerende-organisatie); overrides the scan's result.
 * @attr challenge - Challenge id (1–9); overrides the challenge picked on the page.
 *
 * @fires action-list-profile-change - The user based the advice on another profile. `detail: ActionListProfileChangeDetail`.
 * @fires action-list-share - A share link was passed on. `detail: ActionListShareDetail`.
 * @fires action-list-download - The report was downloaded as an HTML file. `detail: ActionListDownloadDetail`.
 * @fires action-list-plan - An action was put on or taken off the plan, or its note changed. `detail: ActionListPlanDetail`.
 * @fires action-list-back - "Terug naar uitdagingen" was pressed; cancel it to handle navigation yourself.
 *
 * @csspart primary-button - "Meer info" and "Meer acties".
 * @csspart card - One action.
 * @csspart badge - The "★ Uitgelicht" mark on actions the research singled out.
 * @csspart examples - "Zo deden anderen het" on an action: practice examples, closed until opened.
 * @csspart profile-select - The select to base the advice on another profile.
 * @csspart plan-mark - "Hiermee gaan we aan de slag" on an action, with its note.
 *
 * @cssprop --il-color-highlight - The "★ Uitgelicht" mark. Default: #8a4b00.
 */
export class ActionList extends WidgetElement {
  static override styles = [...WidgetElement.styles, actionListStyles];

  static override properties = {
    ...WidgetElement.properties,
    profile: reflectedText,
    challenge: reflectedText,
    open: { state: true },
    showAll: { state: true },
    shareStatus: { state: true },
    localProfile: { state: true },
  };

  protected readonly content = new ContentController(this, ['challenges', 'profiles', 'texts', 'questions']);
  private readonly flow = new StepFlowController(this, this.scan, 3);
  private readonly notices = new NoticesController(this, this.scan);
  private readonly footer = new FooterPlacement(this, this.scan, this.flow);
  private readonly report = new ReportPart(this, {
    scan: this.scan,
    content: this.content,
    footer: this.footer,
    localized: (fn) => this.localized(fn),
    // The report is about the advice this list shows, attributes included.
    subject: () => ({ profile: this.profileId ?? undefined, challenge: this.challengeId }),
  });

  protected override get frame() {
    return [this.notices, this.footer, this.report];
  }
  /** Titles of the planned actions, whatever challenge they belong to. */
  private readonly planTexts = new LoadController(
    this,
    async ([language, challenges]): Promise<Record<string, ActionText>> =>
      Object.assign({}, ...(await Promise.all(challenges.split(',').filter(Boolean).map((c) => loadActions(language, c as ChallengeId)))).map((set) => set.actions)),
    () => [this.content.language, [...new Set(Object.keys(this.store.state.plan ?? {}).map(challengeOfAction))].sort().join(',')] as const,
  );
  /** The texts of the shown challenge's actions, in the widget's language. */
  private readonly actions = new LoadController(
    this,
    async ([language, challenge]): Promise<Record<string, ActionText> | undefined> =>
      challenge ? (await loadActions(language, challenge)).actions : undefined,
    () => [this.content.language, this.challengeId] as const,
  );

  /** Practice examples: loaded the first time the user opens "Zo deden anderen het". */
  private readonly examples = new LoadController(
    this,
    async ([wanted, language]) => (wanted ? loadExamples(language) : undefined),
    () => [this.examplesWanted, this.content.language] as const,
  );
  private examplesWanted = false;

  protected override get loads() {
    return [...super.loads, this.actions, this.planTexts, this.examples];
  }

  /**
   * Profile id to base the advice on; overrides the scan's result. Typed strictly for hosts'
   * type checks; at run time an unknown value is ignored with a warning.
   */
  profile: ProfileId | '' | null | undefined = '';
  /** Challenge id ("1"–"9"); overrides the challenge picked on the page. Unknown values are ignored with a warning. */
  challenge: ChallengeId | '' | null | undefined = '';

  /** The language and challenge the open panels belong to. */
  private shownKey = '';
  /** Action ids whose "Meer info" is open. */
  private open = new Set<string>();
  private showAll = false;
  private shareStatus?: { method: ActionListShareDetail['method']; url: string } | 'failed';
  /** The profile chosen in the select when the advice comes from attributes, not the scan. */
  private localProfile?: ProfileId | null;
  private readonly warned = new Set<string>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('profile')) this.localProfile = undefined;
    if (changed.has('profile') || changed.has('challenge')) {
      this.warnInvalid('profile', text(this.profile), isProfileId);
      this.warnInvalid('challenge', text(this.challenge), isChallengeId);
    }
    // Another challenge or language: start with every panel closed.
    const key = `${this.content.language}/${this.challengeId}`;
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.open = new Set();
      this.showAll = false;
      this.shareStatus = undefined;
    }
  }

  private warnInvalid(name: string, value: string, valid: (v: unknown) => boolean): void {
    if (!value || valid(value) || this.warned.has(`${name}=${value}`)) return;
    this.warned.add(`${name}=${value}`);
    console.warn(`informeel-leren: <action-list ${name}="${echo(value)}"> is not a known ${name}; it is ignored.`);
  }

  /** The challenge shown: the attribute when valid, else the one picked on the page. */
  private get challengeId(): ChallengeId | undefined {
    const attribute = text(this.challenge);
    return isChallengeId(attribute) ? attribute : this.store.state.challenge;
  }

  private get store() {
    return this.scan.store;
  }

  /** Advice from the scan, which ended in a tie the user has not settled yet. */
  private get choiceWaiting(): boolean {
    return this.localProfile === undefined && !isProfileId(text(this.profile)) && this.store.choiceWaiting;
  }

  /** The profile the advice is based on, or null for none (then all actions are shown). */
  private get profileId(): ProfileId | null {
    if (this.localProfile !== undefined) return this.localProfile;
    const attribute = text(this.profile);
    if (isProfileId(attribute)) return attribute;
    return this.store.adviceProfile ?? null;
  }

  protected renderWidget(): TemplateResult {
    const challenge = this.challengeId;
    const [profile, challengeAttribute] = [text(this.profile), text(this.challenge)];
    const invalid = [
      profile && !isProfileId(profile) ? msg(str`Het profiel "${profile}" bestaat niet.`, { id: 'actions.invalid-profile' }) : '',
      challengeAttribute && !isChallengeId(challengeAttribute)
        ? msg(str`De uitdaging "${challengeAttribute}" bestaat niet.`, { id: 'actions.invalid-challenge' })
        : '',
    ].filter(Boolean);
    return html`${this.notices.render()}
      ${invalid.length
        ? html`<div class="notice error" role="status" part="notice">${invalid.map((m) => html`<p>${m}</p>`)}</div>`
        : nothing}
      ${challenge ? this.renderActions(challenge) : this.renderNoChallenge()} ${this.footer.render()}`;
  }

  /** Before a challenge is chosen: one line, and the way to the challenges when they are on the page. */
  private renderNoChallenge(): TemplateResult {
    return html`<section aria-labelledby="step-heading" class="placeholder">
      ${this.flow.renderHeading(msg('Aangeraden acties', { id: 'actions.heading-none' }))}
      <p>${msg('Kies eerst een uitdaging; dan tonen we hier de acties die erbij passen.', { id: 'actions.choose-challenge' })}</p>
      ${this.flow.has(2)
        ? html`<div class="actions">
            <button type="button" part="button" @click=${this.back}>${msg('Naar de uitdagingen', { id: 'actions.to-challenges' })}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderActions(challenge: ChallengeId): TemplateResult {
    const { challenges } = this.content.parts.challenges;
    const { profiles } = this.content.parts.profiles;
    const profile = this.profileId;
    const { top, rest: others } = adviceFor(profile, challenge);
    const actions = this.actions.value;
    return html`<section aria-labelledby="step-heading">
      ${this.flow.renderHeading(
        profile
          ? msg(str`Top 3 acties voor: ${challenges[challenge].title}`, { id: 'actions.heading' })
          : msg(str`Acties voor: ${challenges[challenge].title}`, { id: 'actions.heading-all' }),
      )}
      ${this.renderProfileChoice(profile)}
      ${!profile && this.choiceWaiting
        ? html`<div class="notice" part="notice">
            <p>
              ${msg('Je resultaat toont meerdere profielen even sterk. Kies welk profiel je het meest herkent (in je resultaat of hierboven); dan tonen we de top 3 acties voor dat profiel. Tot dan zie je alle acties.', { id: 'actions.choice-waiting' })}
            </p>
            ${this.flow.has(1)
              ? html`<button type="button" class="link" @click=${() => this.flow.goTo(1)}>${msg('Naar je resultaat', { id: 'actions.to-result' })}</button>`
              : nothing}
          </div>`
        : !profile
        ? html`<p class="notice" part="notice">
            ${msg('Je ziet alle acties voor deze uitdaging. Vul de scan in of kies hierboven een profiel om de top 3 te zien die het best bij je past.', { id: 'actions.no-profile' })}
          </p>`
        : html`<p>
            ${msg(str`Deze drie acties kwamen in het onderzoek het sterkst naar voren bij het profiel ${profiles[profile].name}.`, { id: 'actions.top-intro' })}
          </p>`}
      ${this.actions.status === 'error'
        ? html`<div class="notice error" role="alert" part="notice">
            <p>${msg('De acties konden niet geladen worden. Controleer je verbinding.', { id: 'actions.load-failed' })}</p>
            <button type="button" part="button" @click=${() => this.actions.retry()}>${msg('Probeer opnieuw', { id: 'retry' })}</button>
          </div>`
        : !actions
          ? html`<p class="loading muted" aria-busy="true">${msg('Even geduld…', { id: 'loading' })}</p>`
          : profile
            ? html`${this.renderHighlightNote([...top, ...others])}<ol class="action-cards top">${top.map((id, i) => this.renderAction(id, actions[id], i + 1))}</ol>
                <div class="actions">
                  <button type="button" part="button" aria-expanded=${this.showAll ? 'true' : 'false'} aria-controls="more-actions"
                    @click=${() => (this.showAll = !this.showAll)}>
                    ${this.showAll
                      ? msg('Minder acties', { id: 'actions.fewer' })
                      : msg(str`Meer acties (${others.length})`, { id: 'actions.more' })}
                  </button>
                </div>
                <div id="more-actions" ?hidden=${!this.showAll}>
                  <h3>${msg('Alle andere acties voor deze uitdaging', { id: 'actions.more-heading' })}</h3>
                  <ul class="action-cards">${others.map((id) => this.renderAction(id, actions[id]))}</ul>
                </div>`
            : html`${this.renderHighlightNote(others)}<ul class="action-cards">${others.map((id) => this.renderAction(id, actions[id]))}</ul>`}
      ${actions ? this.renderQuestions(challenge) : nothing} ${this.renderPlan()} ${this.renderToolbar()}
    </section>`;
  }

  private renderProfileChoice(profile: ProfileId | null): TemplateResult {
    const { profiles } = this.content.parts.profiles;
    const dominant = this.store.result?.dominant ?? [];
    return html`<div class="profile-choice">
      <label for="profile-select">${msg('Advies op basis van profiel', { id: 'actions.profile-label' })}</label>
      <select id="profile-select" part="profile-select" @change=${this.changeProfile}>
        <option value="" ?selected=${!profile}>${msg('Geen profiel: alle acties', { id: 'actions.profile-none' })}</option>
        ${PROFILE_IDS.map(
          (p) => html`<option value=${p} ?selected=${profile === p}>
            ${profiles[p].name}${dominant.includes(p) ? ` (${msg('jouw profiel', { id: 'actions.your-profile' })})` : ''}
          </option>`,
        )}
      </select>
    </div>`;
  }

  /**
   * One action. A top-3 card shows its summary and first practical step; "Meer info" opens the
   * other steps. Other actions show their title; "Meer info" opens summary and steps.
   */
  private renderAction(id: string, text: ActionText, rank?: number): TemplateResult {
    const open = this.open.has(id);
    const [first, ...more] = text.steps;
    const step = (s: ActionText['steps'][number]) => html`<li><strong>${s.title}</strong>: ${s.text}</li>`;
    const hidden = rank ? more : text.steps;
    return html`<li class="card" part="card">
      <h3 id="action-${id}">
        ${rank ? html`<span class="rank" aria-hidden="true">${rank}</span>` : nothing}
        <span>${rank ? html`<span class="visually-hidden">${msg(str`Actie ${rank}:`, { id: 'actions.rank' })}${' '}</span>` : nothing}${text.title}</span>
      </h3>
      ${isHighlight(id)
        ? html`<p class="highlight" part="badge"><span aria-hidden="true">★ </span>${msg('Uitgelicht', { id: 'actions.highlight' })}</p>`
        : nothing}
      ${rank
        ? html`<p>${text.summary}</p>
            <h4>${msg('Wat je kan doen', { id: 'actions.steps' })}</h4>
            <ul class="steps">${first ? step(first) : nothing}</ul>`
        : nothing}
      <div class="panel" id="panel-${id}" ?hidden=${!open}>
        ${rank
          ? html`<ul class="steps">${hidden.map(step)}</ul>`
          : html`<p>${text.summary}</p>
              <h4>${msg('Wat je kan doen', { id: 'actions.steps' })}</h4>
              <ul class="steps">${hidden.map(step)}</ul>`}
      </div>
      ${hidden.length
        ? html`<div>
            <button type="button" part="button primary-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel-${id}"
              @click=${() => this.toggle(id)}>
              ${open ? msg('Minder info', { id: 'actions.less-info' }) : msg('Meer info', { id: 'actions.more-info' })}<span class="visually-hidden">: ${text.title}</span>
            </button>
          </div>`
        : nothing}
      ${hasExamples(id) ? this.renderExamples(id, text) : nothing}
      ${this.renderPlanMark(id, text)}
    </li>`;
  }

  /** "Zo deden anderen het": real cases from the sources, closed until asked for. */
  private renderExamples(id: string, text: ActionText): TemplateResult {
    const loaded = this.examples.value;
    const cases = loaded?.examples.filter((example) => example.actions.includes(id)) ?? [];
    return html`<details class="examples" part="examples" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && this.wantExamples()}>
      <summary>${msg('Zo deden anderen het', { id: 'examples.summary' })}<span class="visually-hidden">: ${text.title}</span></summary>
      ${this.examples.status === 'error'
        ? html`<div role="alert">
            <p>${msg('De voorbeelden konden niet geladen worden. Controleer je verbinding.', { id: 'examples.load-failed' })}</p>
            <button type="button" part="button" @click=${() => this.examples.retry()}>${msg('Probeer opnieuw', { id: 'retry' })}</button>
          </div>`
        : loaded
          ? html`<ul class="example-list">
                ${cases.map(
                  (example) => html`<li>
                    <h4>${example.title}</h4>
                    ${example.sector ? html`<p class="muted">${example.sector}</p>` : nothing}
                    <p>${example.text}</p>
                  </li>`,
                )}
              </ul>
              <p class="muted source">${msg('Bron', { id: 'examples.source' })}: ${[...new Set(cases.map((example) => loaded.documents[example.source.document]))].join('; ')}</p>`
          : this.examplesWanted
            ? html`<p class="muted" aria-busy="true">${msg('Even geduld…', { id: 'loading' })}</p>`
            : nothing}
    </details>`;
  }

  private wantExamples(): void {
    this.examplesWanted = true;
    this.requestUpdate();
  }

  /** "Hiermee gaan we aan de slag", and once marked, a short note: who, by when. */
  private renderPlanMark(id: string, text: ActionText): TemplateResult {
    const plan = this.store.state.plan ?? {};
    const planned = id in plan;
    return html`<div class="plan-mark" part="plan-mark">
      <label class="check">
        <input type="checkbox" .checked=${planned} @change=${(e: Event) => this.mark(id, (e.target as HTMLInputElement).checked)} />
        <span>${msg('Hiermee gaan we aan de slag', { id: 'plan.mark' })}<span class="visually-hidden">: ${text.title}</span></span>
      </label>
      ${planned
        ? html`<label class="plan-note">
            <span>${msg('Wie doet wat, tegen wanneer? (niet verplicht)', { id: 'plan.note' })}<span class="visually-hidden">: ${text.title}</span></span>
            <input type="text" maxlength="120" .value=${plan[id] ?? ''} @change=${(e: Event) => this.note(id, e)} />
          </label>`
        : nothing}
    </div>`;
  }

  /** "Ons plan": every marked action, of any challenge, with its note. */
  private renderPlan(): TemplateResult | typeof nothing {
    const plan = this.store.state.plan;
    const texts = this.planTexts.value;
    if (!plan || !Object.keys(plan).length) return nothing;
    return html`<section class="plan card" aria-labelledby="plan-heading" part="card">
      <h3 id="plan-heading">${msg('Ons plan', { id: 'plan.heading' })}</h3>
      <ul>
        ${Object.entries(plan).map(
          ([id, note]) => html`<li>
            <strong>${texts?.[id]?.title ?? id}</strong>${note ? html`: ${note}` : nothing}
          </li>`,
        )}
      </ul>
      <p class="muted">${msg('Je plan wordt bewaard in deze browser, staat in je rapport en gaat mee in de link als je deelt.', { id: 'plan.where' })}</p>
    </section>`;
  }

  /** Questions for the team conversation about this challenge. */
  private renderQuestions(challenge: ChallengeId): TemplateResult {
    const questions = this.content.parts.questions.questions[challenge];
    return html`<details class="questions">
      <summary>${msg('Vragen voor het gesprek met je collega’s', { id: 'questions.heading-talk' })}</summary>
      <ul>${questions.map((q) => html`<li>${q}</li>`)}</ul>
    </details>`;
  }

  /** What the ★ mark means, said once above the actions. */
  private renderHighlightNote(ids: readonly string[]): TemplateResult | typeof nothing {
    if (!ids.some(isHighlight)) return nothing;
    return html`<p class="muted highlight-note">
      <span aria-hidden="true">★ </span>${msg('Uitgelicht: deze acties kwamen in de analyse en de workshops van het onderzoek naar voren als bijzonder krachtig.', { id: 'actions.highlight-note' })}
    </p>`;
  }

  private renderToolbar(): TemplateResult {
    const status = this.shareStatus;
    return html`<div class="actions no-print">
        <button type="button" part="button" @click=${this.share}>${msg('Delen', { id: 'actions.share' })}</button>
        <button type="button" part="button" @click=${this.download} ?disabled=${!this.actions.value}>
          ${msg('Rapport downloaden', { id: 'actions.download' })}
        </button>
        <button type="button" part="button" @click=${printPage}>${msg('Afdrukken', { id: 'actions.print' })}</button>
        ${this.flow.has(2)
          ? html`<button type="button" part="button" @click=${this.back}>${msg('Terug naar uitdagingen', { id: 'actions.back' })}</button>`
          : nothing}
      </div>
      ${this.report.renderProblem()}
      <div role="status" class="no-print">
        ${status === 'failed'
          ? msg('Delen lukte niet.', { id: 'actions.share-failed' })
          : status?.method === 'clipboard'
            ? msg('De link is gekopieerd. Plak hem in een e-mail of bericht.', { id: 'actions.copied' })
            : status?.method === 'manual'
              ? html`<div class="share-fallback">
                  <label for="share-url">${msg('Kopieer deze link:', { id: 'actions.copy-manually' })}</label>
                  <input id="share-url" readonly .value=${status.url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
                </div>`
              : ''}
      </div>`;
  }

  private toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  private changeProfile(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const profile = isProfileId(value) ? value : null;
    if (this.store.result && !isProfileId(text(this.profile)) && profile) {
      // Advice from the scan: share the choice with the other elements (and share links).
      this.store.chooseAdviceProfile(profile);
      this.localProfile = undefined;
    } else {
      this.localProfile = profile;
    }
    this.open = new Set();
    this.emit<ActionListProfileChangeDetail>('action-list-profile-change', { profile });
  }

  /** A link that reopens this result on any page with the widget; the code sits in the fragment, which is never sent to a server. */
  shareUrl(): string {
    return shareUrl(shareCode(this.store, this.profileId ?? undefined, this.challengeId));
  }

  private async share(): Promise<void> {
    const url = this.shareUrl();
    const title = this.localized(() => msg('Acties om informeel leren te versterken', { id: 'actions.share-title' }));
    let method: ActionListShareDetail['method'] = 'manual';
    try {
      if (navigator.share) {
        await navigator.share({ title, url });
        method = 'share';
      } else if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        method = 'clipboard';
      }
    } catch (error) {
      // The user closed the share sheet: nothing to report.
      if ((error as DOMException).name === 'AbortError') return;
      method = 'manual';
    }
    this.shareStatus = { method, url };
    this.emit<ActionListShareDetail>('action-list-share', { url, method });
  }

  /** The report (result, advice, plan, questions) as a self-contained HTML file. */
  private async download(event: Event): Promise<void> {
    if (isRepeatClick(event)) return;
    const filename = await this.report.download();
    if (filename) this.emit<ActionListDownloadDetail>('action-list-download', { filename });
  }

  private mark(id: string, on: boolean): void {
    planAction(this.store, id, on ? (this.store.state.plan?.[id] ?? '') : false);
    this.emit<ActionListPlanDetail>('action-list-plan', { action: id, planned: on, plan: { ...this.store.state.plan } });
  }

  private note(id: string, event: Event): void {
    planAction(this.store, id, (event.target as HTMLInputElement).value);
    this.emit<ActionListPlanDetail>('action-list-plan', { action: id, planned: true, plan: { ...this.store.state.plan } });
  }

  private back(): void {
    if (!this.emit('action-list-back', {}, true)) return;
    this.flow.goTo(2);
  }
}
