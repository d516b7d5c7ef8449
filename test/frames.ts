/** For tests that look into pages in frames (the built bundle as a host loads it): waiting, and finding things across shadow roots. */

/** Polls `get` (it may be async) every 20 ms until it gives something, for at most `timeout` ms. */
export async function until<T>(get: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string, timeout = 6000): Promise<T> {
  for (let waited = 0; waited <= timeout; waited += 20) {
    const value = await get();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Everything matching `selector` in `root` and in every open shadow root inside it. */
export function deepAll<E extends Element = HTMLElement>(root: ParentNode, selector: string, out: E[] = []): E[] {
  out.push(...root.querySelectorAll<E>(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, selector, out);
  return out;
}

/** The button (in any shadow root) whose visible text is `label`. */
export const buttonIn = (root: ParentNode, label: string): HTMLButtonElement | undefined =>
  deepAll<HTMLButtonElement>(root, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
