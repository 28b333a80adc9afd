import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import {
  type BusinessProfile,
  businessProfileSchema,
  demoBusinessProfile,
} from '../../drafting/business-profile.ts';

/** The business profile the composer writes for; an org that has not filled one in gets sensible defaults under its own name. */
export async function getBusinessProfile(db: Db, orgId: string): Promise<BusinessProfile> {
  const [org] = await db
    .select({ name: organizations.name, settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const parsed = businessProfileSchema.safeParse(org?.settings.profile);
  if (parsed.success) return parsed.data;
  return { ...demoBusinessProfile, name: org?.name ?? 'our team' };
}
