/**
 * <monitoring-dashboard>: the collector's public page. It reads the filters and the language from
 * the address, asks the collector for the k-anonymous aggregates, and shows the profile shares per
 * quarter (chart and table) and each statement's yes-share. Hidden cells read "fewer than k
 * answers", never 0.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

import { fetchAggregates, filterParams, filtersFrom, PARTNER, QueryRefused, type Aggregates, type Cell, type Filters } from './aggregates.ts';
import { loadInstrumentTexts, PROFILE_IDS, STATEMENT_IDS, type InstrumentTexts } from './content.ts';
import { countFormat, percentFormat, quarterName } from './format.ts';
import { markerPath, profileChart } from './profile-chart.ts';
import { dashboardStyles } from './styles.ts';
import { profileTable, statementTable } from './tables.ts';
import { LANGUAGES, pickLanguage, SECTOR_IDS, SIZE_IDS, TEXTS, type Language, type Texts } from './texts.ts';

type Status = 'loading' | 'ready' | 'failed' | 'refused';

/** The value of the statements' period select that stands for all quarters shown. */
const ALL = 'all';

/** The collector's dashboard page as one element. */
export class MonitoringDashboard extends LitElement {
  static override styles = dashboardStyles;

  static override properties = {
    language: { state: true },
    instrument: { state: true },
    filters: { state: true },
    data: { state: true },
    status: { state: true },
    problem: { state: true },
    quarterOptions: { state: true },
    statementsPeriod: { state: true },
    chartWidth: { state: true },
    partnerInvalid: { state: true },
    periodInvalid: { state: true },
    announcement: { state: true },
  };

  declare language: Language;
  declare instrument: InstrumentTexts | undefined;
  declare filters: Filters;
  declare data: Aggregates | undefined;
  declare status: Status;
  declare problem: string;
  /** Every quarter the collector lists without filters: the choices of the period selects. */
  declare quarterOptions: string[];
  declare statementsPeriod: string;
  declare chartWidth: number;
  declare partnerInvalid: boolean;
  declare periodInvalid: boolean;
  declare announcement: string;

  private request?: AbortController;
  private resizeObserver?: ResizeObserver;
  private observedChart?: Element;

  constructor() {
    super();
    const params = new URLSearchParams(location.search);
    this.language = pickLanguage(params.get('lang'), navigator.languages ?? [navigator.language]);
    this.filters = filtersFrom(params, SECTOR_IDS, SIZE_IDS);
    this.status = 'loading';
    this.problem = '';
    this.quarterOptions = [];
    this.statementsPeriod = ALL;
    this.chartWidth = 640;
    this.partnerInvalid = false;
    this.periodInvalid = false;
    this.announcement = '';
  }

  private get texts(): Texts {
    return TEXTS[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadLanguage();
    // Without filters the first answer lists every quarter itself; with filters it may not.
    if (filterParams(this.filters).toString()) void this.loadQuarterOptions();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
    this.resizeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('language')) {
      document.documentElement.lang = this.language;
      document.title = this.texts.title;
    }
    // The chart is drawn at the width it has, so its text stays readable on a phone.
    const chart = this.renderRoot.querySelector('.chart') ?? undefined;
    if (chart !== this.observedChart) {
      this.resizeObserver ??= new ResizeObserver(([entry]) => {
        const width = Math.floor(entry?.contentRect.width ?? 0);
        if (width > 0 && width !== this.chartWidth) this.chartWidth = width;
      });
      if (this.observedChart) this.resizeObserver.unobserve(this.observedChart);
      if (chart) this.resizeObserver.observe(chart);
      this.observedChart = chart;
    }
  }

  private async loadLanguage(): Promise<void> {
    const language = this.language;
    const instrument = await loadInstrumentTexts(language);
    if (language === this.language) this.instrument = instrument;
  }

