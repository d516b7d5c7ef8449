import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../content/load.js';
import { echo } from './text.js';

const warned = new Set<string>();

/** The nearest `lang` at or above an element, crossing shadow roots; then <html lang>. */
function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's, else <html lang>,
 * else Dutch. Regional variants count ("fr-BE" → "fr"); anything else falls back to Dutch
 * with one console warning per value.
 */
export function resolveLanguage(element: Element): Language {
  const requested = nearestLang(element).trim().toLowerCase();
  if (!requested) return DEFAULT_LANGUAGE;
  const primary = requested.split(/[-_]/)[0];
  if (isLanguage(primary)) return primary;
  if (!warned.has(requested)) {
    warned.add(requested);
    console.warn(`informeel-leren: language "${echo(requested)}" is not available; showing Dutch (nl).`);
  }
  return DEFAULT_LANGUAGE;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever any `lang` attribute on the page changes; returns an unsubscribe function. */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
