import type { SectorGroup } from '@rebound/shared';
import type { BusinessProfile } from './business-profile.ts';

type Sector = BusinessProfile['sector'];

const groupBySector: Record<Sector, SectorGroup | null> = {
  general: null,
  healthcare: 'health',
  dental: 'health',
  legal: 'professional',
  financial: 'professional',
  hospitality: 'food_hospitality',
  retail: 'retail',
  trades: 'trades_repairs',
  automotive: 'trades_repairs',
  beauty: 'professional',
  fitness: 'professional',
  education: 'professional',
  electronics: 'retail',
  software: 'software',
};

/** The sector group a business belongs to; a general business is treated as a shop unless its profile says more. */
export function wordingGroupOf(profile: BusinessProfile): SectorGroup {
  return groupBySector[profile.sector] ?? 'retail';
}

// What a customer had with the business, after "your" ("your order"). Regulated fields get none: naming it would
// confirm that the reviewer is a patient or client.
const serviceNounBySector: Record<Sector, string> = {
  general: 'experience with us',
  healthcare: '',
  dental: '',
  legal: '',
  financial: '',
  hospitality: 'visit',
  retail: 'visit',
  trades: '',
  automotive: 'visit',
  beauty: 'appointment',
  fitness: 'time with us',
  education: 'course',
  electronics: 'purchase',
  software: 'time with the app',
};

/** "your order", "your stay", or null where naming the relationship would disclose it. */
export function yourThing(profile: BusinessProfile): string | null {
  if (profile.regulated) return null;
  const noun = profile.serviceNoun ?? serviceNounBySector[profile.sector];
  return noun ? `your ${noun}` : null;
}

// A business that puts guests up for the night, by its name or by what its customers have with it.
const LODGING_NAME =
  /(?<!\p{L})(?:hotel|motel|inn|lodge|resort|suites|b&b|bed and breakfast|hostel)(?!\p{L})/iu;

/** Whether the business lodges its guests: a hotel, an inn, a hostel, or a profile whose customers have a stay. */
export const isLodging = (profile: Pick<BusinessProfile, 'name' | 'serviceNoun'>): boolean =>
  LODGING_NAME.test(profile.name) || profile.serviceNoun === 'stay';
