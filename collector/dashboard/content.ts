/**
 * The instrument's own words for the page: the 20 statements and the five profile names, verbatim
 * from content/<lang>/. The build (collector/scripts/build-dashboard.js) turns each language into
 * a small module of its own, so the page loads only the language it shows.
 */
import instrument from 'dashboard-content:instrument';

import type { Language } from './texts.ts';

/** The statements and profile names in one language. */
export interface InstrumentTexts {
  statements: Record<string, string>;
  profiles: Record<string, string>;
}

/** Statement ids in the instrument's order. */
export const STATEMENT_IDS: readonly string[] = instrument.statements;

/** Profile ids in the instrument's order. */
export const PROFILE_IDS: readonly string[] = instrument.profiles;

/** Loads the statements and profile names of one language. */
export async function loadInstrumentTexts(language: Language): Promise<InstrumentTexts> {
  // Three literal imports, so the bundler gives each language its own file.
  switch (language) {
    case 'fr':
      return (await import('dashboard-content:fr')).default;
    case 'en':
      return (await import('dashboard-content:en')).default;
    default:
      return (await import('dashboard-content:nl')).default;
  }
}
