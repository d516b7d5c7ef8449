import type { CSSResult } from 'lit';

/**
 * Adds styles to an element's shadow root, once, after its own: for code that arrives after the
 * element's first render (the result, the report). Constructed sheets, so strict CSP holds.
 */
export function adoptStyles(host: Element, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (!sheet || !root || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
