/**
 * The result of the scan: the profile (or, on a tie, the user's choice among the tied ones), what
 * the percentages mean, the chart, every profile to compare, and the way on. Loaded while the user
 * answers, so the first screen does not carry it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProfileText } from '../content/types.js';
import { msg, str } from '../localize/localize.js';
import { PROFILE_IDS, type ProfileId, type ScoreResult } from '../scoring/index.js';
import { scoreChart } from './score-chart.js';

export interface ResultView {
  result: ScoreResult;
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
  download: () => void;
}

/** Top two profiles within one point of each other, when there is a single winner. */
function nearTie(result: ScoreResult): [ProfileId, ProfileId] | undefined {
  if (result.dominant.length !== 1) return undefined;
  const [first, second] = [...PROFILE_IDS].sort((a, b) => result.points[b] - result.points[a]);
  return result.points[first] - result.points[second] <= 1 ? [first, second] : undefined;
}

export function renderProfileParts(profile: ProfileText): TemplateResult {
  return html`<div class="profile-part">
    <h4>${msg('Kernkenmerken', { id: 'profile.core' })}</h4>
    <p>${profile.kernkenmerken}</p>
    <h4>${msg('Wat is de focus vandaag?', { id: 'profile.focus' })}</h4>
    <p>${profile.focus}</p>
    <h4>${msg('Kansen voor verdere ontwikkeling', { id: 'profile.opportunities' })}</h4>
    <p>${profile.kansen}</p>
  </div>`;
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
          <button type="button" part="button" @click=${view.download}>${msg('Rapport downloaden', { id: 'actions.download' })}</button>
          <button type="button" part="button" @click=${() => print()}>${msg('Afdrukken', { id: 'actions.print' })}</button>
          <button type="button" part="button" @click=${view.edit}>${msg('Antwoorden aanpassen', { id: 'result.edit' })}</button>
          <button type="button" part="button" @click=${() => view.restart()}>${msg('Opnieuw invullen', { id: 'result.restart' })}</button>
        </div>`}
  </section>`;
}
