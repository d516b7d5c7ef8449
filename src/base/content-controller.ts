import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { forgetFailures, loadContent, type Language } from '../content/load.js';
import type { ContentParts } from '../content/types.js';
import { loadTemplates, type Templates } from '../localize/localize.js';
import { onLangChange, resolveLanguage } from './language.js';

export type LoadablePart = Exclude<keyof ContentParts, 'actions'>;
export type LoadStatus = 'pending' | 'complete' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

const statusOf = (task: Task<readonly unknown[], unknown>): LoadStatus =>
  task.status === TaskStatus.ERROR ? 'error' : task.status === TaskStatus.COMPLETE ? 'complete' : 'pending';

/**
 * A load that depends on the element's state, as Lit's Task: it runs again only when its
 * arguments change (never in a loop after a failure), drops results that a newer load
 * overtook, retries on `retry()` and when the browser comes back online, and exposes its
 * status to render and a promise tests can await.
 */
export class LoadController<Args extends readonly unknown[], T> implements ReactiveController {
  private readonly task: Task<Args, T>;
  private lastValue?: T;

  constructor(
    host: Host,
    load: (args: Args) => Promise<T>,
    args: () => Args,
  ) {
    host.addController(this);
    this.task = new Task<Args, T>(host, {
      task: async (taskArgs) => {
        const value = await load(taskArgs);
        this.lastValue = value;
        return value;
      },
      args,
      onError: (error) => console.warn('informeel-leren: could not load', error),
      // Start loads after the render, so the pending state renders without a second update in the same frame.
      autoRun: 'afterUpdate',
    });
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.retryFailed);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.retryFailed);
  }

  get status(): LoadStatus {
    return statusOf(this.task);
  }

  get error(): unknown {
    return this.task.error;
  }

  /** The latest loaded value; while a newer load is pending (e.g. another language), the previous one. */
  get value(): T | undefined {
    return this.task.status === TaskStatus.ERROR ? undefined : (this.task.value ?? this.lastValue);
  }

  /** Settles when the current load has finished, whether it succeeded or not. */
  get settled(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Loads again with the current arguments (the "Probeer opnieuw" button). */
  retry(): void {
    forgetFailures();
    void this.task.run();
  }

  private readonly retryFailed = (): void => {
    if (this.task.status === TaskStatus.ERROR) this.retry();
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
  private readonly loader: LoadController<[Language], LoadedContent<P>>;
  private stopWatching?: () => void;

  constructor(
    private readonly host: Host,
    parts: readonly P[],
  ) {
    // Added before the load, so the language is resolved before the load looks at it.
    host.addController(this);
    this.loader = new LoadController(
      host,
      async ([language]) => {
        const [templates, ...loaded] = await Promise.all([loadTemplates(language), ...parts.map((part) => loadContent(language, part))]);
        return { language, templates, parts: Object.fromEntries(parts.map((part, i) => [part, loaded[i]])) as unknown as Pick<ContentParts, P> };
      },
      () => [this.language],
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
