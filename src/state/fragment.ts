/**
 * Our one parameter in the URL fragment, read, added and removed without touching the rest of it:
 * the fragment belongs to the host page (anchors, hash routers such as `#/route?x=1`).
 * Pure string functions on the fragment without its leading "#".
 */

const pattern = (name: string) => new RegExp(`(^|[?&])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=([^&]*)`);

/** The value of `name` in the fragment, or null when it is not there. */
export function readParam(fragment: string, name: string): string | null {
  const match = pattern(name).exec(fragment);
  if (!match) return null;
  try {
    return decodeURIComponent(match[2]);
  } catch {
    return match[2];
  }
}

/** The fragment without `name`. */
export function withoutParam(fragment: string, name: string): string {
  const match = pattern(name).exec(fragment);
  if (!match) return fragment;
  const [whole, separator] = match;
  const before = fragment.slice(0, match.index);
  const after = fragment.slice(match.index + whole.length); // "" or "&…"
  if (separator === '&') return before + after;
  if (separator === '?') return after ? `${before}?${after.slice(1)}` : before;
  return after.slice(1);
}

/** The fragment with `name` set to `value`: after the host's own parameters or route. */
export function withParam(fragment: string, name: string, value: string): string {
  const rest = withoutParam(fragment, name);
  const pair = `${name}=${encodeURIComponent(value)}`;
  if (!rest) return pair;
  // A hash route ("/page", "!/page") takes parameters after "?"; anything else after "&".
  const separator = /^!?\//.test(rest) && !rest.includes('?') ? '?' : rest.endsWith('?') || rest.endsWith('&') ? '' : '&';
  return `${rest}${separator}${pair}`;
}
