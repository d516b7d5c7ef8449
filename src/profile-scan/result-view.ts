/**
 * The result of the scan: the profile (or, on a tie, the user's choice among the tied ones), what
 * the percentages mean, the chart, every profile to compare, and the way on. Loaded while the user
 * answers, so the first screen does not carry it.
 */
import { adoptStyles } from '../base/adopt-styles.js';
import { saveFile } from '../base/save-file.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LoadController } from '../base/content-controller.js';
import type { Language } from '../content/load.js';
import type { ProfileText } from '../content/types.js';
import { inLocale, msg, str, type Templates } from '../localize/localize.js';
import { PROFILE_IDS, STATEMENT_IDS, type ProfileId } from '../scoring/core.js';
import type { ScoreResult } from '../scoring/score.js';
import { compareResults } from '../scoring/team.js';
import type { ScanStore, Snapshot } from '../state/store.js';
import type { ChallengeId } from '../scoring/core.js';
import { resultStyles } from './result-view.styles.js';
import { renderProfileParts } from './profile-parts.js';
import { scoreChart } from './score-chart.js';
import { isRepeatClick, printPage } from '../base/clicks.js';
import type { MonitoringHost } from '../monitoring/collector-url.js';
import { text } from '../base/text.js';
import type { MonitoringOptIn } from '../monitoring/opt-in.js';

// The report draws the same parts; it takes them from here, where the result already has them.
export { renderProfileParts, scoreChart };
import '../state/scoring.js'; // lets the store score: this part shows or uses the result

export { takeSnapshot } from '../state/later-parts.js';

export interface ResultView {
  /** The element showing the result: the result's styles join its own. */
  host: Element;
  result: ScoreResult;
  answers: Record<string, boolean>;
  unitThe: string;
  profiles: Record<ProfileId, ProfileText>;
  language: string;
  /** The profile the user chose (on a tie, or any other); undefined when none was chosen. */
  chosen?: ProfileId;
  confirmingRestart: boolean;
  /** The challenge step is on the page, so "Volgende stap" has somewhere to go. */
  hasNext: boolean;
  heading: (title: string) => TemplateResult;
  choose: (profile: ProfileId) => void;
  next: () => void;
  edit: () => void;
  restart: (confirmed?: boolean) => void;
  /** Saves the report as a file. */
  /** The element's report (`ReportPart`): download, and the message when it could not be made. */
  report: { download(): Promise<unknown>; renderProblem(): TemplateResult | typeof nothing };
  /** The team view, the comparison with earlier results and the reminder. */
  extras: ResultExtras;
  statements: Record<string, string>;
}

/** What the result's extras need to know of the element, asked each time. */
export interface ResultExtrasSource {
  store(): ScanStore;
  language(): Language;
  group(): string;
  contact(): unknown;
  localized<T>(fn: () => T): T;
  /** Loads the team view's code (from the element, so that the report can use this module's parts). */
  loadTeamView(): Promise<unknown>;
}

/**
 * The parts of the result that go beyond the scan: colleagues' results (the team view, loaded
 * when opened), an earlier result to compare with, and a calendar reminder to take the scan again.
 */
