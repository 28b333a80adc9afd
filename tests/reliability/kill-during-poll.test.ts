import { and, count, countDistinct, eq, lte, or, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import {
  alerts,
  pollRuns,
  recoveryCases,
  replyDrafts,
  reviewEffects,
  reviews,
  sources,
} from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { engines } from '../support/db.ts';
import { freePort, prepareDatabase, spawnServer, startReviewSite } from './support.ts';

// Several ingest batches (500 each), so a kill soon after the first commit lands while later batches are still
// being read, even on a busy machine.
const REVIEWS = 2550;
const NEGATIVE = REVIEWS / 2; // ratings 1 and 2 in the generated page

async function waitFor<T>(read: () => Promise<T>, isDone: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function storedCount(db: Database['db'], orgId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(reviews).where(eq(reviews.orgId, orgId));
  return row?.n ?? 0;
}

describe.each(engines)('kill -9 during polling on %s', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  it('a server killed mid-poll loses nothing and doubles nothing once another process takes the source over: every stored negative review ends with one draft, one case and one alert', async () => {
    const site = await startReviewSite(REVIEWS);
    cleanups.push(() => site.close());
    const database = await prepareDatabase(engine);
    cleanups.push(() => database.drop());
    const setup = await database.open();
    const { orgId } = await loadDemo(setup.db);
    await setup.db
      .update(sources)
      .set({ url: site.url, nextPollAt: new Date() })
      .where(eq(sources.orgId, orgId));
    await setup.close();
    const env = {
      ...database.env,
      WORKERS_ENABLED: 'true',
      POLL_CRON: '* * * * * *',
      FETCH_ALLOW_LIST: '127.0.0.1/32',
    };

    const first = await spawnServer({ ...env, PORT: String(await freePort()) });
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    await site.requested();
    site.release();
    if (engine === 'postgres') {
      // Kill as soon as the first batch is committed, while the rest is being written.
      const probe = await database.open();
      const seen = await waitFor(
        () => storedCount(probe.db, orgId),
        (n) => n > 0,
        30_000,
      );
      await probe.close();
      expect(seen).toBeGreaterThan(0);
    } else {
      // PGlite allows one process at a time: kill a moment into the ingest instead.
      await new Promise((r) => setTimeout(r, 800));
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    // The dead process's claim runs out (its lease ends; we move that moment to now), then another process polls.
    const between = await database.open();
    const partial = await storedCount(between.db, orgId);
    expect(partial).toBeLessThan(REVIEWS);
    const [claim] = await between.db
      .select({ owner: sources.leaseOwner })
      .from(sources)
      .where(eq(sources.orgId, orgId));
    expect(claim?.owner).toBeTruthy();
    await between.db
      .update(sources)
      .set({ leaseExpiresAt: sql`now() - interval '1 second'`, nextPollAt: sql`now()` })
      .where(eq(sources.orgId, orgId));
    await between.close();

    const second = await spawnServer({ ...env, PORT: String(await freePort()) });
    cleanups.push(async () => void second.child.kill('SIGKILL'));
    const metrics = async () => (await fetch(`${second.url}/metrics`)).text();
    const text = await waitFor(
      () => metrics().catch((e: Error) => `${e.message}\n${second.output().slice(-3000)}`),
      (t) => /rebound_polls_total\{outcome="ok"\} [1-9]/.test(t),
      180_000,
    );
    expect(text).toMatch(/rebound_polls_total\{outcome="ok"\} [1-9]/);
    // The effects of every stored review (the dead process's included) were queued with it; wait until the
    // restarted process has carried out the urgent ones: cases, alerts and the drafts of negative reviews
    // (priorities 0 and 1). Drafts of the other reviews may still be queued; they are not at stake here.
    const urgentPending = /rebound_review_effects_pending\{[^}]*priority="[01]"\} [1-9]/;
    const settled = await waitFor(
      () => metrics().catch((e: Error) => `${e.message}\n${second.output().slice(-3000)}`),
      (t) => /# TYPE rebound_review_effects_pending/.test(t) && !urgentPending.test(t),
      300_000,
    );
    expect(settled).toMatch(/# TYPE rebound_review_effects_pending/);
    expect(settled).not.toMatch(urgentPending);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const after = await database.open();
    try {
      const [stored] = await after.db
        .select({ n: count(), keys: countDistinct(reviews.dedupeKey) })
        .from(reviews)
        .where(eq(reviews.orgId, orgId));
      expect(stored).toEqual({ n: REVIEWS, keys: REVIEWS });
      const drafts = await after.db
        .select({ reviewId: replyDrafts.reviewId, n: count() })
        .from(replyDrafts)
        .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
        .where(and(eq(replyDrafts.orgId, orgId), lte(reviews.rating, 2)))
        .groupBy(replyDrafts.reviewId);
      expect(drafts).toHaveLength(NEGATIVE);
      expect(drafts.every((d) => d.n === 1)).toBe(true);
      // Every stored negative review, the ones committed before the kill included, has one case and one alert.
      const urgent = await after.db
        .select({ id: reviews.id })
        .from(reviews)
        .where(
          and(eq(reviews.orgId, orgId), or(eq(reviews.label, 'negative'), eq(reviews.isEscalated, true))),
        );
      expect(urgent.length).toBeGreaterThanOrEqual(NEGATIVE);
      const perReview = async (table: typeof alerts | typeof recoveryCases) =>
        new Map(
          (
            await after.db
              .select({ reviewId: table.reviewId, n: count() })
              .from(table)
              .where(eq(table.orgId, orgId))
              .groupBy(table.reviewId)
          ).map((r) => [r.reviewId, r.n]),
        );
      const alertsOf = await perReview(alerts);
      const casesOf = await perReview(recoveryCases);
      const missing = urgent.filter((r) => alertsOf.get(r.id) !== 1 || casesOf.get(r.id) !== 1);
      expect(missing).toEqual([]);
      expect([...alertsOf.values()].reduce((a, b) => a + b, 0)).toBe(urgent.length);
      expect([...casesOf.values()].reduce((a, b) => a + b, 0)).toBe(urgent.length);
      const [left] = await after.db
        .select({ n: count() })
        .from(reviewEffects)
        .where(and(eq(reviewEffects.orgId, orgId), lte(reviewEffects.priority, 1)));
      expect(left?.n).toBe(0);
      // The killed process's run is closed by the next one with a note; only the new run counts the reviews.
      const runs = await after.db
        .select({ created: pollRuns.created, error: pollRuns.error, finishedAt: pollRuns.finishedAt })
        .from(pollRuns)
        .where(eq(pollRuns.orgId, orgId))
        .orderBy(pollRuns.startedAt);
      expect(runs[0]?.error ?? 'left open').not.toBeNull();
      expect(runs[1]).toMatchObject({ created: REVIEWS - partial, error: null });
      expect(runs[1]?.finishedAt).toBeInstanceOf(Date);
      // While the effects were being carried out the source came due again: those polls found nothing new.
      expect(runs.slice(2).map((r) => r.created)).toEqual(runs.slice(2).map(() => 0));
    } finally {
      await after.close();
    }
  }, 600_000);
});
