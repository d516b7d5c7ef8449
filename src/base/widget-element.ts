import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { loadContent, type Language } from '../content/load.js';
import type { ContentParts, Texts } from '../content/types.js';
import { inLocale, loadTemplates, msg } from '../localize/localize.js';
import { storeFor, type ScanStore, type StoreProblem } from '../state/store.js';
import { onLangChange, resolveLanguage } from './language.js';
import { baseStyles } from './styles.js';

type LoadablePart = Exclude<keyof ContentParts, 'actions'>;
type Templates = Awaited<ReturnType<typeof loadTemplates>>;

/** Detail of the `informeel-leren-clear` event. */
export interface ClearDetail {
  group: string;
}

/**
 * Plumbing shared by the three elements: the shared scan state, the language and its lazily
 * loaded content, focus moves between steps, events, and the privacy/about footer.
 */
export abstract class WidgetElement extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    group: { type: String, reflect: true },
    contact: { type: String },
    lang: { type: String, reflect: true },
    language: { state: true },
    ready: { state: true },
    confirmingClear: { state: true },
  };

  /** Elements with the same group share one scan (answers, unit, challenge). Default: "default". */
  group = 'default';
  /** Contact line set by the embedding partner, e.g. an e-mail address; shown in the footer. */
  contact = '';

  /** The resolved language the widget speaks. */
  protected language: Language = 'nl';
  /** True once the content parts of the current language are loaded. */
  protected ready = false;
  protected store!: ScanStore;
  protected content: Partial<ContentParts> = {};
  private templates: Templates;
  private stopLangWatch?: () => void;
  private loadToken = 0;
  private readonly onStoreChange = () => {
    this.stateChanged();
    this.requestUpdate();
  };

  /** Which step of the flow the element is (1 scan, 2 challenges, 3 actions); used to hand focus on. */
  static step = 0;

  /** Which parts of the content the element needs to render. */
  protected abstract readonly contentParts: readonly LoadablePart[];

  /** Renders the element; runs with the widget's translations active. */
  protected abstract renderWidget(): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    this.attachStore();
    this.stopLangWatch = onLangChange(() => this.updateLanguage());
    this.updateLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.removeEventListener('change', this.onStoreChange);
    this.stopLangWatch?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('group') && this.isConnected) this.attachStore();
    if (changed.has('lang') && this.isConnected) this.updateLanguage();
  }

  private attachStore(): void {
    const group = this.group?.trim() || 'default';
    if (storeFor(group) === this.store) return;
    this.store?.removeEventListener('change', this.onStoreChange);
    this.store = storeFor(group);
    this.store.addEventListener('change', this.onStoreChange);
  }

  private updateLanguage(): void {
    const language = resolveLanguage(this);
    if (language === this.language && (this.ready || this.loadToken)) return;
    this.language = language;
    const token = ++this.loadToken;
    Promise.all([loadTemplates(language), ...this.contentParts.map((part) => loadContent(language, part))])
      .then(([templates, ...parts]) => {
        if (token !== this.loadToken) return; // a newer language won
        this.templates = templates;
        this.content = Object.fromEntries(this.contentParts.map((part, i) => [part, parts[i]]));
        this.ready = true;
        this.contentLoaded();
        this.requestUpdate();
      })
      .catch((error: unknown) => {
        if (token !== this.loadToken) return;
        console.warn('informeel-leren: content could not be loaded', error);
        this.loadFailed = true;
        this.requestUpdate();
      });
  }

  private loadFailed = false;
  private confirmingClear = false;

  /** Hook for subclasses: the shared state changed (here or in another element). */
  protected stateChanged(): void {}

  /** Hook for subclasses that load more once the base content is there. */
  protected contentLoaded(): void {}

  protected get texts(): Texts {
    return this.content.texts!;
  }

  /** Runs a function with this widget's translations active (for text built outside render). */
  protected localized<T>(fn: () => T): T {
    return inLocale(this.templates, fn);
  }

  protected override render(): TemplateResult {
    return this.localized(() => {
      if (this.loadFailed) {
        return html`<p class="notice error" role="alert">
          ${msg('De scan kon niet geladen worden. Controleer je verbinding en laad de pagina opnieuw.', { id: 'load-failed' })}
        </p>`;
      }
      if (!this.ready) {
        return html`<p class="loading muted" aria-busy="true">${msg('Even geduld…', { id: 'loading' })}</p>`;
      }
      try {
        return this.renderWidget();
      } catch (error) {
        // A render error must never leave a blank widget behind.
        console.error('informeel-leren:', error);
        return html`<p class="notice error" role="alert">
          ${msg('Er ging iets mis bij het tonen van de scan. Je antwoorden blijven bewaard.', { id: 'render-failed' })}
        </p>`;
      }
    });
  }

  /** Fires a bubbling, composed event that crosses shadow roots to the host page. */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Moves focus to the heading of the current step, once it is rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-step-heading]');
    heading?.focus();
  }

  /**
   * Hands the user on to another step of the flow on the same page (same group), whatever tag
   * name it was registered under: scrolls it into view and focuses its heading.
   * Returns false when that step is not on the page.
   */
  protected goToStep(step: number): boolean {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = [...root.querySelectorAll('*')].find(
      (el): el is WidgetElement =>
        el instanceof WidgetElement &&
        (el.constructor as typeof WidgetElement).step === step &&
        (el.group || 'default') === (this.group || 'default'),
    );
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    target.focusHeading();
    return true;
  }

  /** Messages for saved or shared data that could not be used. */
  protected renderProblems(): TemplateResult | typeof nothing {
    const messages: Record<StoreProblem, string> = {
      'storage-unavailable': msg('Je antwoorden kunnen in deze browser niet bewaard worden; ze blijven alleen tijdens dit bezoek.', {
        id: 'problem.storage-unavailable',
      }),
      'storage-corrupt': msg('Een deel van je bewaarde antwoorden was onleesbaar. We hebben behouden wat nog bruikbaar was.', {
        id: 'problem.storage-corrupt',
      }),
      'storage-old-version': msg('Je antwoorden kwamen uit een oudere versie van de scan. We hebben overgenomen wat nog past.', {
        id: 'problem.storage-old-version',
      }),
      'share-invalid': msg('De gedeelde link is ongeldig of onvolledig. Je eigen antwoorden blijven behouden.', {
        id: 'problem.share-invalid',
      }),
    };
    const problems = [...this.store.problems];
    if (!problems.length) return nothing;
    return html`<div class="notice error" role="status" part="notice">
      ${problems.map((p) => html`<p>${messages[p]}</p>`)}
    </div>`;
  }

  /** Banner shown while a shared result is open. */
  protected renderSharedBanner(): TemplateResult | typeof nothing {
    if (!this.store.state.shared) return nothing;
    return html`<div class="notice" part="notice">
      <p>
        ${msg('Je bekijkt een gedeeld resultaat. Je eigen antwoorden blijven bewaard; pas je iets aan, dan wordt dit je eigen resultaat.', {
          id: 'shared.banner',
        })}
      </p>
      <button type="button" class="link" @click=${() => this.store.leaveShared()}>
        ${msg('Toon mijn eigen antwoorden', { id: 'shared.leave' })}
      </button>
    </div>`;
  }

  /** "Wat gebeurt er met mijn gegevens?", erase, about and the partner's contact line. */
  protected renderFooter(): TemplateResult {
    const { privacy, about, translationNote } = this.texts;
    const contact = this.contact.trim();
    return html`<div class="footer" part="footer">
      <details part="privacy">
        <summary>${privacy.title}</summary>
        ${privacy.paragraphs.map((p) => html`<p>${p}</p>`)}
        ${this.confirmingClear
          ? html`<div role="group" aria-labelledby="clear-question">
              <p id="clear-question">${msg('Al je antwoorden en keuzes in deze browser wissen?', { id: 'clear.confirm' })}</p>
              <div class="actions">
                <button type="button" class="primary" @click=${this.clearAnswers}>${msg('Ja, wis alles', { id: 'clear.yes' })}</button>
                <button type="button" @click=${() => (this.confirmingClear = false)}>${msg('Annuleren', { id: 'clear.cancel' })}</button>
              </div>
            </div>`
          : html`<button type="button" @click=${() => (this.confirmingClear = true)}>${msg('Wis mijn antwoorden', { id: 'clear' })}</button>`}
      </details>
      <details part="about">
        <summary>${about.title}</summary>
        ${about.paragraphs.map((p) => html`<p>${p}</p>`)}
        <p>${translationNote}</p>
        <p class="muted"><cite>${about.citation}</cite></p>
      </details>
      ${contact
        ? html`<p>
            ${msg('Vragen of feedback?', { id: 'contact' })}
            ${/^[^\s@]+@[^\s@]+$/.test(contact) ? html`<a href="mailto:${contact}">${contact}</a>` : contact}
          </p>`
        : nothing}
    </div>`;
  }

  private clearAnswers(): void {
    this.confirmingClear = false;
    this.store.clear();
    this.emit<ClearDetail>('informeel-leren-clear', { group: this.group || 'default' });
  }
}
