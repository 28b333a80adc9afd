import { readFileSync } from 'node:fs';
import path from 'node:path';
import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from './load-sentiment-data.ts';

// Real reviews read at test time from the shared data folder; none of their text is copied into the repository.
const localDir = path.resolve(import.meta.dirname, '../../../shared/data/reviews_local');
type Rated = { rating: number; text: string; title?: string };

function loadLocal(file: 'negative.jsonl' | 'positive.jsonl'): Rated[] {
  return readFileSync(path.join(localDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const row = JSON.parse(line) as { rating: number; text: string };
      return { rating: row.rating, text: row.text };
    });
}

const electronics = (file: 'electronics_negative.review' | 'electronics_positive.review') =>
  loadMultiDomain(file).map((r) => ({ rating: r.rating, text: r.text, title: r.title }));

// Each test reads two thousand real reviews: on a loaded machine that takes well over the default minute.
describe('labels and stances on real reviews', () => {
  it('labels at least 99 % of 1–2 star reviews negative (local negatives and electronics negatives)', () => {
    const lowRated = [...loadLocal('negative.jsonl'), ...electronics('electronics_negative.review')].filter(
      (r) => r.rating <= 2,
    );
    expect(lowRated.length).toBeGreaterThan(1000);
    const negative = lowRated.filter((r) => triageReview(r).label === 'negative').length;
    expect(negative / lowRated.length).toBeGreaterThanOrEqual(0.99);
  }, 240_000);

  it('reads at most 2 % of 4–5 star reviews as mixed or unhappy (local positives and electronics positives)', () => {
    const highRated = [...loadLocal('positive.jsonl'), ...electronics('electronics_positive.review')].filter(
      (r) => r.rating >= 4,
    );
    expect(highRated.length).toBeGreaterThan(1000);
    const complaintLike = highRated.filter((r) => {
      const stance = triageReview(r).situation.stance;
      return stance === 'mixed' || stance === 'unhappy';
    }).length;
    expect(complaintLike / highRated.length).toBeLessThanOrEqual(0.02);
  }, 240_000);

  it('gives every 1–2 star review at least one complaint theme', () => {
    const lowRated = loadLocal('negative.jsonl');
    const withoutTheme = lowRated.filter(
      (r) => triageReview(r, { sectorGroup: 'food_hospitality' }).themes.length === 0,
    );
    expect(withoutTheme).toEqual([]);
  }, 240_000);
});
