import { adoptStyles } from '../base/adopt-styles.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LoadController } from '../base/content-controller.js';
import type { Language } from '../content/load.js';
import type { ChallengeId, ProfileId } from '../scoring/index.js';
import type { ScanState, ScanStore } from '../state/store.js';
import '../state/scoring.js'; // lets the store score: this part shows or uses the result

type ReportModule = typeof import('./report.js');
type Loaded = { module: ReportModule; data: Awaited<ReturnType<ReportModule['gatherReport']>> };

/** What the report is made from: whether to make it, the language, and what it shows. */
type ReportArgs = readonly [boolean, Language, Readonly<ScanState>, ProfileId | undefined, ChallengeId | undefined, string];

/** What the controller needs to know of its element, asked each time. */
export interface ReportSource {
  /** The group's store. */
  store(): ScanStore;
  /** The widget's language. */
  language(): Language;
  /** The profile and challenge the user sees. */
  subject(): { profile?: ProfileId; challenge?: ChallengeId };
  contact(): string;
  /** Whether this element prints the report for its group (one per group and page). */
  prints(): boolean;
  /** There is something to report: a result or a challenge. */
  available(): boolean;
  /** Runs a function with the widget's translations active. */
  localized<T>(fn: () => T): T;
}

/**
 * The personal report of a group: gathered (code and texts) once there is a result or a
 * challenge, so that printing the page (Ctrl+P) gives the report rather than the screens, and a
 * download is one click away. Follows every change of the state.
 */
export class ReportController implements ReactiveController {
  private readonly loader: LoadController<ReportArgs, Loaded | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ReportSource,
  ) {
    host.addController(this);
    this.loader = new LoadController(
      host,
      async ([wanted, language]) => (wanted ? this.gather(language) : undefined),
      () => {
        const { store, subject, contact, language, prints, available } = this.source;
        const { profile, challenge } = subject();
        // The store replaces its state object on every change, so the object itself says whether anything changed.
        return [prints() && available(), language(), store().state, profile, challenge, contact()] as ReportArgs;
      },
    );
  }

  private async gather(language: Language): Promise<Loaded> {
    const module = await import('./report.js');
    const { profile, challenge } = this.source.subject();
    return { module, data: await module.gatherReport(this.source.store(), language, profile, challenge, this.source.contact()) };
  }

  /** The report's own load, for `updateComplete` to wait on. */
  get load(): Pick<LoadController<readonly unknown[], unknown>, 'status' | 'settled' | 'error'> {
    return this.loader;
  }

  /** Gathers the report again after a failed load. */
  retry(): void {
    this.loader.retry();
  }

  get ready(): boolean {
    return !!this.loader.value;
  }

  /** The report for print, in the element that prints it; hidden on screen. */
  renderPrint(): TemplateResult | typeof nothing {
    const loaded = this.loader.value;
    if (!loaded || !this.source.prints()) return nothing;
    adoptStyles(this.host, loaded.module.reportStyles);
    return html`<div class="print-report" aria-hidden="true">${loaded.module.reportTemplate(loaded.data)}</div>`;
  }

  /** Downloads the report as a self-contained HTML file; returns its file name. */
  async download(): Promise<string> {
    const { module, data } = await this.gather(this.source.language());
    return module.downloadReport(data, this.source.localized, this.host.shadowRoot ?? document.body);
  }

  hostUpdate(): void {}
}