  /** The period choices come from the unfiltered answer, which lists every quarter with data. */
  private async loadQuarterOptions(): Promise<void> {
    try {
      const all = await fetchAggregates({});
      this.quarterOptions = all.quarters.map((cell) => cell.quarter);
    } catch {
      // Without them the period selects offer only "from the start" and "up to the latest".
    }
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.status = 'loading';
    try {
      const data = await fetchAggregates(this.filters, request.signal);
      if (request.signal.aborted) return;
      this.data = data;
      this.status = 'ready';
      if (!filterParams(this.filters).toString()) this.quarterOptions = data.quarters.map((cell) => cell.quarter);
      if (this.statementsPeriod !== ALL && !data.quarters.some((cell) => cell.quarter === this.statementsPeriod && !cell.suppressed)) {
        this.statementsPeriod = ALL;
      }
      this.announcement = this.texts.updated(data.total, data.k);
    } catch (error) {
      if (request.signal.aborted) return;
      this.data = undefined;
      if (error instanceof QueryRefused && error.status >= 400 && error.status < 500) {
        this.status = 'refused';
        this.problem = error.message;
      } else {
        this.status = 'failed';
      }
      this.announcement = '';
    }
  }

  /** Keeps the address in step with what is shown, so it can be bookmarked or shared. */
  private writeAddress(): void {
    const params = filterParams(this.filters);
    params.set('lang', this.language);
    history.replaceState(null, '', `${location.pathname}?${params}`);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = new FormData(form);
    const text = (name: string) => String(values.get(name) ?? '').trim();
    const partner = text('partner').toLowerCase();
    this.partnerInvalid = partner !== '' && !PARTNER.test(partner);
    const from = text('from');
    const to = text('to');
    this.periodInvalid = from !== '' && to !== '' && from > to;
    if (this.partnerInvalid) {
      form.querySelector<HTMLInputElement>('#partner')?.focus();
      return;
    }
    if (this.periodInvalid) {
      form.querySelector<HTMLSelectElement>('#from')?.focus();
      return;
    }
    const filters: Filters = {};
    if (partner) filters.partner = partner;
    for (const name of ['sector', 'size', 'from', 'to'] as const) {
      const value = text(name);
      if (value) filters[name] = value;
    }
    this.filters = filters;
    this.writeAddress();
    void this.load();
  }

  private onReset(): void {
    this.filters = {};
    this.partnerInvalid = false;
    this.periodInvalid = false;
    this.writeAddress();
    void this.load();
  }

