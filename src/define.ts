import { VERSION } from './version.js';

const VERSION_KEY = 'informeelLerenVersion';
const warned = new Set<string>();

/**
 * Registers an element class under a tag name, safely: when the name is taken (the script loaded
 * twice, or another version of it), it leaves the existing registration alone instead of throwing,
 * and warns once per other version. Returns whether this call registered it.
 *
 * Use it to register our classes under your own names when ours clash with others on your site:
 * `define('wewis-action-list', ActionList)`.
 */
export function define(tag: string, elementClass: CustomElementConstructor): boolean {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
  if (existing) {
    const other = existing[VERSION_KEY];
    // One warning per other version on the page, not one per tag it holds.
    if (existing !== elementClass && other !== VERSION && !warned.has(other ?? '')) {
      warned.add(other ?? '');
      console.warn(
        `informeel-leren: <${tag}> is already registered${other ? ` by version ${other}` : ' by another script'}; version ${VERSION} leaves it in place.`,
      );
    }
    return false;
  }
  // A class can be registered once; hosts that want a second name get a subclass.
  const alreadyUsed = customElements.getName?.(elementClass);
  const toRegister = alreadyUsed ? class extends (elementClass as unknown as typeof HTMLElement) {} : elementClass;
  Object.defineProperty(toRegister, VERSION_KEY, { value: VERSION });
  customElements.define(tag, toRegister as CustomElementConstructor);
  return true;
}