export class ResultExtras implements ReactiveController {
  /** The user opened the team view. */
  teamOpen = false;
  /** The earlier result chosen to compare with. */
  compareWith?: string;
  private readonly teamModule: LoadController<readonly [boolean], unknown>;
  /** Titles of the actions planned in that earlier result. */
  private readonly comparedPlan: LoadController<readonly [Language, string], Record<string, string>>;
  /** The monitoring opt-in's code: fetched only when the element has a valid `monitoring` URL. */
  private readonly monitoringModule: LoadController<
    readonly [boolean, Language],
    { optIn: typeof import('../monitoring/opt-in.js'); templates: Templates } | undefined
  >;
  private optIn?: MonitoringOptIn;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ResultExtrasSource,
  ) {
    host.addController(this);
    this.teamModule = new LoadController(host, async ([open]) => (open ? this.source.loadTeamView() : undefined), () => [this.teamOpen] as const);
    this.comparedPlan = new LoadController(
      host,
      async ([language, challenges]) => {
        if (!challenges) return {};
        const { loadActions } = await import('../content/actions.js');
        const sets = await Promise.all(challenges.split(',').map((c) => loadActions(language, c as ChallengeId)));
        return Object.fromEntries(sets.flatMap((set) => Object.entries(set.actions).map(([id, a]) => [id, a.title])));
      },
      () => {
        const then = this.history.find((s) => s.date === this.compareWith);
        // An action id starts with its challenge ("4.2" → "4").
        const challenges = [...new Set(Object.keys(then?.plan ?? {}).map((id) => id.split('.')[0]))].sort().join(',');
        return [this.source.language(), challenges] as const;
      },
    );
    this.monitoringModule = new LoadController(
      host,
      async ([on, language]) => {
        if (!on) return undefined;
        const [optIn, templates] = await Promise.all([import('../monitoring/opt-in.js'), import('../monitoring/translations.js').then((t) => t.loadOptInTemplates(language))]);
        return { optIn, templates };
      },
      // Any value loads it: the opt-in's code checks the URL (and warns about a bad one).
      () => [!!text((this.host as MonitoringHost).monitoring).trim(), this.source.language()] as const,
    );
    // Made during a render: the loads start with the next update.
    queueMicrotask(() => host.requestUpdate());
  }

  /** Earlier finished scans, the current one last. */
  get history(): readonly Snapshot[] {
    return this.source.store().state.history ?? [];
  }

  get planTitles(): Record<string, string> | undefined {
    return this.comparedPlan.value;
  }

  /** The team view, once opened and its code is there. */
  renderTeam(): TemplateResult | typeof nothing {
    return this.teamOpen && this.teamModule.value
      ? html`<team-view .group=${this.source.group()} .contact=${this.source.contact()}></team-view>`
      : nothing;
  }



  /**
   * The monitoring opt-in, with `monitoring` set and its code there. Not for a result opened from
   * someone else's share link: that result is theirs to send.
   */
  renderMonitoring(view: ResultView): TemplateResult | typeof nothing {
    const loaded = this.monitoringModule.value;
    const base = loaded?.optIn.collectorBase((this.host as MonitoringHost).monitoring);
    const { unit, seed, shared } = this.source.store().state;
    if (!base || !loaded || !unit || shared) return nothing;
    this.optIn ??= new loaded.optIn.MonitoringOptIn(this.host);
    const { dominant } = view.result;
    // The profile the result shows: the dominant one, or on a tie the one the user chose.
    const profile = dominant.length === 1 ? dominant[0] : view.chosen && dominant.includes(view.chosen) ? view.chosen : undefined;
    const answerBits = STATEMENT_IDS.map((id) => (view.answers[id] ? 1 : 0)).join('');
    const optIn = this.optIn;
    // Its messages come with its code.
    return inLocale(loaded.templates, () => optIn.render({
      base,
      partner: loaded.optIn.partnerId((this.host as MonitoringHost).monitoringPartner),
      answers: view.answers,
      unit,
      unitThe: view.unitThe,
      lang: view.language,
      profile,
      profileName: profile && view.profiles[profile].name,
      key: `${seed}|${unit}|${profile}|${answerBits}`,
    }));
  }

  openTeam(): void {
    this.teamOpen = true;
    this.host.requestUpdate();
  }

  compare(date: string | undefined): void {
    this.compareWith = date;
    this.host.requestUpdate();
  }

  /** A calendar file that reminds the user to take the scan again, with a link back to this page. */
  remind(months: number): void {
    const { summary, description, filename } = this.source.localized(() => ({
      summary: msg('Zelfscan informeel leren opnieuw invullen', { id: 'remind.summary' }),
      description: msg('Vul de scan opnieuw in en vergelijk met je vorige resultaat: wat veranderde er door de acties die jullie kozen?', { id: 'remind.description' }),
      filename: msg('zelfscan-opnieuw.ics', { id: 'remind.filename' }),
    }));
    // This page, without the host's query string or fragment.
    const url = `${location.origin}${location.pathname}`;
    saveFile(this.host.shadowRoot ?? document.body, reminderCalendar(new Date(), months, summary, description, url), 'text/calendar;charset=utf-8', filename);
  }

  hostConnected(): void {}
}

