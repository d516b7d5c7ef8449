import { html, nothing, type TemplateResult } from 'lit';
import { ContentController } from '../base/content-controller.js';
import { NoticesController } from '../base/notices-controller.js';
import { StepFlowController } from '../base/step-flow.js';
import { WidgetElement } from '../base/widget-element.js';
import { FooterPlacement } from '../footer/footer-placement.js';
import { ReportPart } from '../report/report-part.js';
import { msg, str } from '../localize/localize.js';
import { PROFILE_IDS, type ProfileId } from '../scoring/index.js';
import { readPastedCodes, teamResult, type TeamResult } from '../scoring/team.js';
import { encodeResult } from '../scoring/index.js';
import { shareUrl } from '../state/share.js';
import { teamLabels, teamMembers, type TeamMember } from '../state/team-members.js';
import { TEAM_PREFIX } from '../state/link-param.js';
import { teamViewStyles } from './team-view.styles.js';
import '../state/scoring.js'; // lets the store score: this part shows or uses the result

/** Detail of `team-change`. */
export interface TeamChangeDetail {
  /** How many results the team view combines (the user's own included). */
  results: number;
  /** The team's profile; undefined on a tie the user has not settled. */
  profile?: ProfileId;
}

/**
 * Several colleagues fill in the scan; their results side by side start the conversation: every
 * person's scores and the team's (the report's method on everyone's points together), each
 * person's profile, and the statements on which they differ. Nothing leaves the browser:
 * colleagues pass their share links, the user pastes them here.
 *
 * @summary The team view: several results, one conversation.
 * @tagname team-view
 *
 * @fires team-change - Results were added or removed, or the team's profile chosen. `detail: TeamChangeDetail`.
 *
 * @csspart card - The team's result.
 */
export class TeamView extends WidgetElement {
  static override styles = [...WidgetElement.styles, teamViewStyles];

  static override properties = {
    ...WidgetElement.properties,
    added: { state: true },
    copied: { state: true },
  };

  protected readonly content = new ContentController(this, ['statements', 'profiles', 'texts']);
  private readonly flow = new StepFlowController(this, this.scan, 0);
  private readonly notices = new NoticesController(this, this.scan);
  private readonly footer = new FooterPlacement(this, this.scan, this.flow);
  private readonly report = new ReportPart(this, { scan: this.scan, content: this.content, footer: this.footer, localized: (fn) => this.localized(fn) });

  protected override get frame() {
    return [this.notices, this.footer, this.report];
  }

  /** What the last paste did, announced in a status line. */
  private added?: ReturnType<typeof readPastedCodes>;
  /** Which text was just copied ("invite" or "link"), announced. */
  private copied?: 'invite' | 'link' | 'manual-invite' | 'manual-link';

  private get store() {
    return this.scan.store;
  }

  /** The user's own result first (when there is one), then the colleagues' in the order added. */
  private get members(): TeamMember[] {
    return teamMembers(this.store);
  }

  protected renderWidget(): TemplateResult {
    const members = this.members;
    const team = members.length ? teamResult(members.map((m) => m.result.answers)) : undefined;
    const standalone = !this.scan.peers.some((peer) => StepFlowController.stepOf(peer) > 0);
    return html`${this.notices.render()}
      <section aria-labelledby="step-heading">
        ${this.flow.renderHeading(msg('Samen met collega’s', { id: 'team.heading' }))}
        <p>
          ${msg('Vul de scan met meerdere mensen in: wie op HR werkt, kijkt vaak positiever dan collega’s op de werkvloer. Leg jullie resultaten naast elkaar en bespreek waar jullie verschillen. Alles blijft in deze browser.', { id: 'team.intro' })}
        </p>
        ${this.renderInvite()} ${this.renderAdd()}
        ${team && members.length ? this.renderTeam(members, team) : nothing}
      </section>
      ${standalone ? this.footer.render() : nothing}`;
  }

  private renderInvite(): TemplateResult {
    const invite = this.inviteText();
    return html`<details class="invite">
      <summary>${msg('Collega’s uitnodigen', { id: 'team.invite' })}</summary>
      <p>${msg('Stuur deze tekst naar je collega’s. Wie klaar is, stuurt jou de link van zijn of haar resultaat terug.', { id: 'team.invite-how' })}</p>
      <label for="invite-text">${msg('Tekst om mee te sturen', { id: 'team.invite-label' })}</label>
      <textarea id="invite-text" readonly rows="5" .value=${invite} @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}></textarea>
      <div class="actions">
        <button type="button" part="button" @click=${() => this.copy(invite, 'invite')}>${msg('Kopieer de uitnodiging', { id: 'team.copy-invite' })}</button>
      </div>
      <p role="status">
        ${this.copied === 'invite' ? msg('De uitnodiging is gekopieerd.', { id: 'team.invite-copied' }) : ''}
        ${this.copied === 'manual-invite' ? msg('Kopiëren lukte niet: de tekst is geselecteerd, kopieer hem zelf.', { id: 'team.invite-manual' }) : ''}
      </p>
    </details>`;
  }

