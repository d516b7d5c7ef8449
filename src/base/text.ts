/** A string attribute or property as set by any host: null, undefined or another type count as empty. */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