/** "Vergelijk met een eerder resultaat": change per profile, changed answers, the plan of then. */
function renderComparison(view: ResultView, current: Record<string, boolean>): TemplateResult | typeof nothing {
  const { extras } = view;
  const earlier = extras.history.slice(0, -1);
  if (!earlier.length) return nothing;
  const date = (iso: string) => new Intl.DateTimeFormat(view.language, { dateStyle: 'long' }).format(new Date(iso));
  const then = earlier.find((s) => s.date === extras.compareWith);
  const comparison = then && compareResults(then.answers, current);
  const points = new Intl.NumberFormat(view.language, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(view.language, { style: 'percent', maximumFractionDigits: 0 });
  return html`<section class="history" aria-labelledby="history-heading">
    <h3 id="history-heading">${msg('Vergelijk met een eerder resultaat', { id: 'history.heading' })}</h3>
    <label for="history-select">${msg('Eerder resultaat', { id: 'history.select' })}</label>
    <select id="history-select" @change=${(e: Event) => extras.compare((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!then}>${msg('Kies een datum', { id: 'history.choose' })}</option>
      ${[...earlier].reverse().map((s) => html`<option value=${s.date} ?selected=${s.date === extras.compareWith}>${date(s.date)}</option>`)}
    </select>
    ${then && comparison
      ? html`<table class="comparison">
            <caption>${msg(str`Verschil met ${date(then.date)}`, { id: 'history.caption' })}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Profiel', { id: 'result.profile' })}</th>
                <th scope="col">${msg('Toen', { id: 'history.then' })}</th>
                <th scope="col">${msg('Nu', { id: 'history.now' })}</th>
                <th scope="col">${msg('Verschil (procentpunten)', { id: 'history.change' })}</th>
              </tr>
            </thead>
            <tbody>
              ${PROFILE_IDS.map((p) => {
                const now = view.result.relative[p];
                return html`<tr>
                  <th scope="row">${view.profiles[p].name}</th>
                  <td class="number">${percent.format(now - comparison.change[p])}</td>
                  <td class="number">${percent.format(now)}</td>
                  <td class="number">${points.format(Math.round(comparison.change[p] * 100))}</td>
                </tr>`;
              })}
            </tbody>
          </table>
          <h4>${msg('Stellingen met een ander antwoord', { id: 'history.changed' })}</h4>
          ${comparison.changed.length
            ? html`<ul class="changed">
                ${comparison.changed.map(
                  (c) => html`<li>
                    <span class="change-mark">${c.now ? msg('nee → ja', { id: 'history.no-yes' }) : msg('ja → nee', { id: 'history.yes-no' })}</span>
                    ${view.statements[c.statement]}
                  </li>`,
                )}
              </ul>`
            : html`<p>${msg('Alle antwoorden zijn dezelfde als toen.', { id: 'history.same' })}</p>`}
          <h4>${msg('Wat jullie toen van plan waren', { id: 'history.plan' })}</h4>
          ${then.plan && Object.keys(then.plan).length
            ? html`<ul>
                ${Object.entries(then.plan).map(
                  ([id, note]) => html`<li><strong>${extras.planTitles?.[id] ?? id}</strong>${note ? html`: ${note}` : nothing}</li>`,
                )}
              </ul>`
            : html`<p class="muted">${msg('Toen stond er geen actie op het plan.', { id: 'history.no-plan' })}</p>`}`
      : nothing}
  </section>`;
}

/** A calendar reminder to take the scan again and see what changed. */
function renderReminder(view: ResultView): TemplateResult {
  return html`<div class="reminder">
    <label for="remind-months">${msg('Herinner me om de scan opnieuw in te vullen over', { id: 'remind.label' })}</label>
    <div class="actions">
      <select id="remind-months">
        ${[3, 6, 12].map((m) => html`<option value=${m} ?selected=${m === 6}>${msg(str`${m} maanden`, { id: 'remind.months' })}</option>`)}
      </select>
      <button type="button" part="button" @click=${(e: Event) => view.extras.remind(Number(((e.target as HTMLElement).closest('.reminder')!.querySelector('select') as HTMLSelectElement).value))}>
        ${msg('Agenda-herinnering downloaden', { id: 'remind.download' })}
      </button>
    </div>
  </div>`;
}

/** Top two profiles within one point of each other, when there is a single winner. */
function nearTie(result: ScoreResult): [ProfileId, ProfileId] | undefined {
  if (result.dominant.length !== 1) return undefined;
  const [first, second] = [...PROFILE_IDS].sort((a, b) => result.points[b] - result.points[a]);
  return result.points[first] - result.points[second] <= 1 ? [first, second] : undefined;
}

function profileCard(view: ResultView, profile: ProfileId): TemplateResult {
  const text = view.profiles[profile];
  return html`<div class="card" part="card">
    <p class="result-summary">${text.summary}</p>
    <details>
      <summary>${msg(str`Lees meer over ${text.name}`, { id: 'result.read-more' })}</summary>
      ${renderProfileParts(text)}
    </details>
  </div>`;
}

/** On a tie: "Welk profiel herken je het meest?", each tied profile with its summary. */
function tieChoice(view: ResultView): TemplateResult {
  const { result, profiles, chosen } = view;
  return html`<fieldset class="tie-choice" part="card">
      <legend>${msg('Welk profiel herken je het meest?', { id: 'result.tie-question' })}</legend>
      <p class="muted">
        ${msg('Je antwoorden passen even sterk bij deze profielen. Kies het profiel dat het best beschrijft waar jullie nu staan; het advies in de volgende stappen gaat daarvan uit.', { id: 'result.tie-explain' })}
      </p>
      ${result.dominant.map(
        (p) => html`<label class="tie-option">
          <input type="radio" name="tie-choice" value=${p} .checked=${chosen === p} @change=${() => view.choose(p)} />
          <span><strong>${profiles[p].name}</strong><br />${profiles[p].summary}</span>
        </label>`,
      )}
    </fieldset>
    <p role="status">
      ${chosen && result.dominant.includes(chosen)
        ? msg(str`Het advies gaat uit van ${profiles[chosen].name}.`, { id: 'result.tie-chosen' })
        : ''}
    </p>
    ${chosen && result.dominant.includes(chosen)
      ? html`<details>
          <summary>${msg(str`Lees meer over ${profiles[chosen].name}`, { id: 'result.read-more' })}</summary>
          ${renderProfileParts(profiles[chosen])}
        </details>`
      : nothing}`;
}

export function renderResultView(view: ResultView): TemplateResult {
  adoptStyles(view.host, resultStyles);
  const { result, profiles, unitThe } = view;
  const dominant = result.dominant;
  const names = dominant.map((p) => profiles[p].name);
  const heading =
    dominant.length === 1
      ? msg(str`Het profiel van ${unitThe}: ${names[0]}`, { id: 'result.heading' })
      : msg(str`Gedeeld profiel van ${unitThe}: ${names.join(' – ')}`, { id: 'result.heading-shared' });
  const percent = new Intl.NumberFormat(view.language, { style: 'percent', maximumFractionDigits: 0 });
  const close = nearTie(result);
  return html`<section aria-labelledby="step-heading">
    ${view.heading(heading)}
    ${dominant.length > 1 ? tieChoice(view) : profileCard(view, dominant[0])}
    ${close
      ? html`<p>
          ${msg(str`${profiles[close[0]].name} ligt dicht bij ${profiles[close[1]].name}: het verschil is één punt, dus beide profielen zijn herkenbaar in je antwoorden.`, { id: 'result.near-tie' })}
        </p>`
      : nothing}
    <h3>${msg('Scores op de vijf profielen', { id: 'result.scores' })}</h3>
    <p>
      ${msg('Elk antwoord geeft een punt aan de profielen die het kenmerkt. Het percentage is het deel van alle punten dat naar een profiel ging: meerdere profielen passen dus elk voor een deel. Het is geen rapportcijfer.', { id: 'result.percent-explain' })}
    </p>
    <figure part="chart">
      ${scoreChart(
        PROFILE_IDS.map((p) => ({ profile: p, name: profiles[p].name, value: result.relative[p], dominant: dominant.includes(p) })),
        {
          caption: msg('Relatieve score per profiel', { id: 'result.table-caption' }),
          profile: msg('Profiel', { id: 'result.profile' }),
          score: msg('Score', { id: 'result.score' }),
          highest: msg('hoogste score', { id: 'result.highest' }),
        },
        (value) => percent.format(value),
      )}
    </figure>
    <p class="muted">
      ${msg('Een profiel is geen oordeel maar een vertrekpunt voor het gesprek: de scores tonen welke kenmerken het sterkst aanwezig zijn.', { id: 'result.no-judgement' })}
    </p>
    <h3>${msg('Alle profielen vergelijken', { id: 'result.compare' })}</h3>
    ${PROFILE_IDS.filter((p) => dominant.length > 1 || !dominant.includes(p)).map(
      (p) => html`<details>
        <summary>${profiles[p].name} (${percent.format(result.relative[p])})</summary>
        <p>${profiles[p].summary}</p>
        ${renderProfileParts(profiles[p])}
      </details>`,
    )}
    ${view.extras.renderTeam() === nothing
      ? html`<h3>${msg('Samen met collega’s', { id: 'team.heading' })}</h3>
          <p>
            ${msg('Laat collega’s de scan ook invullen en leg jullie resultaten naast elkaar: waar jullie verschillen, begint het gesprek.', { id: 'result.team-invite' })}
          </p>
          <div class="actions">
            <button type="button" part="button" @click=${() => view.extras.openTeam()}>${msg('Open de teamweergave', { id: 'result.open-team' })}</button>
          </div>`
      : view.extras.renderTeam()}
    ${renderComparison(view, view.answers)} ${renderReminder(view)} ${view.extras.renderMonitoring(view)}
    ${view.confirmingRestart
      ? html`<div class="confirm" role="group" aria-labelledby="restart-question">
          <p id="restart-question">${msg('Opnieuw beginnen? Je huidige antwoorden worden gewist.', { id: 'result.restart-confirm' })}</p>
          <div class="actions">
            <button type="button" class="primary" part="button" @click=${() => view.restart(true)}>
              ${msg('Ja, begin opnieuw', { id: 'result.restart-yes' })}
            </button>
            <button type="button" part="button" @click=${() => view.restart(false)}>${msg('Annuleren', { id: 'clear.cancel' })}</button>
          </div>
        </div>`
      : html`<div class="actions">
          ${view.hasNext
            ? html`<button type="button" class="primary" part="button primary-button" @click=${view.next}>
                ${msg('Volgende stap: kies een uitdaging', { id: 'result.next' })}
              </button>`
            : nothing}
          <button type="button" part="button" @click=${(event: Event) => isRepeatClick(event) || void view.report.download()}>${msg('Rapport downloaden', { id: 'actions.download' })}</button>
          <button type="button" part="button" @click=${printPage}>${msg('Afdrukken', { id: 'actions.print' })}</button>
          <button type="button" part="button" @click=${view.edit}>${msg('Antwoorden aanpassen', { id: 'result.edit' })}</button>
          <button type="button" part="button" @click=${() => view.restart()}>${msg('Opnieuw invullen', { id: 'result.restart' })}</button>
        </div>
        ${view.report.renderProblem()}`}
  </section>`;
}

/**
 * An iCalendar file (RFC 5545) with one all-day event `months` from `from`: a reminder to take the
 * scan again. Made in the browser; nothing is sent.
 */
export function reminderCalendar(from: Date, months: number, summary: string, description: string, url: string): string {
  const day = new Date(Date.UTC(from.getFullYear(), from.getMonth() + months, from.getDate()));
  const next = new Date(day.getTime() + 86_400_000);
  const ymd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '');
  const stamp = from.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  // Text values escape backslash, semicolon, comma and newlines; lines fold at 75 octets.
  const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
  const fold = (line: string) => {
    const parts: string[] = [];
    let rest = line;
    while (new TextEncoder().encode(rest).length > 75) {
      let cut = 74;
      while (new TextEncoder().encode(rest.slice(0, cut)).length > 74) cut--;
      parts.push(rest.slice(0, cut));
      rest = ` ${rest.slice(cut)}`;
    }
    return [...parts, rest].join('\r\n');
  };
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//informeel-leren//zelfscan//NL',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${stamp}-${months}m@informeel-leren`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${ymd(day)}`,
    `DTEND;VALUE=DATE:${ymd(next)}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(`${description}\n${url}`)}`,
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ]
    .map(fold)
    .join('\r\n');
}
