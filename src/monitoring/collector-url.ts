/**
 * The `monitoring` and `monitoring-partner` attributes, read: a collector's base URL (http or
 * https) and the partner's short id. Small, so the result view and the footer can check them
 * without loading the opt-in itself.
 */

/** The partner id pattern of the collector's contract. */
const PARTNER = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** Values warned about, so a page that renders often says it once. */
const warned = new Set<string>();

function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/**
 * The collector's base URL from the `monitoring` attribute; undefined when the attribute is absent
 * or empty, or (with one console warning) not an http(s) URL. Query and fragment are dropped and the
 * path ends in "/", so `v1/submissions` resolves below it.
 */
export function collectorBase(raw: unknown): URL | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    warnOnce(`informeel-leren: monitoring="${raw}" is not a URL; monitoring stays off`);
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    warnOnce(`informeel-leren: monitoring="${raw}" is not an http(s) address without credentials; monitoring stays off`);
    return undefined;
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The partner id from `monitoring-partner`; undefined when absent or (with one warning) not a valid id, which is then left out. */
export function partnerId(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const id = raw.trim();
  if (PARTNER.test(id)) return id;
  warnOnce(`informeel-leren: monitoring-partner="${raw}" is not a partner id (a-z, 0-9 and "-", at most 32); it is left out`);
  return undefined;
}

/** What an element with monitoring attributes exposes (profile-scan's `monitoring` and `monitoringPartner`). */
export interface MonitoringHost {
  monitoring?: string | null;
  monitoringPartner?: string | null;
}
