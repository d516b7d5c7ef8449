/**
 * The self-declared choices a submission may hold beside the answers: size class and sector.
 * No I/O here, so both the collector and its dashboard page read the same lists.
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
