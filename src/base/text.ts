/** A string attribute or property as set by any host: null, undefined or another type count as empty. */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * Lit options of a string property that reflects to its attribute. Hosts and frameworks may set
 * any value: one that is no text (a Symbol, an object) is reflected as no attribute, never thrown on.
 */
export const reflectedText = {
  reflect: true,
  // Read as Lit reads any string attribute; an empty value is reflected as no attribute.
  converter: { toAttribute: (value: unknown) => text(value) || null },
} as const;

/** A host's value as quoted in a console warning: at most 60 characters, so a huge attribute is not echoed whole. */
export const echo = (value: string): string => value.slice(0, 60);
