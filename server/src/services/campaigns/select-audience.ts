import { and, eq, gte, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type CampaignAudience,
  type CampaignChannel,
  clients,
  feedbackRequests,
  recoveryCases,
  reviews,
  suppressions,
} from '../../db/schema/index.ts';

export type AudienceClient = {
  id: string;
  name: string;
  email: string;
  locationId: string | null;
  /** On the e-mail suppression list: still a candidate for a text when the campaign texts. */
  isEmailSuppressed: boolean;
};
export type ExclusionReason =
  | 'suppressed'
  | 'consentWithdrawn'
  | 'recentlyAsked'
  | 'openCase'
  | 'negativeReview';
export type Audience = {
  eligible: AudienceClient[];
  excluded: Record<ExclusionReason, number>;
  /** Rules that could not be applied, said plainly so nobody assumes they were. */
  notes: string[];
};

const dayMs = 86_400_000;
const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Who a campaign would ask right now. Whatever the audience mode, nobody suppressed, withdrawn, asked within
 * the frequency cap, with an open recovery case or with a negative review (matched by name, the only
 * identity reviews carry) is included: a hand-picked list cannot override compliance.
 */
export async function selectAudience(
  db: Db,
  orgId: string,
  audience: CampaignAudience,
  opts: { frequencyCapDays: number; now?: Date; excludeCampaignId?: string; channel?: CampaignChannel },
): Promise<Audience> {
  const now = opts.now ?? new Date();
  const conds = [eq(clients.orgId, orgId)];
  if (audience.mode === 'rules') {
    conds.push(gte(clients.lastServiceAt, new Date(now.getTime() - audience.servedWithinDays * dayMs)));
    for (const tag of audience.tags) conds.push(sql`${tag} = any(${clients.tags})`);
  } else {
    conds.push(inArray(clients.id, audience.clientIds));
  }
  const candidates = await db
    .select({
      id: clients.id,
      name: clients.name,
      email: clients.email,
      locationId: clients.locationId,
      consent: clients.consent,
    })
    .from(clients)
    .where(and(...conds))
    .orderBy(clients.email);

  const suppressed = new Set(
    (
      await db.select({ email: suppressions.email }).from(suppressions).where(eq(suppressions.orgId, orgId))
    ).map((r) => r.email),
  );
  const askedConds = [
    eq(feedbackRequests.orgId, orgId),
    gte(feedbackRequests.createdAt, new Date(now.getTime() - opts.frequencyCapDays * dayMs)),
    ne(feedbackRequests.status, 'cancelled'),
  ];
  if (opts.excludeCampaignId) askedConds.push(ne(feedbackRequests.campaignId, opts.excludeCampaignId));
  const recentlyAsked = new Set(
    (
      await db
        .select({ id: feedbackRequests.clientId })
        .from(feedbackRequests)
        .where(and(...askedConds))
    ).map((r) => r.id),
  );
  const withOpenCase = new Set(
    (
      await db
        .select({ id: recoveryCases.clientId })
        .from(recoveryCases)
        .where(
          and(
            eq(recoveryCases.orgId, orgId),
            isNotNull(recoveryCases.clientId),
            isNull(recoveryCases.closedAt),
          ),
        )
    ).map((r) => r.id),
  );
  const negativeAuthors = new Set(
    (
      await db
        .select({ author: reviews.author })
        .from(reviews)
        .where(and(eq(reviews.orgId, orgId), eq(reviews.label, 'negative'), isNotNull(reviews.author)))
    ).map((r) => nameKey(r.author ?? '')),
  );

  const excluded: Record<ExclusionReason, number> = {
    suppressed: 0,
    consentWithdrawn: 0,
    recentlyAsked: 0,
    openCase: 0,
    negativeReview: 0,
  };
  const eligible: AudienceClient[] = [];
  // The suppression list is about e-mail; a campaign that also texts skips it per channel at launch instead,
  // unless the unsubscribe also withdrew the client's consent (it does, unless they agreed again since).
  const isEmailOnly = (opts.channel ?? 'email') === 'email';
  for (const c of candidates) {
    const isEmailSuppressed = suppressed.has(c.email);
    const reason: ExclusionReason | null =
      isEmailSuppressed && (isEmailOnly || c.consent === 'withdrawn')
        ? 'suppressed'
        : c.consent === 'withdrawn'
          ? 'consentWithdrawn'
          : recentlyAsked.has(c.id)
            ? 'recentlyAsked'
            : withOpenCase.has(c.id)
              ? 'openCase'
              : c.name && negativeAuthors.has(nameKey(c.name))
                ? 'negativeReview'
                : null;
    if (reason) excluded[reason] += 1;
    else
      eligible.push({ id: c.id, name: c.name, email: c.email, locationId: c.locationId, isEmailSuppressed });
  }
  const notes = [
    'Negative reviews are matched to clients by name, since review sites do not share email addresses.',
  ];
  return { eligible, excluded, notes };
}
