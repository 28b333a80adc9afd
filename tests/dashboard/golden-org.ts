import type { ReviewLabel } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client.ts';
import { locations, replies, reviews, reviewVersions, sources } from '../../server/src/db/schema/index.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';

export type GoldenOrg = {
  orgId: string;
  ownerId: string;
  locA: string;
  locB: string;
  srcA: string;
  srcB: string;
};

/** An organization with two locations, each with one source, for hand-checked rollup arithmetic. */
export async function createGoldenOrg(db: Db, slug: string): Promise<GoldenOrg> {
  const { orgId, userId } = await createOrganizationWithOwner(db, {
    orgName: `Golden ${slug}`,
    orgSlug: slug,
    postalAddress: '1 Test Street',
    ownerName: 'Gail Golden',
    ownerEmail: `owner@${slug}.example`,
    ownerPassword: 'golden-owner-pass',
  });
  const [a, b] = await db
    .insert(locations)
    .values([
      { orgId, name: 'North Street' },
      { orgId, name: 'South Street' },
    ])
    .returning({ id: locations.id });
  if (!a || !b) throw new Error('locations not created');
  const [sa, sb] = await db
    .insert(sources)
    .values([
      { orgId, locationId: a.id, kind: 'csv', name: 'North reviews' },
      { orgId, locationId: b.id, kind: 'feed', name: 'South reviews' },
    ])
    .returning({ id: sources.id });
  if (!sa || !sb) throw new Error('sources not created');
  return { orgId, ownerId: userId, locA: a.id, locB: b.id, srcA: sa.id, srcB: sb.id };
}

let counter = 0;

/** A review row written directly, so label, themes and dates are exactly what the test says. */
export async function addReview(
  db: Db,
  org: GoldenOrg,
  r: {
    at: string;
    rating: number | null;
    label: ReviewLabel;
    loc?: 'A' | 'B';
    themes?: string[];
    removed?: boolean;
    text?: string;
    escalated?: boolean;
  },
): Promise<string> {
  counter += 1;
  const isB = r.loc === 'B';
  const [row] = await db
    .insert(reviews)
    .values({
      orgId: org.orgId,
      sourceId: isB ? org.srcB : org.srcA,
      locationId: isB ? org.locB : org.locA,
      dedupeKey: `g:${counter}`,
      author: `Reviewer ${counter}`,
      rating: r.rating,
      text: r.text ?? `Review number ${counter}`,
      label: r.label,
      themes: r.themes ?? [],
      isEscalated: r.escalated ?? false,
      status: r.removed ? 'removed' : 'active',
      publishedAt: new Date(r.at),
      firstSeenAt: new Date(r.at),
    })
    .returning({ id: reviews.id });
  if (!row) throw new Error('review not inserted');
  return row.id;
}

/** An approved reply at a given time (the approval is what the rollups time). */
export async function addReply(db: Db, org: GoldenOrg, reviewId: string, approvedAt: string): Promise<void> {
  await db.insert(replies).values({
    orgId: org.orgId,
    reviewId,
    draftId: crypto.randomUUID(),
    text: 'Thank you for telling us.',
    state: 'posted',
    approvedBy: org.ownerId,
    approvedAt: new Date(approvedAt),
  });
}

/** The reviewer edits the review at `at`: the old rating is kept as a version, as ingest does. */
export async function editRating(
  db: Db,
  org: GoldenOrg,
  reviewId: string,
  rating: number,
  at: string,
): Promise<void> {
  const [old] = await db
    .select({ rating: reviews.rating, text: reviews.text, version: reviews.version })
    .from(reviews)
    .where(and(eq(reviews.orgId, org.orgId), eq(reviews.id, reviewId)));
  if (!old) throw new Error('review missing');
  await db.insert(reviewVersions).values({
    orgId: org.orgId,
    reviewId,
    version: old.version,
    rating: old.rating,
    text: old.text,
    capturedAt: new Date(at),
  });
  await db
    .update(reviews)
    .set({ rating, version: old.version + 1 })
    .where(and(eq(reviews.orgId, org.orgId), eq(reviews.id, reviewId)));
}
