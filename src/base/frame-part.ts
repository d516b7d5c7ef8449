import type { nothing, TemplateResult } from 'lit';

/**
 * A controller that takes part in an element's frame (see `WidgetElement`): the notices, the
 * footer, the report. Each element lists the parts it uses in `frame`.
 */
export interface FramePart {
  /** The element's first content waits while this is true, so it appears in one piece. */
  readonly holdsFirstContent?: boolean;
  /** A class the element's screen gets (e.g. when the printed page is the report). */
  readonly screenClass?: string;
  /** What `updateComplete` still waits for (a load in progress), or undefined. */
  pending(): Promise<unknown> | undefined;
  /** What `updateComplete` waits for last, once nothing is pending (e.g. a child element's own update). */
  settleLast?(): Promise<unknown> | undefined;
  /** Rendered after the element's screen. */
  renderAfter?(): TemplateResult | typeof nothing;
}

/** A load's status and the promise that settles with it, as `LoadController` has them. */
export interface Load {
  readonly status: 'pending' | 'complete' | 'error';
  readonly settled: Promise<void>;
}

/** The promise to wait for while `load` is in progress. */
export const pendingOf = (load: Load): Promise<void> | undefined => (load.status === 'pending' ? load.settled : undefined);
