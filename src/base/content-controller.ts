import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetFailures, loadContent, type Language } from '../content/load.js';
import type { ContentParts } from '../content/types.js';
import { loadTemplates, type Templates, type TranslationScope } from '../localize/localize.js';
import { onLangChange, resolveLanguage } from './language.js';

export type LoadablePart = Exclude<keyof ContentParts, 'actions'>;
export type LoadStatus = 'pending' | 'complete' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[]): boolean =>
  !!a && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * A load that depends on the element's state: it runs after an update in which its arguments
 * changed (never in a loop after a failure), drops results that a newer load overtook, retries on
 * `retry()` and when the browser comes back online, and exposes its status to render and a
 * promise tests can await.
 */
export class LoadController<Args extends readonly unknown[], T> implements ReactiveController {
  private args?: Args;
  private run = 0;
  private currentStatus: LoadStatus = 'pending';
  private currentValue?: T;
  private currentError: unknown;
  /** Settles when the latest load has finished (or at once before the first load). */
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly load: (args: Args) => Promise<T>,
    private readonly getArgs: () => Args,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.retryFailed);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.retryFailed);
  }

  // Loads start after the render, so the pending state renders without a second update in the same frame.
  hostUpdated(): void {
    const args = this.getArgs();
    if (!sameArgs(this.args, args)) this.start(args);
  }

  private start(args: Args): void {
    this.args = args;
    const run = ++this.run;
    this.currentStatus = 'pending';
    queueMicrotask(() => this.host.requestUpdate());
    // A load that a newer one overtook settles with the newer one.
    this.current = this.load(args).then(
      (value) => {
        if (run !== this.run) return this.current;
        this.currentStatus = 'complete';
        this.currentValue = value;
        this.currentError = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (run !== this.run) return this.current;
        console.warn('informeel-leren: could not load', error);
        this.currentStatus = 'error';
        this.currentError = error;
        this.host.requestUpdate();
      },
    );
  }

  get status(): LoadStatus {
    return this.currentStatus;
  }

  get error(): unknown {
    return this.currentError;
  }

  /** The latest loaded value; while a newer load is pending (e.g. another language), the previous one. */
  get value(): T | undefined {
    return this.currentStatus === 'error' ? undefined : this.currentValue;
  }

  /** Settles when the current load has finished, whether it succeeded or not. */
  get settled(): Promise<void> {
    return this.current;
  }

  /** Loads again with the current arguments (the "Probeer opnieuw" button). */
  retry(): void {
    forgetFailures();
    this.start(this.getArgs());
  }

  private readonly retryFailed = (): void => {
    if (this.currentStatus === 'error') this.retry();
  };
}

/** What an element renders with: its language, that language's UI translations and content parts. */
export interface LoadedContent<P extends LoadablePart> {
  language: Language;
  templates: Templates;
  parts: Pick<ContentParts, P>;
}

/** What the base element needs to know of an element's content, whatever parts it loads. */
export interface ContentState {
  readonly language: Language;
  readonly status: LoadStatus;
  /** The UI translations of the loaded language; undefined for Dutch or before the first load. */
  readonly templates: Templates;
  /** True once content is there to render (possibly of the previous language while another loads). */
  readonly loaded: boolean;
  readonly settled: Promise<void>;
  retry(): void;
}

/**
 * The language an element speaks and the content it needs in that language. The language follows
 * the element's own `lang`, else the nearest ancestor's (across shadow roots), live; the UI
 * translations and the content parts of that language load together.
 */
export class ContentController<P extends LoadablePart> implements ReactiveController, ContentState {
  /** The language resolved at the last update. */
  language: Language = 'nl';
  private readonly loader: LoadController<[Language, TranslationScope], LoadedContent<P>>;
  private stopWatching?: () => void;

  /**
   * @param parts The content parts the element shows.
   * @param translations Which UI translations it needs now: a first screen's, or (the default) all.
   */
  constructor(
    private readonly host: Host,
    parts: readonly P[],
    translations: () => TranslationScope = () => 'all',
  ) {
    // Added before the load, so the language is resolved before the load looks at it.
    host.addController(this);
    this.loader = new LoadController(
      host,
      async ([language, scope]) => {
        const [templates, ...loaded] = await Promise.all([loadTemplates(language, scope), ...parts.map((part) => loadContent(language, part))]);
        return { language, templates, parts: Object.fromEntries(parts.map((part, i) => [part, loaded[i]])) as unknown as Pick<ContentParts, P> };
      },
      () => [this.language, translations()],
    );
  }

  hostConnected(): void {
    this.stopWatching = onLangChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  hostUpdate(): void {
    this.language = resolveLanguage(this.host);
  }

  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The loaded content, kept while another language loads; undefined before the first load or after a failure. */
  get value(): LoadedContent<P> | undefined {
    return this.loader.value;
  }

  get templates(): Templates {
    return this.loader.value?.templates;
  }

  get loaded(): boolean {
    return this.loader.value !== undefined;
  }

  /** The content parts; only call while rendering loaded content (the base renders nothing else). */
  get parts(): Pick<ContentParts, P> {
    const value = this.loader.value;
    if (!value) throw new Error('content is not loaded');
    return value.parts;
  }

  get settled(): Promise<void> {
    return this.loader.settled;
  }

  retry(): void {
    this.loader.retry();
  }
}
