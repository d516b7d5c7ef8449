/**
 * The self-declared size classes and sectors a submission may hold, in the collector's order
 * (collector/src/choices.ts; test/monitoring.test.ts checks the two lists are the same).
 */

/** Size classes (number of people). */
export const SIZE_IDS = ['1-9', '10-49', '50-249', '250+'] as const;
export type SizeId = (typeof SIZE_IDS)[number];

/** Sectors. */
export const SECTOR_IDS = [
  'industrie',
  'bouw',
  'handel',
  'transport-logistiek',
  'horeca',
  'ict-communicatie',
  'financien',
  'zakelijke-diensten',
  'onderwijs',
  'zorg-welzijn',
  'overheid',
  'social-profit-cultuur',
  'andere',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];
