import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyDrafts, reviews, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { listInbox } from '../../server/src/services/reviews/list-inbox.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

describe.each(engines)('inbox order on %s', (engine) => {
  let database: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
  });
  afterAll(() => database?.drop());

  it('puts escalated reviews first, then the lowest rating, then the longest wait since publication', async () => {
    const [source] = await database.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.orgId, orgId));
    const add = async (author: string, rating: number, published: Date, isEscalated = false) => {
      const [r] = await database.db
        .insert(reviews)
        .values({
          orgId,
          sourceId: source?.id ?? '',
          dedupeKey: `x:${author}`,
          author,
          rating,
          text: `Review by ${author}`,
          label: rating <= 2 ? 'negative' : 'mixed',
          isEscalated,
          publishedAt: published,
        })
        .returning({ id: reviews.id });
      await database.db
        .insert(replyDrafts)
        .values({ orgId, reviewId: r?.id ?? '', text: 'Sorry.', origin: 'composer' });
    };
    // Inserted newest first, so first-seen order would be the reverse of the right one.
    await add('two-stars-old', 2, daysAgo(30));
    await add('one-star-new', 1, daysAgo(1));
    await add('one-star-old', 1, daysAgo(20));
    await add('escalated-three-stars', 3, daysAgo(2), true);
    const order = (await listInbox(database.db, orgId)).map((i) => i.author);
    expect(order).toEqual(['escalated-three-stars', 'one-star-old', 'one-star-new', 'two-stars-old']);
  });
});
