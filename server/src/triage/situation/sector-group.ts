import type { SectorGroup } from '@rebound/shared';
import type { BusinessProfile } from '../../drafting/business-profile.ts';

type Sector = BusinessProfile['sector'];

// Salons, spas and gyms are grouped with health: their complaints are about treatments, hygiene and appointments,
// not about products that break or meals that arrive cold.
const groupBySector: Record<Sector, SectorGroup> = {
  general: 'retail',
  retail: 'retail',
  electronics: 'retail',
  hospitality: 'food_hospitality',
  trades: 'trades_repairs',
  automotive: 'trades_repairs',
  healthcare: 'health',
  dental: 'health',
  beauty: 'health',
  fitness: 'health',
  legal: 'professional',
  financial: 'professional',
  education: 'professional',
  software: 'software',
};

/** The sector group whose themes and wording fit a business of this sector. */
export function sectorGroupOf(sector: Sector): SectorGroup {
  return groupBySector[sector];
}

/** The group used when no business profile says otherwise. */
export const defaultSectorGroup: SectorGroup = 'retail';
