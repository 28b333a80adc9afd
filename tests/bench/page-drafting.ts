/**
 * `npx tsx tests/bench/page-drafting.ts [count]`: milliseconds per review to triage and draft reviews as a business's
 * page receives them, each draft checked against the business's latest replies (up to 40) for shared wording, as the
 * ingest queue drafts them. The first `count` negative and happy reviews of each set are drafted on one page per trade.
 */
import { composeDraft, RECENT_REPLIES } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { loadProfile, loadSet } from '../drafting/sample-drafts.ts';

type Review = ReturnType<typeof loadSet>[number];

/**
 * Drafts each review on its trade's page, with that page's latest replies as the recent replies: milliseconds per
 * review by the clock, and of this process's own CPU time (steadier on a machine others are using).
 */
function draftPages(reviews: readonly Review[]): { wall: number; cpu: number } {
  const pages = new Map<string, string[]>();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const r of reviews) {
    const profile = loadProfile(r.kind);
    const page = pages.get(r.kind) ?? [];
    pages.set(r.kind, page);
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    const recent = page.slice(-RECENT_REPLIES);
    page.push(composeDraft(r, triage, profile, { recent }).text);
  }
  const used = process.cpuUsage(cpu);
  return {
    wall: (performance.now() - started) / reviews.length,
    cpu: (used.user + used.system) / 1000 / reviews.length,
  };
}

export async function run(count = 150): Promise<Record<string, number>> {
  const negative = [
    ...loadSet('negative', { keepUnknownKind: true }).slice(0, count),
    ...loadSet('electronics-negative')
      .filter((r) => r.rating <= 2)
      .slice(0, count),
  ];
  const happy = [
    ...loadSet('positive', { keepUnknownKind: true }).slice(0, count),
    ...loadSet('electronics-positive')
      .filter((r) => r.rating >= 4)
      .slice(0, count),
  ];
  // One review drafted first, so the first figure does not carry the loading of the modules.
  draftPages(negative.slice(0, 1));
  const negativeMs = draftPages(negative);
  const happyMs = draftPages(happy);
  return {
    page_draft_negative_ms_per_review: negativeMs.wall,
    page_draft_negative_cpu_ms_per_review: negativeMs.cpu,
    page_draft_happy_ms_per_review: happyMs.wall,
    page_draft_happy_cpu_ms_per_review: happyMs.cpu,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await run(Number(process.argv[2] ?? 150));
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(40)} ${v.toFixed(2)}\n`);
}
