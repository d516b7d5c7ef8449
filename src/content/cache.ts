/** Imports a content module (a JSON file, or its part in the CDN build). */
export type Loader = () => Promise<{ default: unknown }>;

const cache = new Map<string, Promise<unknown>>();
const failed = new Set<string>();

/**
 * Runs `load` once per key and shares its promise. A failed load (e.g. offline) stays failed for
 * everyone who asks, so nothing retries in a loop, until `forgetFailures()` (a retry the user asked
 * for, or the browser coming back online).
 */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    pending.catch(() => failed.add(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Lets failed loads be tried again. */
export function forgetFailures(): void {
  for (const key of failed) cache.delete(key);
  failed.clear();
}

/** A content module's data, fetched at most once. */
export const cached = <T>(key: string, load: Loader) => loadOnce(key, () => load().then((module) => module.default as T));

