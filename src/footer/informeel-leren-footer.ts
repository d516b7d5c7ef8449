import { saveFile } from '../base/save-file.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ContentController } from '../base/content-controller.js';
import { StoreController } from '../base/store-controller.js';
import { reflectedText } from '../base/text.js';
import { contactLine } from './contact.js';
import { baseStyles } from '../base/styles.js';
import { inLocale, msg, str } from '../localize/localize.js';
import { footerStyles } from './footer.styles.js';

/**
 * Only a plain e-mail address becomes a mail link: one with "?", "&" or "%" could add hidden
 * recipients or text to the visitor's mail, so it is shown as text.
 */
/** The largest file an import reads: an export is a few kilobytes, even with a long history. */
const IMPORT_MAX = 1024 * 1024;
const isPlainAddress = (contact: string): boolean => /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(contact);

/**
 * The origin of a `monitoring` URL that turns monitoring on (http or https, no credentials), as
 * src/monitoring/collector-url.ts reads it; checked here without that module, so the footer's code
 * needs nothing more. The result view warns about an invalid one.
 */
function collectorOrigin(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Detail of the `informeel-leren-clear` event. */
export interface ClearDetail {
  group: string;
  /** How many saved entries were erased from this browser. */
  removed: number;
}

/**
 * "Wat gebeurt er met mijn gegevens?" (with "Wis mijn antwoorden"), "Over dit instrument" and the
 * partner's contact line. The step elements show it once per group; it can also stand alone.
 *
 * @summary Privacy, about and contact, once per group.
 * @tagname informeel-leren-footer
 *
 * @attr group - The group whose answers "Wis mijn antwoorden" erases. Default "default".
 * @attr contact - Contact line of the embedding partner, e.g. an e-mail address.
 *
 * @fires informeel-leren-clear - The user erased all saved answers. `detail: { group, removed }`.
 *
 * @csspart privacy - The privacy disclosure.
 * @csspart about - The about disclosure.
 * @csspart button - Every button.
 */
export class InformeelLerenFooter extends LitElement {
  static override styles = [baseStyles, footerStyles];

  static override properties = {
    group: reflectedText,
    contact: { type: String },
    confirming: { state: true },
    erased: { state: true },
    importing: { state: true },
    importProblem: { state: true },
    imported: { state: true },
  };

  group: string | null | undefined = 'default';
  contact: string | null | undefined = '';

  private readonly scan = new StoreController(this);
  private readonly content = new ContentController(this, ['texts']);
  /** "Wis mijn antwoorden" was pressed and waits for "Ja, wis alles". */
  private confirming = false;
  /** How many entries the last erase removed, announced once. */
  private erased?: number;
  /** A checked import file waiting for "Ja, importeer". */
  private importing?: Extract<import('./transfer.js').ImportCheck, { ok: true }>;
  private importProblem?: string;
  /** The last import was done. */
  private imported = false;

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.content.settled;
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult | typeof nothing {
    const value = this.content.value;
    if (!value) return nothing;
    const { privacy, about, translationNote } = value.parts.texts;
    const contact = contactLine(this.contact);
    return inLocale(
      value.templates,
      () => html`<details part="privacy">
          <summary>${privacy.title}</summary>
          ${this.privacyParagraphs(privacy.paragraphs).map((p) => html`<p>${p}</p>`)} ${this.renderTransfer()} ${this.renderErase()}
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
              ${isPlainAddress(contact) ? html`<a href="mailto:${contact}">${contact}</a>` : contact}
            </p>`
          : nothing}`,
    );
  }

  /**
   * The privacy text; with monitoring on in this group, its second paragraph ("sends nothing to a
   * server") names the collector that an agreed result goes to instead.
   */
  private privacyParagraphs(paragraphs: readonly string[]): readonly string[] {
    const origin = this.scan.peers.map((peer) => collectorOrigin((peer as { monitoring?: unknown }).monitoring)).find(Boolean);
    if (!origin) return paragraphs;
    const sending = msg(
      str`Alleen als je ervoor kiest, gaan je antwoorden anoniem naar ${origin}, voor de monitoring van informeel leren in Vlaanderen: zonder naam, zonder vrije tekst en zonder iets dat twee inzendingen of een persoon met elkaar verbindt. Verder stuurt de scan niets naar een server. Hij gebruikt geen cookies, volgt je niet en je hebt geen account nodig.`,
      { id: 'monitoring.privacy' },
    );
    return paragraphs.map((p, i) => (i === 1 ? sending : p));
  }

  /** Export everything to a file, and import such a file (another browser, an archive). */
  private renderTransfer(): TemplateResult {
    const pending = this.importing;
    return html`<div class="transfer">
      <div class="actions">
        <button type="button" part="button" @click=${this.exportAll}>${msg('Alles exporteren (bestand)', { id: 'transfer.export' })}</button>
        <label class="file">
          <span>${msg('Importeren uit een bestand', { id: 'transfer.import' })}</span>
          <input type="file" accept="application/json,.json" @change=${this.readImport} />
        </label>
      </div>
      ${this.importProblem ? html`<p role="alert" class="error">${this.importProblem}</p>` : nothing}
      ${pending
        ? html`<div class="confirm" role="group" aria-labelledby="import-question">
            <p id="import-question">
              ${msg(
                str`Wat dit bestand toevoegt: eerdere resultaten ${pending.summary.history}, resultaten van collega’s ${pending.summary.team}, acties op het plan ${pending.summary.plan}.`,
                { id: 'transfer.summary' },
              )}
              ${pending.summary.hasAnswers && !pending.summary.answersDiffer ? msg('En je antwoorden.', { id: 'transfer.answers' }) : ''}
            </p>
            ${pending.summary.answersDiffer
              ? html`<label class="check"><input type="checkbox" id="replace-answers" />
                  ${msg('Vervang ook mijn huidige antwoorden door die uit het bestand', { id: 'transfer.replace' })}</label>`
              : nothing}
            <div class="actions">
              <button type="button" class="primary" part="button" @click=${this.confirmImport}>${msg('Ja, importeer', { id: 'transfer.yes' })}</button>
              <button type="button" part="button" @click=${() => (this.importing = undefined)}>${msg('Annuleren', { id: 'clear.cancel' })}</button>
            </div>
          </div>`
        : nothing}
      <p role="status">${this.imported ? msg('Geïmporteerd.', { id: 'transfer.done' }) : ''}</p>
    </div>`;
  }

  private async exportAll(): Promise<void> {
    const { buildExport } = await import('./transfer.js');
    const value = this.content.value;
    const filename = inLocale(value?.templates, () => `${msg('informeel-leren-export', { id: 'transfer.filename' })}-${new Date().toISOString().slice(0, 10)}.json`);
    saveFile(this.renderRoot, buildExport(this.scan.store), 'application/json', filename);
  }

  private async readImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    this.imported = false;
    this.importing = undefined;
    this.importProblem = undefined;
    if (!file) return;
    // A file far larger than any export is not one: it is refused unread, with the same message.
    const [{ checkImport }, text] = await Promise.all([import('./transfer.js'), file.size > IMPORT_MAX ? '' : file.text()]);
    const check = checkImport(text, this.scan.store.state);
    input.value = '';
    if (check.ok) this.importing = check;
    else {
      this.importProblem = inLocale(this.content.value?.templates, () =>
        msg('Dit bestand kan niet geïmporteerd worden: het is geen export van deze scan, of het werd gewijzigd of beschadigd. Er is niets veranderd.', {
          id: 'transfer.rejected',
        }),
      );
    }
  }

  private async confirmImport(): Promise<void> {
    const pending = this.importing;
    if (!pending) return;
    const replace = this.renderRoot.querySelector<HTMLInputElement>('#replace-answers')?.checked ?? false;
    const { mergeImport } = await import('./transfer.js');
    this.scan.store.update(mergeImport(this.scan.store.state, pending.imported, replace));
    this.importing = undefined;
    this.imported = true;
  }

  private renderErase(): TemplateResult {
    if (this.confirming) {
      return html`<div role="group" aria-labelledby="clear-question">
        <p id="clear-question">${msg('Al je antwoorden en keuzes in deze browser wissen?', { id: 'clear.confirm' })}</p>
        <div class="actions">
          <button type="button" class="primary" part="button" @click=${this.erase}>${msg('Ja, wis alles', { id: 'clear.yes' })}</button>
          <button type="button" part="button" @click=${() => (this.confirming = false)}>${msg('Annuleren', { id: 'clear.cancel' })}</button>
        </div>
      </div>`;
    }
    return html`<button type="button" part="button" @click=${() => ((this.confirming = true), (this.erased = undefined))}>
        ${msg('Wis mijn antwoorden', { id: 'clear' })}
      </button>
      <p role="status">
        ${this.erased === undefined
          ? ''
          : this.erased
            ? msg(str`Gewist: alles wat de scan in deze browser bewaarde (${this.erased}).`, { id: 'clear.done' })
            : msg('Er was niets bewaard om te wissen.', { id: 'clear.nothing' })}
      </p>`;
  }

  private erase(): void {
    this.confirming = false;
    const removed = this.scan.store.clear();
    this.erased = removed;
    this.dispatchEvent(
      new CustomEvent<ClearDetail>('informeel-leren-clear', {
        detail: { group: this.scan.group, removed },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
