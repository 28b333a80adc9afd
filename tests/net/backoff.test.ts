import { computeBackoffMs, parseRetryAfter } from '@rebound/server/net/backoff';
import { describe, expect, it } from 'vitest';

describe('computeBackoffMs', () => {
  const opts = { baseMs: 1_000, maxMs: 60_000 };

  it('doubles the ceiling with each consecutive failure until maxMs', () => {
    const top = (attempt: number) => computeBackoffMs(attempt, { ...opts, random: () => 1 });
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(top)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(top(10_000)).toBe(60_000);
  });

  it('spreads delays over [0, ceiling] with full jitter', () => {
    expect(computeBackoffMs(4, { ...opts, random: () => 0 })).toBe(0);
    expect(computeBackoffMs(4, { ...opts, random: () => 0.25 })).toBe(2_000);
    const samples = new Set(Array.from({ length: 50 }, () => computeBackoffMs(6, opts)));
    expect(samples.size).toBeGreaterThan(10);
    for (const sample of samples) {
      expect(sample).toBeGreaterThanOrEqual(0);
      expect(sample).toBeLessThanOrEqual(32_000);
    }
  });

  it('never waits less than Retry-After, even when jitter draws zero', () => {
    expect(computeBackoffMs(1, { ...opts, random: () => 0, retryAfterMs: 120_000 })).toBe(120_000);
    expect(computeBackoffMs(6, { ...opts, random: () => 1, retryAfterMs: 5_000 })).toBe(32_000);
  });

  it('caps an absurd Retry-After at a week', () => {
    const tenYears = 10 * 365 * 24 * 3_600_000;
    expect(computeBackoffMs(1, { ...opts, retryAfterMs: tenYears })).toBe(7 * 24 * 3_600_000);
  });

  it('treats attempt 0, negatives and NaN as the first failure', () => {
    for (const attempt of [0, -3, Number.NaN]) {
      expect(computeBackoffMs(attempt, { ...opts, random: () => 1 })).toBe(1_000);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, and a past date as zero', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('returns null for missing or unreadable values', () => {
    for (const value of [null, '', 'soon', '-5', '1.5', 'Thu, 99 Foo 2026']) {
      expect(parseRetryAfter(value, now)).toBeNull();
    }
  });
});
