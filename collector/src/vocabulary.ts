/**
 * The ids a submission may hold. Statements, profiles and units are read from the instrument
 * (content/instrument.json) and the languages from the widget's own locale list, so the collector
 * never keeps a copy that could drift; size classes and sectors are the collector's own lists (choices.ts).
 */
import { readFileSync } from 'node:fs';

import { allLocales } from '../../src/generated/locale-codes.ts';
import { SECTOR_IDS, SIZE_IDS } from './choices.ts';

interface InstrumentIds {
  statements: string[];
  profiles: string[];
  units: string[];
}

const instrumentFile = new URL('../../content/instrument.json', import.meta.url);
const instrument = JSON.parse(readFileSync(instrumentFile, 'utf8')) as InstrumentIds;

/** The 20 statement ids, in the order the `answers` column stores them. */
export const STATEMENTS: readonly string[] = Object.freeze([...instrument.statements]);

/** The five profile ids. */
export const PROFILES: readonly string[] = Object.freeze([...instrument.profiles]);

/** The units a scan can be about. */
export const UNITS: readonly string[] = Object.freeze([...instrument.units]);

/** The widget's languages. */
export const LANGUAGES: readonly string[] = Object.freeze([...allLocales]);

/** Self-declared size classes (number of people). */
export const SIZES: readonly string[] = Object.freeze([...SIZE_IDS]);

/** Self-declared sectors. */
export const SECTORS: readonly string[] = Object.freeze([...SECTOR_IDS]);

/** Partner ids: short, lower case, no free text. */
export const PARTNER_PATTERN = '^[a-z0-9][a-z0-9-]{0,31}$';

/** Scoring key versions, e.g. "1" or "1.2". */
export const KEY_PATTERN = '^[a-z0-9][a-z0-9.-]{0,15}$';

/** A random (version 4) UUID in lower case. */
export const UUID_V4_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';

if (STATEMENTS.length !== 20 || PROFILES.length === 0 || UNITS.length === 0) {
  throw new Error(`${instrumentFile.pathname} does not hold the 20 statements, the profiles and the units`);
}