  private onLanguage(event: MouseEvent, language: Language): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (language === this.language) return;
    this.language = language;
    this.writeAddress();
    void this.loadLanguage();
  }

  protected override render(): TemplateResult {
    const t = this.texts;
    const k = this.data?.k;
    return html`<div class="page">
      <header>
        ${this.renderLanguages()}
        <h1>${t.title}</h1>
        <p class="lead">${t.intro}</p>
        ${k === undefined ? nothing : html`<p>${t.privacy(k)}</p>`}
      </header>
      <main>
        <section aria-labelledby="filters-heading">
          <h2 id="filters-heading">${t.filtersHeading}</h2>
          ${this.renderFilters()}
        </section>
        <p class="visually-hidden" role="status">${this.status === 'loading' ? t.loading : this.announcement}</p>
        <div aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderResults()}</div>
      </main>
      ${k === undefined
        ? nothing
        : html`<footer>
            <h2>${t.aboutHeading}</h2>
            <p>${t.about(k)}</p>
          </footer>`}
    </div>`;
  }

  private renderLanguages(): TemplateResult {
    const params = filterParams(this.filters);
    const href = (language: Language) => {
      params.set('lang', language);
      return `?${params}`;
    };
    return html`<nav aria-label=${this.texts.languageNav}>
      <ul>
        ${LANGUAGES.map(
          (language) => html`<li>
            <a
              href=${href(language)}
              lang=${language}
              hreflang=${language}
              aria-current=${language === this.language ? 'true' : 'false'}
              @click=${(event: MouseEvent) => this.onLanguage(event, language)}
              >${TEXTS[language].languageName}</a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.texts;
    const f = this.filters;
    const quarters = [...new Set([...this.quarterOptions, f.from, f.to].filter((q): q is string => !!q))].sort();
    const quarterSelect = (name: 'from' | 'to', label: string, anyLabel: string) => html`<div class="field">
      <label for=${name}>${label}</label>
      <select
        id=${name}
        name=${name}
        aria-invalid=${this.periodInvalid ? 'true' : 'false'}
        aria-describedby=${this.periodInvalid ? 'period-error' : nothing}
      >
        <option value="" ?selected=${!f[name]}>${anyLabel}</option>
        ${quarters.map((q) => html`<option value=${q} ?selected=${f[name] === q}>${quarterName(t, q)}</option>`)}
      </select>
    </div>`;
    return html`<form @submit=${this.onSubmit} novalidate>
      <div class="field">
        <label for="partner">${t.partner}</label>
        <input
          id="partner"
          name="partner"
          type="text"
          inputmode="latin"
          autocomplete="off"
          spellcheck="false"
          maxlength="32"
          .value=${live(f.partner ?? '')}
          aria-invalid=${this.partnerInvalid ? 'true' : 'false'}
          aria-describedby=${this.partnerInvalid ? 'partner-error partner-hint' : 'partner-hint'}
        />
        <p class="hint" id="partner-hint">${t.partnerHint}</p>
        ${this.partnerInvalid ? html`<p class="field-error" id="partner-error">${t.partnerInvalid}</p>` : nothing}
      </div>
      <div class="field">
        <label for="sector">${t.sector}</label>
        <select id="sector" name="sector">
          <option value="" ?selected=${!f.sector}>${t.allSectors}</option>
          ${SECTOR_IDS.map((id) => html`<option value=${id} ?selected=${f.sector === id}>${t.sectors[id]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="size">${t.size}</label>
        <select id="size" name="size">
          <option value="" ?selected=${!f.size}>${t.allSizes}</option>
          ${SIZE_IDS.map((id) => html`<option value=${id} ?selected=${f.size === id}>${t.sizes[id]}</option>`)}
        </select>
      </div>
      ${quarterSelect('from', t.from, t.firstQuarter)} ${quarterSelect('to', t.to, t.lastQuarter)}
      ${this.periodInvalid ? html`<p class="field-error wide" id="period-error">${t.periodInvalid}</p>` : nothing}
      <div class="actions">
        <button type="submit">${t.apply}</button>
        <button type="button" class="secondary" @click=${this.onReset}>${t.reset}</button>
      </div>
    </form>`;
  }

  /** "Selection: sector Education, from Q1 2026" in words, so the numbers below have a context. */
  private describeSelection(): string {
    const t = this.texts;
    const f = this.data?.filters ?? {};
    const parts: string[] = [];
    if (f.partner) parts.push(`${t.partner} ${f.partner}`);
    if (f.sector && f.sector in t.sectors) parts.push(t.sectors[f.sector as keyof Texts['sectors']]);
    if (f.size && f.size in t.sizes) parts.push(t.sizes[f.size as keyof Texts['sizes']]);
    if (f.from) parts.push(`${t.from.toLowerCase()} ${quarterName(t, f.from)}`);
    if (f.to) parts.push(`${t.to.toLowerCase()} ${quarterName(t, f.to)}`);
    return `${t.selection} ${parts.length ? parts.join(', ') : t.everything}`;
  }

  private renderResults(): TemplateResult | typeof nothing {
    const t = this.texts;
    if (this.status === 'failed') {
      return html`<div class="notice error">
        <p>${t.loadFailed}</p>
        <button type="button" @click=${() => void this.load()}>${t.retry}</button>
      </div>`;
    }
    if (this.status === 'refused') {
      return html`<div class="notice error"><p>${t.refused(this.problem)}</p></div>`;
    }
    const data = this.data;
    if (!data || !this.instrument) return html`<p class="notice">${t.loading}</p>`;
    const shown = data.quarters.filter((cell) => !cell.suppressed);
    // With no quarter shown there is no total to speak of: the empty state says why.
    const total = !shown.length
      ? nothing
      : data.total === null
        ? t.totalSuppressed(data.k)
        : t.totalShown(countFormat(this.language)(data.total));
    const summary = html`<p class="summary">${this.describeSelection()}. ${total}</p>`;
    if (!shown.length) {
      return html`${summary}
        <section class="notice" aria-labelledby="empty-heading">
          <h2 id="empty-heading">${t.emptyHeading}</h2>
          <p>${t.empty(data.k)}</p>
        </section>`;
    }
    return html`${summary} ${this.renderProfiles(data)} ${this.renderStatements(data)}`;
  }

  private renderProfiles(data: Aggregates): TemplateResult {
    const t = this.texts;
    const instrument = this.instrument!;
    const percent = percentFormat(this.language);
    const name = (quarter: string) => quarterName(t, quarter);
    const first = data.quarters[0]!.quarter;
    const last = data.quarters[data.quarters.length - 1]!.quarter;
    const hasHidden = data.quarters.some((cell) => cell.suppressed);
    return html`<section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">${t.profilesHeading}</h2>
      <p>${t.profilesIntro}</p>
      <div class="chart">
        ${profileChart({
          quarters: data.quarters,
          profileIds: PROFILE_IDS,
          width: this.chartWidth,
          label: t.chartLabel(name(first), name(last)),
          quarterName: name,
          percent: percentFormat(this.language, 0),
        })}
      </div>
      <ul class="legend" aria-label=${t.legend}>
        ${PROFILE_IDS.map(
          (id, index) => html`<li class="p-${id}">
            <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
              <path class="line" d="M2,8H38"></path>
              <path class="marker" transform="translate(20,8)" d=${markerPath(index)}></path>
            </svg>
            ${instrument.profiles[id] ?? id}
          </li>`,
        )}
        ${hasHidden
          ? html`<li class="legend-hidden">
              <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                <defs>
                  <pattern id="legend-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line>
                  </pattern>
                </defs>
                <rect class="hidden-quarter" fill="url(#legend-hatch)" x="1" y="1" width="38" height="14"></rect>
              </svg>
              ${t.fewerThan(data.k)}
            </li>`
          : nothing}
      </ul>
      ${profileTable(data.quarters, data.overall, PROFILE_IDS, instrument.profiles, {
        caption: t.profilesCaption,
        quarter: t.quarter,
        answers: t.answers,
        overall: t.total,
        scrollHint: t.scrollHint,
        fewerThan: t.fewerThan(data.k),
        quarterName: name,
        percent,
        count: countFormat(this.language),
      })}
      ${hasHidden ? html`<p class="muted">${t.suppressedNote(data.k)}</p>` : nothing}
    </section>`;
  }

  private renderStatements(data: Aggregates): TemplateResult {
    const t = this.texts;
    const shownQuarters = data.quarters.filter((cell) => !cell.suppressed);
    const selected = shownQuarters.find((cell) => cell.quarter === this.statementsPeriod);
    const cell: Cell = selected ?? data.overall;
    const period = selected ? quarterName(t, selected.quarter) : t.allQuarters.toLowerCase();
    return html`<section aria-labelledby="statements-heading">
      <h2 id="statements-heading">${t.statementsHeading}</h2>
      <p>${t.statementsIntro}</p>
      <div class="period">
        <label for="statements-period">${t.statementsPeriod}</label>
        <select id="statements-period" @change=${(event: Event) => (this.statementsPeriod = (event.target as HTMLSelectElement).value)}>
          <option value=${ALL} ?selected=${!selected}>${t.allQuarters}</option>
          ${shownQuarters.map(
            (q) => html`<option value=${q.quarter} ?selected=${selected?.quarter === q.quarter}>${quarterName(t, q.quarter)}</option>`,
          )}
        </select>
      </div>
      ${cell.suppressed || !cell.statements
        ? html`<p class="notice">${t.statementsSuppressed(data.k)}</p>`
        : statementTable(cell.statements, STATEMENT_IDS, this.instrument!.statements, {
            caption: t.statementsCaption(period),
            statement: t.statement,
            yesShare: t.yesShare,
            percent: percentFormat(this.language),
          })}
    </section>`;
  }
}

/** Registers the element once. */
export function defineDashboard(): void {
  if (!customElements.get('monitoring-dashboard')) customElements.define('monitoring-dashboard', MonitoringDashboard);
}
