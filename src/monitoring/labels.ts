/**
 * The names of the size classes and sectors, in the widget's language (call while rendering).
 */
import { msg } from '../localize/localize.js';
import type { SectorId, SizeId } from './choices.js';

export const sizeLabels = (): Record<SizeId, string> => ({
  '1-9': msg('1 tot 9 mensen', { id: 'monitoring.size.1-9' }),
  '10-49': msg('10 tot 49 mensen', { id: 'monitoring.size.10-49' }),
  '50-249': msg('50 tot 249 mensen', { id: 'monitoring.size.50-249' }),
  '250+': msg('250 mensen of meer', { id: 'monitoring.size.250' }),
});

export const sectorLabels = (): Record<SectorId, string> => ({
  industrie: msg('Industrie', { id: 'monitoring.sector.industrie' }),
  bouw: msg('Bouw', { id: 'monitoring.sector.bouw' }),
  handel: msg('Handel', { id: 'monitoring.sector.handel' }),
  'transport-logistiek': msg('Transport en logistiek', { id: 'monitoring.sector.transport-logistiek' }),
  horeca: msg('Horeca', { id: 'monitoring.sector.horeca' }),
  'ict-communicatie': msg('ICT en communicatie', { id: 'monitoring.sector.ict-communicatie' }),
  financien: msg('Financiële diensten', { id: 'monitoring.sector.financien' }),
  'zakelijke-diensten': msg('Zakelijke dienstverlening', { id: 'monitoring.sector.zakelijke-diensten' }),
  onderwijs: msg('Onderwijs', { id: 'monitoring.sector.onderwijs' }),
  'zorg-welzijn': msg('Zorg en welzijn', { id: 'monitoring.sector.zorg-welzijn' }),
  overheid: msg('Overheid', { id: 'monitoring.sector.overheid' }),
  'social-profit-cultuur': msg('Social profit en cultuur', { id: 'monitoring.sector.social-profit-cultuur' }),
  andere: msg('Andere sector', { id: 'monitoring.sector.andere' }),
});
