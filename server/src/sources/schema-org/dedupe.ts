import type { AggregateRating, NormalizedReview } from '@rebound/shared';

function squash(value: string | null): string {
  return (value ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function reviewKey(review: NormalizedReview): string {
  const text = squash(review.text).slice(0, 400);
  const tail = text === '' ? `${review.ratingOriginal}|${squash(review.title)}|${review.publishedAt}` : '';
  return `${squash(review.author)}|${text}|${tail}`;
}

/**
 * One page often carries the same review twice (JSON-LD for search engines, microdata in the
 * markup). Keep the first copy and fill its gaps from later ones.
 */
export function dedupeReviews(reviews: NormalizedReview[]): NormalizedReview[] {
  const byKey = new Map<string, NormalizedReview>();
  for (const review of reviews) {
    const key = reviewKey(review);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...review });
      continue;
    }
    for (const field of Object.keys(kept) as (keyof NormalizedReview)[]) {
      if (kept[field] === null && review[field] !== null) Object.assign(kept, { [field]: review[field] });
    }
  }
  return [...byKey.values()];
}

export function dedupeAggregates(aggregates: AggregateRating[]): AggregateRating[] {
  const byKey = new Map<string, AggregateRating>();
  for (const aggregate of aggregates) {
    const key = [
      squash(aggregate.itemName),
      aggregate.ratingValue,
      aggregate.ratingCount,
      aggregate.reviewCount,
    ].join('|');
    if (!byKey.has(key)) byKey.set(key, aggregate);
  }
  return [...byKey.values()];
}
