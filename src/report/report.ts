/**
 * The personal report: the result, the advice and the plan on paper, for the next team meeting.
 * One template serves the print of the live page and the self-contained HTML download. Loaded
 * only once there is something to report. Nothing is sent anywhere to make it.
 */
import { saveFile } from '../base/save-file.js';
import { css, html, nothing, render, type TemplateResult } from 'lit';
import { loadActions } from '../content/actions.js';
import { loadContent, type Language } from '../content/load.js';
import type { ActionText, Example, ProfileText } from '../content/types.js';
import { loadExamples } from '../content/examples.js';
import { msg, str } from '../localize/localize.js';
import { renderProfileParts, scoreChart } from '../profile-scan/result-view.js';
import {
  adviceFor,
  challengeOfAction,
  isHighlight,
  PROFILE_IDS,
  type ChallengeId,
  type ProfileId,
  type ScoreResult,
} from '../scoring/index.js';
import { teamResult, type TeamResult } from '../scoring/team.js';
import { shareCode, reopenLink } from '../state/share.js';
import { teamLabels, teamMembers } from '../state/team-members.js';
import type { ScanStore } from '../state/store.js';

/** Everything the report shows, gathered once. */
export interface ReportData {
  language: Language;
  date: Date;
  unitThe?: string;
  result?: ScoreResult;
  profiles: Record<ProfileId, ProfileText>;
  profile?: ProfileId;
  /** The profile was chosen by the user (a tie, or another profile than the dominant one). */
  chosen: boolean;
  challenge?: { id: ChallengeId; title: string; explanation: string };
  top: { id: string; text: ActionText }[];
  /** Each planned action, with one practice example where the sources have one. */
  plan: { id: string; text: ActionText; note: string; example?: Example & { from: string } }[];
  questions: string[];
  contact: string;
  citation: string;
  link: string;
  /** The team view's results, when colleagues' results were added. */
  /** `labels` is called while the widget's translations are active ("Jij", "Collega 2"). */
  team?: { labels: () => string[]; result: TeamResult; statements: Record<string, string> };
}

/** Gathers the report for what the user sees: the store's state, and the profile and challenge on screen. */
export async function gatherReport(
  store: ScanStore,
  language: Language,
  profile: ProfileId | undefined,
  challenge: ChallengeId | undefined,
  contact: string,
): Promise<ReportData> {
  const { state, result } = store;
  const plan = state.plan ?? {};
  const planChallenges = [...new Set(Object.keys(plan).map(challengeOfAction))].filter((c): c is ChallengeId => !!c);
  const [profiles, challenges, texts, questions, ...actionSets] = await Promise.all([
    loadContent(language, 'profiles'),
    loadContent(language, 'challenges'),
    loadContent(language, 'texts'),
    loadContent(language, 'questions'),
    ...[...new Set([...(challenge ? [challenge] : []), ...planChallenges])].map((c) => loadActions(language, c)),
  ]);
  const actions: Record<string, ActionText> = Object.assign({}, ...actionSets.map((set) => set.actions));
  const team = state.team?.codes.length ? await gatherTeam(store, language) : undefined;
  // Examples only for a plan: a report without one never fetches them.
  const examples = Object.keys(plan).length ? await loadExamples(language) : undefined;
  const exampleFor = (id: string) => {
    const example = examples?.examples.find((candidate) => candidate.actions.includes(id));
    return example && { example: { ...example, from: examples!.documents[example.source.document] } };
  };
  const top = challenge && profile ? adviceFor(profile, challenge).top : [];
  return {
    language,
    date: new Date(),
    unitThe: state.unit ? texts.units[state.unit].the : undefined,
    result,
    profiles: profiles.profiles,
    profile,
    chosen: !!result && !!profile && (result.dominant.length > 1 || profile !== result.dominant[0]),
    challenge: challenge ? { id: challenge, ...challenges.challenges[challenge] } : undefined,
    top: top.map((id) => ({ id, text: actions[id] })),
    plan: Object.entries(plan)
      .filter(([id]) => actions[id])
      .map(([id, note]) => ({ id, text: actions[id], note, ...exampleFor(id) })),
    questions: challenge ? questions.questions[challenge] : [],
    contact,
    citation: texts.about.citation ?? '',
    link: reopenLink(shareCode(store, profile, challenge)),
    team,
  };
}

/** The team section: everyone's answers (the user's own first), their names, the split statements. */
async function gatherTeam(store: ScanStore, language: Language): Promise<ReportData['team']> {
  const members = teamMembers(store);
  if (!members.length) return undefined;
  const { statements } = await loadContent(language, 'statements');
  return { labels: () => teamLabels(store, members), result: teamResult(members.map((m) => m.result.answers)), statements };
}

const steps = (text: ActionText) =>
  html`<ul class="steps">
    ${text.steps.map((step) => html`<li><strong>${step.title}</strong>: ${step.text}</li>`)}
  </ul>`;

