/** Imports a content module (a JSON file, or its part in the CDN build). */
export type Loader = () => Promise<{ default: unknown }>;

const cache = new Map<string, Promise<unknown>>();

/** Runs `load` once per key and shares its promise; a failed fetch (e.g. offline) may be retried later. */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** A content module's data, fetched at most once. */
export const cached = <T>(key: string, load: Loader) => loadOnce(key, () => load().then((module) => module.default as T));