  private inviteText(): string {
    const link = shareUrl(undefined);
    return msg(
      str`Wil je mee de zelfscan over informeel leren invullen? Het duurt ongeveer 5 minuten en je antwoorden blijven in je browser. Je vindt hem hier: ${link} Stuur me daarna de link van je resultaat ("Delen" onderaan de acties, of de link in je rapport), dan bespreken we samen waar we verschillen.`,
      { id: 'team.invite-text' },
    );
  }

  private renderAdd(): TemplateResult {
    const added = this.added;
    return html`<div class="add">
      <label for="codes">${msg('Plak hier de links of codes van je collega’s (één per regel)', { id: 'team.paste-label' })}</label>
      <textarea id="codes" rows="3" spellcheck="false"></textarea>
      <div class="actions">
        <button type="button" class="primary" part="button primary-button" @click=${this.add}>${msg('Toevoegen', { id: 'team.add' })}</button>
      </div>
      <div role="status" class="add-status">
        ${added
          ? html`<p>${msg(str`Toegevoegd: ${added.results.length}.`, { id: 'team.added' })}
                ${added.duplicates.length ? msg(str`Al aanwezig en overgeslagen: ${added.duplicates.length}.`, { id: 'team.duplicates' }) : ''}</p>
              ${added.invalid.length
                ? html`<p class="error">${msg('Niet gebruikt, want ongeldig of geen volledig resultaat:', { id: 'team.invalid' })}</p>
                    <ul class="error">${added.invalid.map((i) => html`<li><code>${i.text}</code></li>`)}</ul>`
                : nothing}`
          : ''}
      </div>
    </div>`;
  }

