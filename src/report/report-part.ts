import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContentState } from '../base/content-controller.js';
import type { FramePart } from '../base/frame-part.js';
import { msg } from '../localize/localize.js';
import { contactLine } from '../footer/contact.js';
import type { StoreController } from '../base/store-controller.js';
import type { FooterPlacement } from '../footer/footer-placement.js';
import type { ChallengeId, ProfileId } from '../scoring/core.js';
import type { ReportController, ReportSource } from './report-controller.js';

/** What the report needs of its element. */
export interface ReportPartSource {
  scan: StoreController;
  content: ContentState;
  /** The element that shows the footer prints the report (one per group and page), with the group's contact line. */
  footer: FooterPlacement;
  /** Runs a function with the widget's translations active. */
  localized<T>(fn: () => T): T;
  /** The profile and challenge the user sees; by default the group's advice profile and challenge. */
  subject?(): { profile?: ProfileId; challenge?: ChallengeId };
}

/**
 * The group's personal report in an element: printing the page gives the report instead of the
 * screens, and "Rapport downloaden" saves it as a file. Its code loads once there is something
 * to report (a result or a challenge).
 */
export class ReportPart implements ReactiveController, FramePart {
  private controller?: ReportController;
  private loading?: Promise<ReportController>;
  /** The report's code or texts did not load: 1, not tried again until the browser is back online or "Probeer opnieuw"; 2, the user asked for it and the message shows. */
  private failure: 0 | 1 | 2 = 0;
  /** A download in progress: repeated clicks wait for it instead of saving more files. */
  private downloading?: Promise<string | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    part: ReportPartSource,
  ) {
    host.addController(this);
    const { scan, content, footer, localized } = part;
    this.source = {
      store: () => scan.store,
      language: () => content.language,
      subject: part.subject ?? (() => ({ profile: scan.store.adviceProfile, challenge: scan.store.state.challenge })),
      contact: () => contactLine(footer.contact),
      prints: () => footer.shown,
      available: () => this.available,
      localized,
    };
    this.ready = () => content.loaded;
  }

  private readonly source: ReportSource;
  /** The element's content is there: the report may load. */
  private readonly ready: () => boolean;

  /** There is something to report: a result or a challenge. */
  private get available(): boolean {
    const store = this.source.store();
    return store.hasResult || !!store.state.challenge || !!this.source.subject().challenge;
  }

  private load(): Promise<ReportController> {
    return (this.loading ??= import('./report-controller.js').then(
      ({ ReportController }) => {
        this.controller = new ReportController(this.host, this.source);
        this.host.requestUpdate();
        return this.controller;
      },
      (error: unknown) => {
        this.loading = undefined; // forgotten, so the next attempt fetches again
        throw error;
      },
    ));
  }

  private fail(error: unknown, failure: 1 | 2): void {
    if (!this.failure) console.warn('informeel-leren: the report could not be loaded', error);
    this.failure = Math.max(this.failure, failure) as 1 | 2;
    addEventListener('online', this.retry, { once: true });
    this.host.requestUpdate();
  }

  /** Tries the report again ("Probeer opnieuw", or the browser is back online): the next update loads it. */
  readonly retry = (): void => {
    removeEventListener('online', this.retry);
    this.failure = 0;
    this.controller?.retry();
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (this.failure || !this.available || !this.ready()) return;
    if (!this.controller) this.loading ?? this.load().catch((error: unknown) => this.fail(error, 1));
    else if (this.controller.load.status === 'error') this.fail(this.controller.load.error, 1);
  }

  /**
   * Saves the report as a file; returns its name, or undefined when it could not be made (the
   * message says so) or one is being made already (repeated clicks save one file).
   */
  download(): Promise<string | undefined> {
    if (this.downloading) return this.downloading.then(() => undefined);
    return (this.downloading = this.load()
      .then((controller) => controller.download())
      .then(
        (filename) => ((this.failure = 0), filename),
        (error: unknown) => void this.fail(error, 2),
      )
      .finally(() => (this.downloading = undefined)));
  }

  /** Beside the report's buttons: the message when the report could not be made, with "Probeer opnieuw". */
  renderProblem(): TemplateResult | typeof nothing {
    return this.failure > 1
      ? html`<div class="notice error" role="alert" part="notice">
          <p>${msg('Het rapport kon niet geladen worden. Controleer je verbinding.', { id: 'report.load-failed' })}</p>
          <button type="button" part="button" @click=${this.retry}>${msg('Probeer opnieuw', { id: 'retry' })}</button>
        </div>`
      : nothing;
  }

  /** With a report to print, the printed page is the report, not the screens. */
  get screenClass(): string | undefined {
    return this.available && (!this.source.prints() || !!this.controller?.ready) ? 'print-replaced' : undefined;
  }

  pending(): Promise<unknown> | undefined {
    if (this.loading && !this.controller) return this.loading.catch(() => undefined);
    return this.controller?.load.status === 'pending' ? this.controller.load.settled : undefined;
  }

  renderAfter(): TemplateResult | typeof nothing {
    return this.controller?.renderPrint() ?? nothing;
  }
}
