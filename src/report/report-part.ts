import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContentState } from '../base/content-controller.js';
import type { FramePart } from '../base/frame-part.js';
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
      contact: () => footer.contact,
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
    this.loading ??= import('./report-controller.js').then(({ ReportController }) => {
      this.controller = new ReportController(this.host, this.source);
      this.host.requestUpdate();
      return this.controller;
    });
    return this.loading;
  }

  hostUpdated(): void {
    if (!this.controller && this.available && this.ready()) void this.load();
  }

  /** Saves the report as a file; returns its name. */
  async download(): Promise<string | undefined> {
    return (await this.load()).download();
  }

  /** With a report to print, the printed page is the report, not the screens. */
  get screenClass(): string | undefined {
    return this.available && (!this.source.prints() || !!this.controller?.ready) ? 'print-replaced' : undefined;
  }

  pending(): Promise<unknown> | undefined {
    if (this.loading && !this.controller) return this.loading;
    return this.controller?.load.status === 'pending' ? this.controller.load.settled : undefined;
  }

  renderAfter(): TemplateResult | typeof nothing {
    return this.controller?.renderPrint() ?? nothing;
  }
}