/** The report; call while the widget's translations are active (inside `localized`). */
export function reportTemplate(data: ReportData): TemplateResult {
  const { result, profiles, profile, challenge } = data;
  const date = new Intl.DateTimeFormat(data.language, { dateStyle: 'long' }).format(data.date);
  const percent = new Intl.NumberFormat(data.language, { style: 'percent', maximumFractionDigits: 0 });
  return html`<article class="report">
    <header>
      <h1>${msg('Informeel leren op de werkvloer: ons rapport', { id: 'report.title' })}</h1>
      <p class="meta">
        ${date}${data.unitThe ? html` · ${msg(str`Ingevuld voor ${data.unitThe}`, { id: 'report.unit' })}` : nothing}
      </p>
    </header>
    ${profile
      ? html`<section>
          <h2>
            ${data.chosen
              ? msg(str`Ons profiel (zelf gekozen): ${profiles[profile].name}`, { id: 'report.profile-chosen' })
              : msg(str`Ons profiel: ${profiles[profile].name}`, { id: 'report.profile' })}
          </h2>
          <p class="lead">${profiles[profile].summary}</p>
          ${renderProfileParts(profiles[profile])}
        </section>`
      : nothing}
    ${result
      ? html`<section>
          <h2>${msg('Scores op de vijf profielen', { id: 'result.scores' })}</h2>
          <p>
            ${msg('Elk antwoord geeft een punt aan de profielen die het kenmerkt. Het percentage is het deel van alle punten dat naar een profiel ging: meerdere profielen passen dus elk voor een deel. Het is geen rapportcijfer.', { id: 'result.percent-explain' })}
          </p>
          ${scoreChart(
            PROFILE_IDS.map((p) => ({ profile: p, name: profiles[p].name, value: result.relative[p], dominant: result.dominant.includes(p) })),
            {
              caption: msg('Relatieve score per profiel', { id: 'result.table-caption' }),
              profile: msg('Profiel', { id: 'result.profile' }),
              score: msg('Score', { id: 'result.score' }),
              highest: msg('hoogste score', { id: 'result.highest' }),
            },
            (value) => percent.format(value),
          )}
        </section>`
      : nothing}
    ${challenge
      ? html`<section>
          <h2>${msg(str`Onze uitdaging: ${challenge.title}`, { id: 'report.challenge' })}</h2>
          <p>${challenge.explanation}</p>
        </section>`
      : nothing}
    ${data.top.length
      ? html`<section>
          <h2>${msg('Top 3 acties', { id: 'download.top' })}</h2>
          <ol class="actions-list">
            ${data.top.map(
              ({ id, text }) => html`<li class="action">
                <h3>${text.title}${isHighlight(id) ? html` <span class="mark">★ ${msg('Uitgelicht', { id: 'actions.highlight' })}</span>` : nothing}</h3>
                <p>${text.summary}</p>
                ${steps(text)}
              </li>`,
            )}
          </ol>
        </section>`
      : nothing}
    ${data.plan.length
      ? html`<section>
          <h2>${msg('Ons plan', { id: 'plan.heading' })}</h2>
          <ul class="plan">
            ${data.plan.map(
              ({ text, note, example }) => html`<li class="action">
                <strong>${text.title}</strong>${note ? html`<br /><span class="note">${note}</span>` : nothing}
                ${example
                  ? html`<p class="example">
                      ${msg('Zo deden anderen het', { id: 'examples.summary' })}: <em>${example.title}</em>${example.sector ? ` (${example.sector})` : ''}.
                      ${example.text} <span class="source">${msg('Bron', { id: 'examples.source' })}: ${example.from}</span>
                    </p>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${data.questions.length
      ? html`<section>
          <h2>${msg('Vragen voor het gesprek met je collega’s', { id: 'questions.heading-talk' })}</h2>
          <ul class="questions">${data.questions.map((q) => html`<li>${q}</li>`)}</ul>
        </section>`
      : nothing}
    ${data.team ? teamSection(data, percent) : nothing}
    <footer>
      ${data.contact ? html`<p>${msg('Vragen of feedback?', { id: 'contact' })} ${data.contact}</p>` : nothing}
      <p>${msg('Dit resultaat opnieuw openen:', { id: 'report.reopen' })} <a href=${data.link}>${data.link}</a></p>
      <p class="credit">${msg('Gebaseerd op:', { id: 'report.credit' })} <cite>${data.citation}</cite></p>
    </footer>
  </article>`;
}

function teamSection(data: ReportData, percent: Intl.NumberFormat): TemplateResult {
  const { result, statements } = data.team!;
  const labels = data.team!.labels();
  const { profiles } = data;
  return html`<section class="team">
    <h2>${msg(str`Jullie resultaten samen (${labels.length})`, { id: 'team.combined' })}</h2>
    <p>
      ${result.dominant.map((p) => profiles[p].name).join(' / ')}:
      ${msg('Het teamprofiel volgt de methode van het onderzoek, toegepast op de punten van iedereen samen.', { id: 'team.method' })}
    </p>
    <table class="team-table">
      <thead>
        <tr>
          <th scope="col">${msg('Profiel', { id: 'result.profile' })}</th>
          ${labels.map((label) => html`<th scope="col">${label}</th>`)}
          <th scope="col">${msg('Team', { id: 'team.team' })}</th>
        </tr>
      </thead>
      <tbody>
        ${PROFILE_IDS.map(
          (p) => html`<tr>
            <th scope="row">${profiles[p].name}</th>
            ${result.people.map((r) => html`<td>${percent.format(r.relative[p])}</td>`)}
            <td>${percent.format(result.relative[p])}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${result.split.length
      ? html`<h3>${msg('Hierover verschillen jullie van mening', { id: 'team.split' })}</h3>
          <ol>
            ${result.split.map((s) => html`<li>${statements[s.statement]} (${msg(str`${s.yes} ja, ${s.no} nee`, { id: 'team.split-count' })})</li>`)}
          </ol>`
      : nothing}
  </section>`;
}

/** Report styles, for the print of the live page (inside the shadow root) and for the downloaded file. */
export const reportStyles = css`
  .report {
    font-size: 11pt;
    line-height: 1.45;
    color: #000;
    background: #fff;
  }
  .report h1 {
    font-size: 18pt;
    margin: 0 0 4pt;
  }
  .report h2 {
    font-size: 13pt;
    margin: 14pt 0 4pt;
    break-after: avoid;
  }
  .report h3 {
    font-size: 11pt;
    margin: 6pt 0 2pt;
    break-after: avoid;
  }
  .report h4 {
    font-size: 10.5pt;
    margin: 6pt 0 2pt;
  }
  .report p {
    margin: 0 0 5pt;
  }
  .report .meta,
  .report .credit,
  .report .note,
  .report .example .source {
    color: #333;
  }
  .report .example {
    margin: 2pt 0 0;
    font-size: 10pt;
  }
  .report .lead {
    font-size: 12pt;
  }
  .report .action {
    break-inside: avoid;
    margin-bottom: 6pt;
  }
  .report .steps {
    margin: 2pt 0;
    padding-inline-start: 14pt;
  }
  .report .steps li {
    margin-bottom: 2pt;
  }
  .report .mark {
    font-size: 9pt;
    font-weight: normal;
  }
  .report footer {
    margin-top: 14pt;
    border-top: 1px solid #666;
    padding-top: 4pt;
    font-size: 9.5pt;
    break-inside: avoid;
  }
  .report a {
    color: #000;
    word-break: break-all;
  }
  .report .score-chart {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
    break-inside: avoid;
  }
  .report .score-chart th,
  .report .score-chart td {
    text-align: start;
    padding: 2pt 4pt 2pt 0;
    border-bottom: 1px solid #999;
    font-weight: normal;
  }
  .report .score-chart th {
    width: 45%;
  }
  .report .score-chart tr.dominant th,
  .report .score-chart tr.dominant .bar-value {
    font-weight: 700;
  }
  .report .bar-row {
    display: flex;
    align-items: center;
    gap: 6pt;
  }
  .report .bar-value {
    flex: 0 0 3em;
    text-align: end;
  }
  .report .score-chart svg {
    flex: 1 1 0;
    width: 0;
    height: 12px;
  }
  .report .track {
    stroke: #e6e6e6;
    stroke-width: 16;
    fill: none;
  }
  .report .bar {
    stroke: #555;
    stroke-width: 16;
    fill: none;
  }
  .report .dominant .bar {
    stroke: #000;
  }
  .report .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .report .highest {
    font-size: 9pt;
    font-weight: normal;
  }
  .report .team-table {
    border-collapse: collapse;
    width: 100%;
    font-size: 9.5pt;
    break-inside: avoid;
  }
  .report .team-table th,
  .report .team-table td {
    text-align: start;
    border-bottom: 1px solid #999;
    padding: 2pt 4pt 2pt 0;
  }
  .report details > :not(summary) {
    display: block;
  }
`;

/** The report as a self-contained HTML file (styles inline, no scripts, nothing fetched). */
export function reportDocument(data: ReportData, title: string, template: TemplateResult): string {
  const container = document.createElement('div');
  render(template, container);
  // Lit's markers are comments; they do no harm, but a clean file reads better.
  const body = container.innerHTML.replace(/<!--[^]*?-->/g, '');
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html>
<html lang="${escape(data.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
@page{size:A4;margin:16mm}
${reportStyles.cssText}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Saves the report as a file, named and worded in the widget's language; returns the file name. */
export function downloadReport(data: ReportData, localized: <T>(fn: () => T) => T, parent: Node): string {
  const { title, filename, template } = localized(() => ({
    title: msg('Informeel leren op de werkvloer: ons rapport', { id: 'report.title' }),
    filename: `${msg('informeel-leren-rapport', { id: 'report.filename' })}-${data.date.toISOString().slice(0, 10)}.html`,
    template: reportTemplate(data),
  }));
  saveFile(parent, reportDocument(data, title, template), 'text/html;charset=utf-8', filename);
  return filename;
}
