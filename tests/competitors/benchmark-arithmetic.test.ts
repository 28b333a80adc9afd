import { describe, expect, it } from 'vitest';
import {
  competitorPoints,
  ourPoints,
  weekBuckets,
} from '../../server/src/services/competitors/benchmark-series.ts';
import { competitorTarget } from '../../server/src/services/competitors/competitor-target.ts';
import { extractPlaceRatings, placeDetailsUrl } from '../../server/src/sources/google-places.ts';

describe('benchmark arithmetic', () => {
  it('cuts a period into seven-day buckets, the last one short', () => {
    expect(weekBuckets('2026-03-01', '2026-03-16')).toEqual([
      { start: '2026-03-01', end: '2026-03-07' },
      { start: '2026-03-08', end: '2026-03-14' },
      { start: '2026-03-15', end: '2026-03-16' },
    ]);
  });

  it('draws our rating as the average of every rating so far, and volume as the week’s reviews', () => {
    const buckets = weekBuckets('2026-03-01', '2026-03-14');
    // Before the period: 10 ratings summing 40 (4.0). Week 1: 2 reviews, 5 + 1 → 46 / 12 = 3.83.
    // Week 2: 1 review of 5 → 51 / 13 = 3.92.
    const days = [
      { day: '2026-03-02', reviews: 1, ratingSum: 5, ratingCount: 1 },
      { day: '2026-03-06', reviews: 1, ratingSum: 1, ratingCount: 1 },
      { day: '2026-03-09', reviews: 1, ratingSum: 5, ratingCount: 1 },
    ];
    expect(ourPoints({ ratingSum: 40, ratingCount: 10 }, days, buckets)).toEqual([
      { start: '2026-03-01', rating: 3.83, volume: 2 },
      { start: '2026-03-08', rating: 3.92, volume: 1 },
    ]);
  });

  it('draws a competitor’s rating as last read and volume as the growth of its rating count', () => {
    const buckets = weekBuckets('2026-03-01', '2026-03-21');
    const snapshots = [
      { day: '2026-02-27', rating: 4.1, ratingCount: 100 },
      { day: '2026-03-05', rating: 4.2, ratingCount: 110 },
      // No snapshot in the second week: the rating carries over, and 0 new ratings are counted.
      { day: '2026-03-20', rating: 4.0, ratingCount: 130 },
    ];
    // Week 1: 110 − 100 = 10. Week 2: 110 − 110 = 0. Week 3: 130 − 110 = 20.
    expect(competitorPoints(snapshots, [], buckets)).toEqual([
      { start: '2026-03-01', rating: 4.2, volume: 10 },
      { start: '2026-03-08', rating: 4.2, volume: 0 },
      { start: '2026-03-15', rating: 4, volume: 20 },
    ]);
  });

  it('counts the reviews read per week when the platform states no rating count', () => {
    const buckets = weekBuckets('2026-03-01', '2026-03-14');
    const snapshots = [{ day: '2026-03-03', rating: 3.5, ratingCount: null }];
    const published = ['2026-03-01', '2026-03-07', '2026-03-08', '2026-02-20'];
    expect(competitorPoints(snapshots, published, buckets)).toEqual([
      { start: '2026-03-01', rating: 3.5, volume: 2 },
      { start: '2026-03-08', rating: 3.5, volume: 1 },
    ]);
  });
});

describe('Places API (New) place details', () => {
  it('reads rating, userRatingCount and the reviews in their original words', () => {
    const body = JSON.stringify({
      rating: 4.4,
      userRatingCount: 1873,
      reviews: [
        {
          name: 'places/ChIJabc/reviews/r1',
          rating: 2,
          text: { text: 'Translated words', languageCode: 'en' },
          originalText: { text: 'Le service était lent.', languageCode: 'fr' },
          authorAttribution: { displayName: 'A. Reviewer', uri: 'https://www.google.com/maps/contrib/1' },
          publishTime: '2026-02-11T09:30:00.123456789Z',
          googleMapsUri: 'https://www.google.com/maps/reviews/r1',
        },
      ],
    });
    const read = extractPlaceRatings(body);
    expect(read.rating).toBe(4.4);
    expect(read.ratingCount).toBe(1873);
    expect(read.reviews).toHaveLength(1);
    expect(read.reviews[0]).toMatchObject({
      externalId: 'places/ChIJabc/reviews/r1',
      author: 'A. Reviewer',
      rating: 2,
      text: 'Le service était lent.',
      language: 'fr',
      url: 'https://www.google.com/maps/reviews/r1',
    });
    expect(read.reviews[0]?.publishedAt?.slice(0, 19)).toBe('2026-02-11T09:30:00');
  });

  it('reads a place with no reviews yet, and refuses an answer that is not JSON', () => {
    expect(extractPlaceRatings('{}')).toEqual({ rating: null, ratingCount: null, reviews: [] });
    expect(() => extractPlaceRatings('<html>')).toThrow(/not valid JSON/);
  });
});

describe('where each kind of competitor is read', () => {
  const base = { locationId: '00000000-0000-4000-8000-000000000001', name: 'Rival' };
  it('reads a Google Play app from its listing, an App Store app from its feed, and a place from the Places API', () => {
    expect(competitorTarget({ ...base, kind: 'google_play', playId: 'com.example.rival' })).toEqual({
      url: 'https://play.google.com/store/apps/details?id=com.example.rival&hl=en',
      config: { playId: 'com.example.rival' },
    });
    expect(competitorTarget({ ...base, kind: 'apple_json', appId: '1321994487', country: 'GB' }).url).toBe(
      'https://itunes.apple.com/gb/rss/customerreviews/id=1321994487/sortBy=mostRecent/json',
    );
    expect(competitorTarget({ ...base, kind: 'google_places', placeId: 'ChIJ-abc_123456' })).toEqual({
      url: null,
      config: { placeId: 'ChIJ-abc_123456' },
    });
    expect(placeDetailsUrl('ChIJ-abc_123456')).toBe(
      'https://places.googleapis.com/v1/places/ChIJ-abc_123456',
    );
  });
});
