import { eq } from 'drizzle-orm';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import type { Db } from '../../server/src/db/client.ts';
import { replyDrafts, reviews, sources } from '../../server/src/db/schema/index.ts';
import { FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION, type FakeGbp } from '../support/fake-gbp-server.ts';

export const APP_SECRET = 'posting-test-secret-0123456789abcdef';
export const GOOGLE_REVIEW_ID = 'AbFvOqPostingReview0001';
export const reviewName = `accounts/${FAKE_GBP_DEMO_ACCOUNT}/locations/${FAKE_GBP_DEMO_LOCATION}/reviews/${GOOGLE_REVIEW_ID}`;

/**
 * A Google source connected the way the sources screen stores it (ids in config, credentials sealed with the app
 * secret and bound to the row), one 1-star review on the fake, and an open draft for it.
 */
export async function addGoogleReview(db: Db, fake: FakeGbp, orgId: string, draftText: string) {
  fake.seed(FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION, [
    {
      reviewId: GOOGLE_REVIEW_ID,
      starRating: 'ONE',
      comment: 'The repair took three weeks and nobody called me back.',
      reviewer: { displayName: 'Sam Rivera' },
    },
  ]);
  const [source] = await db
    .insert(sources)
    .values({
      orgId,
      kind: 'google',
      name: 'Google Business Profile',
      config: {
        accountId: FAKE_GBP_DEMO_ACCOUNT,
        locationId: FAKE_GBP_DEMO_LOCATION,
        apiBaseUrl: fake.url,
        tokenUrl: fake.tokenUrl,
      },
      isPaused: true,
    })
    .returning({ id: sources.id });
  if (!source) throw new Error('no source');
  const box = createSecretBox(APP_SECRET);
  const secrets = {
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    refreshToken: fake.refreshToken,
  };
  await db
    .update(sources)
    .set({ secretsEnc: box.encrypt(JSON.stringify(secrets), `source:${orgId}:${source.id}`) })
    .where(eq(sources.id, source.id));
  const [review] = await db
    .insert(reviews)
    .values({
      orgId,
      sourceId: source.id,
      dedupeKey: `x:${GOOGLE_REVIEW_ID}`,
      externalId: GOOGLE_REVIEW_ID,
      author: 'Sam Rivera',
      rating: 1,
      text: 'The repair took three weeks and nobody called me back.',
      label: 'negative',
    })
    .returning({ id: reviews.id });
  if (!review) throw new Error('no review');
  const [draft] = await db
    .insert(replyDrafts)
    .values({ orgId, reviewId: review.id, text: draftText, origin: 'composer' })
    .returning({ id: replyDrafts.id });
  if (!draft) throw new Error('no draft');
  return { sourceId: source.id, reviewId: review.id, draftId: draft.id };
}

export const REPLY_TEXT =
  'Hi Sam, thank you for telling us, and I am sorry the repair took so long without a call from us. Marta will call you within 48 hours to put it right. — Marta, Spoke & Bean';
