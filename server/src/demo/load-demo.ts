import type { Role } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { locations, memberships, organizations, sources, users } from '../db/schema/index.ts';
import { demoBusinessProfile } from '../drafting/business-profile.ts';
import { hashPassword } from '../services/auth/password.ts';
import { createOrganizationWithOwner } from '../services/orgs/create-organization-with-owner.ts';

export const DEMO_SLUG = 'demo';

/** Sign-ins for the demo organization; the README lists them. */
export const demoUsers: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'owner@demo.rebound.example', name: 'Olivia Owner', role: 'owner', password: 'demo-owner-pass' },
  {
    email: 'manager@demo.rebound.example',
    name: 'Manny Manager',
    role: 'manager',
    password: 'demo-manager-pass',
  },
  {
    email: 'marketing@demo.rebound.example',
    name: 'Mara Marketing',
    role: 'marketing',
    password: 'demo-marketing-pass',
  },
  { email: 'admin@demo.rebound.example', name: 'Ada Admin', role: 'admin', password: 'demo-admin-pass' },
];

export const DEMO_SOURCE_PATH = '/demo-site/reviews';

/**
 * Load the demo business, its location, the bundled demo review source and one user per role.
 * Loading twice changes nothing. Through a setup link (the setup page's demo button) the link is spent in the
 * transaction that creates the demo organization, so the link works once and only on an empty database.
 */
export async function loadDemo(db: Db, opts: { baseUrl?: string; now?: Date; setupToken?: string } = {}) {
  const now = opts.now ?? new Date();
  const existing = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, DEMO_SLUG));
  let orgId = existing[0]?.id;
  const [owner, ...others] = demoUsers;
  if (!owner) throw new Error('demo users missing');
  if (!orgId || opts.setupToken !== undefined) {
    const created = await createOrganizationWithOwner(
      db,
      {
        orgName: demoBusinessProfile.name,
        orgSlug: DEMO_SLUG,
        postalAddress: '12 Harbour Lane, Portside PS1 2AB',
        ownerName: owner.name,
        ownerEmail: owner.email,
        ownerPassword: owner.password,
        settings: { profile: demoBusinessProfile },
      },
      { setupToken: opts.setupToken, now },
    );
    orgId = created.orgId;
  }
  for (const u of others) {
    let userId = (await db.select({ id: users.id }).from(users).where(eq(users.email, u.email)))[0]?.id;
    if (!userId) {
      const [row] = await db
        .insert(users)
        .values({ email: u.email, name: u.name, passwordHash: await hashPassword(u.password) })
        .returning({ id: users.id });
      userId = row?.id;
    }
    if (!userId) throw new Error('insert returned no row');
    const m = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    if (!m.length) await db.insert(memberships).values({ orgId, userId, role: u.role });
  }
  let locationId = (
    await db.select({ id: locations.id }).from(locations).where(eq(locations.orgId, orgId))
  )[0]?.id;
  if (!locationId) {
    const [loc] = await db
      .insert(locations)
      .values({
        orgId,
        name: 'Harbour Lane workshop',
        address: '12 Harbour Lane, Portside',
        timezone: 'Europe/London',
        reviewLinks: [
          { label: 'Google', url: 'https://g.page/r/demo-harbour-lane/review' },
          { label: 'Trustpilot', url: 'https://www.trustpilot.com/evaluate/demo.rebound.example' },
        ],
      })
      .returning({ id: locations.id });
    locationId = loc?.id;
  }
  const haveSource = await db
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.name, 'Demo review site')));
  if (!haveSource.length) {
    await db.insert(sources).values({
      orgId,
      locationId: locationId ?? null,
      kind: 'schema_org',
      name: 'Demo review site',
      url: `${DEMO_SOURCE_PATH}?since=${now.getTime()}`,
      config: { demo: true, tracksRemovals: true },
      intervalSeconds: 60,
      nextPollAt: now,
    });
  }
  return { orgId, users: demoUsers };
}
