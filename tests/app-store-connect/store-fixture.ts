import { eq } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client.ts';
import { replyDrafts, reviews, sources, users } from '../../server/src/db/schema/index.ts';
import { demoUsers } from '../../server/src/demo/load-demo.ts';
import { sealSourceSecrets } from '../../server/src/services/secrets/source-secrets.ts';
import { endpointOf } from '../../server/src/services/sources/source-config.ts';
import type { FakePlay } from '../google-play/fake-play-server.ts';
import { secretBox } from '../sources-polling/support.ts';
import type { FakeAsc } from './fake-asc-server.ts';

export type StoreFake =
  | { kind: 'app_store_connect'; fake: FakeAsc }
  | { kind: 'google_play'; fake: FakePlay };

/**
 * A store source saved the way the sources screen saves one: ids in config, the key sealed with the app secret,
 * bound to the row and to the API addresses it was entered for (here the local fake's).
 */
export async function addStoreSource(db: Db, orgId: string, store: StoreFake) {
  const config =
    store.kind === 'app_store_connect'
      ? {
          appId: store.fake.appId,
          issuerId: store.fake.issuerId,
          keyId: store.fake.keyId,
          apiBaseUrl: store.fake.url,
          tracksRemovals: true,
        }
      : {
          packageName: store.fake.packageName,
          apiBaseUrl: store.fake.url,
          tokenUrl: store.fake.tokenUrl,
          tracksRemovals: false,
        };
  const [source] = await db
    .insert(sources)
    .values({ orgId, kind: store.kind, name: `${store.kind} source`, config, isPaused: true })
    .returning({ id: sources.id });
  if (!source) throw new Error('no source');
  const key =
    store.kind === 'app_store_connect'
      ? { privateKey: store.fake.privateKey }
      : { serviceAccountJson: store.fake.serviceAccountJson };
  await db
    .update(sources)
    .set({
      secretsEnc: sealSourceSecrets(secretBox, orgId, source.id, { ...key, endpoint: endpointOf(config) }),
    })
    .where(eq(sources.id, source.id));
  return source.id;
}

/** A stored review of that source (as a poll would have left it) with an open draft. */
export async function addReviewWithDraft(
  db: Db,
  orgId: string,
  sourceId: string,
  externalId: string,
  draftText: string,
) {
  const [review] = await db
    .insert(reviews)
    .values({
      orgId,
      sourceId,
      dedupeKey: `store:${externalId}`,
      externalId,
      author: 'Jo',
      rating: 1,
      text: 'The app logs me out every time I open it.',
      label: 'negative',
    })
    .returning({ id: reviews.id });
  if (!review) throw new Error('no review');
  const [draft] = await db
    .insert(replyDrafts)
    .values({ orgId, reviewId: review.id, text: draftText, origin: 'composer' })
    .returning({ id: replyDrafts.id });
  if (!draft) throw new Error('no draft');
  return { reviewId: review.id, draftId: draft.id };
}

export async function demoOwnerId(db: Db): Promise<string> {
  const owner = demoUsers.find((u) => u.role === 'owner');
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, owner?.email ?? ''));
  if (!row) throw new Error('no demo owner');
  return row.id;
}
