import type { BusinessProfile } from '../../drafting/business-profile.ts';
import {
  sectorGroupOf,
  type ThemeTaxonomy,
  type TriageOptions,
  themeTaxonomyFor,
} from '../../triage/index.ts';

/**
 * The triage options for a business: its sector decides which themes and incidents fit. Ingest and the
 * drafting worker both use this, so a draft is written from the same reading the review was stored with.
 */
export function triageOptionsFor(profile?: BusinessProfile, taxonomy?: ThemeTaxonomy): TriageOptions {
  const sectorGroup = profile ? sectorGroupOf(profile.sector) : undefined;
  return {
    taxonomy: taxonomy ?? (sectorGroup ? themeTaxonomyFor(sectorGroup, profile?.themeExtensions) : undefined),
    sectorGroup,
  };
}