  private renderTeam(members: TeamMember[], team: TeamResult): TemplateResult {
    const { profiles } = this.content.parts.profiles;
    const percent = new Intl.NumberFormat(this.content.language, { style: 'percent', maximumFractionDigits: 0 });
    const chosen = this.teamChoice(team);
    const labels = teamLabels(this.store, members);
    return html`<div class="team card" part="card">
      <h3>${msg(str`Jullie resultaten samen (${members.length})`, { id: 'team.combined' })}</h3>
      ${team.dominant.length === 1
        ? html`<p class="team-profile">${msg(str`Het profiel van het team: ${profiles[team.dominant[0]].name}`, { id: 'team.profile' })}</p>`
        : html`<fieldset class="tie-choice">
            <legend>${msg('Het team scoort even hoog op meerdere profielen. Welk profiel herkennen jullie het meest?', { id: 'team.tie' })}</legend>
            ${team.dominant.map(
              (p) => html`<label><input type="radio" name="team-tie" value=${p} .checked=${chosen === p} @change=${() => this.chooseTeamProfile(p)} /> ${profiles[p].name}</label>`,
            )}
          </fieldset>`}
      <p class="muted">${msg('Het teamprofiel volgt de methode van het onderzoek, toegepast op de punten van iedereen samen.', { id: 'team.method' })}</p>
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="team-table-caption">
        <table>
          <caption id="team-table-caption">${msg('Scores per persoon en voor het team', { id: 'team.table' })}</caption>
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
                ${team.people.map((r) => html`<td class=${r.dominant.includes(p) ? 'number top' : 'number'}>${percent.format(r.relative[p])}</td>`)}
                <td class=${team.dominant.includes(p) ? 'number top team-col' : 'number team-col'}>${percent.format(team.relative[p])}</td>
              </tr>`,
            )}
            <tr class="dominant-row">
              <th scope="row">${msg('Hoogste profiel', { id: 'team.highest' })}</th>
              ${team.people.map((r) => html`<td>${r.dominant.map((p) => profiles[p].name).join(' / ')}</td>`)}
              <td class="team-col">${team.dominant.map((p) => profiles[p].name).join(' / ')}</td>
            </tr>
          </tbody>
        </table>
      </div>
      ${this.renderAdvice(chosen)} ${this.renderSplit(team, members.length)} ${this.renderPeople(members, labels)}
      <div class="actions">
        <button type="button" part="button" @click=${() => this.copy(this.teamLink(members), 'link')}>${msg('Kopieer de teamlink', { id: 'team.copy-link' })}</button>
      </div>
      <div role="status">
        ${this.copied === 'link' ? msg('De teamlink is gekopieerd. Wie hem opent, ziet deze teamweergave.', { id: 'team.link-copied' }) : ''}

        ${this.copied === 'manual-link'
          ? html`<label for="team-link">${msg('Kopieer deze link:', { id: 'actions.copy-manually' })}</label>
              <input id="team-link" readonly .value=${this.teamLink(members)} />`
          : ''}
      </div>
    </div>`;
  }

  /** The team's profile: the single top one, or the one the user chose on a tie. */
  private teamChoice(team: TeamResult): ProfileId | undefined {
    if (team.dominant.length === 1) return team.dominant[0];
    const chosen = this.store.state.team?.useForAdvice ? this.store.state.adviceProfile : undefined;
    return chosen && team.dominant.includes(chosen) ? chosen : undefined;
  }

  private renderAdvice(profile: ProfileId | undefined): TemplateResult | typeof nothing {
    if (!profile) return nothing;
    const { profiles } = this.content.parts.profiles;
    const following = this.store.state.team?.useForAdvice && this.store.state.adviceProfile === profile;
    return html`<p>
      ${following
        ? msg(str`Het advies (uitdagingen, acties en rapport) gaat uit van het teamprofiel: ${profiles[profile].name}.`, { id: 'team.advice-on' })
        : html`<button type="button" part="button" @click=${() => this.useForAdvice(profile)}>
            ${msg('Baseer het advies op het teamprofiel', { id: 'team.use-for-advice' })}
          </button>`}
    </p>`;
  }

  private renderSplit(team: TeamResult, people: number): TemplateResult {
    const { statements } = this.content.parts.statements;
    return html`<h4>${msg('Hierover verschillen jullie van mening', { id: 'team.split' })}</h4>
      ${people < 2
        ? html`<p class="muted">${msg('Voeg minstens één resultaat van een collega toe om te zien waar jullie verschillen.', { id: 'team.split-need' })}</p>`
        : team.split.length
          ? html`<ol class="split">
              ${team.split.map(
                (s) => html`<li>
                  <span>${statements[s.statement]}</span>
                  <span class="muted">${msg(str`${s.yes} ja, ${s.no} nee`, { id: 'team.split-count' })}</span>
                </li>`,
              )}
            </ol>`
          : html`<p>${msg('Jullie gaven op elke stelling hetzelfde antwoord.', { id: 'team.split-none' })}</p>`}`;
  }

  /** Optional local names, and removing a colleague's result. */
  private renderPeople(members: TeamMember[], labels: string[]): TemplateResult {
    return html`<details class="people">
      <summary>${msg('Namen en resultaten beheren', { id: 'team.people' })}</summary>
      <p class="muted">${msg('Namen zijn niet verplicht en blijven in deze browser; ze gaan niet mee in de teamlink.', { id: 'team.names-local' })}</p>
      <ul>
        ${members.map(
          (m, i) => html`<li>
            <label>
              <span>${labels[i]}: ${msg('naam (niet verplicht)', { id: 'team.name-label' })}</span>
              <input type="text" maxlength="40" .value=${this.store.state.team?.labels?.[m.key] ?? ''} @change=${(e: Event) => this.rename(m.key, (e.target as HTMLInputElement).value)} />
            </label>
            ${m.key === 'me'
              ? nothing
              : html`<button type="button" part="button" @click=${() => this.removeMember(m.key)}>
                  ${msg('Verwijder', { id: 'team.remove' })}<span class="visually-hidden"> ${labels[i]}</span>
                </button>`}
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private teamLink(members: TeamMember[]): string {
    // The user's own result goes in as a code too, so the link shows everyone.
    const codes = members.map((m) => (m.key === 'me' ? encodeResult(m.result) : m.key));
    return shareUrl(`${TEAM_PREFIX}${codes.join('~')}`);
  }

  private updateTeam(change: Partial<NonNullable<typeof this.store.state.team>>): void {
    const team = this.store.state.team ?? { codes: [] };
    this.store.update({ team: { ...team, ...change } });
    const after = this.members;
    const result = after.length ? teamResult(after.map((m) => m.result.answers)) : undefined;
    this.emit<TeamChangeDetail>('team-change', { results: after.length, profile: result && this.teamChoice(result) });
  }

  private add(): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#codes')!;
    const own = this.members.filter((m) => m.key === 'me').map((m) => encodeResult(m.result));
    const added = readPastedCodes(area.value, [...(this.store.state.team?.codes ?? []), ...own]);
    this.added = added;
    if (added.results.length) {
      this.updateTeam({ codes: [...(this.store.state.team?.codes ?? []), ...added.results.map((r) => r.code)] });
      area.value = '';
    }
  }

  private removeMember(code: string): void {
    const team = this.store.state.team;
    if (!team) return;
    const labels = { ...team.labels };
    delete labels[code];
    this.updateTeam({ codes: team.codes.filter((c) => c !== code), labels });
  }

  private rename(key: string, name: string): void {
    this.updateTeam({ labels: { ...this.store.state.team?.labels, [key]: name.trim().slice(0, 40) } });
  }

  private chooseTeamProfile(profile: ProfileId): void {
    this.useForAdvice(profile);
  }

  private useForAdvice(profile: ProfileId): void {
    const team = this.store.state.team ?? { codes: [] };
    this.store.update({ team: { ...team, useForAdvice: true }, adviceProfile: profile });
    this.emit<TeamChangeDetail>('team-change', { results: this.members.length, profile });
  }

  private async copy(text: string, what: 'invite' | 'link'): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      this.copied = what === 'link' ? 'manual-link' : 'manual-invite';
      if (what === 'invite') this.renderRoot.querySelector<HTMLTextAreaElement>('#invite-text')?.select();
    }
  }
}
