import {
  cleanText,
  detectLanguage,
  normalizeRating,
  reviewFingerprint,
  toIsoDate,
} from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';
import { readData } from './data.ts';

describe('normalizeRating', () => {
  it('reads numbers, numeric strings, decimal commas and "x out of y" text', () => {
    expect(normalizeRating(4)).toEqual({ rating: 4, ratingOriginal: 4, ratingScale: { worst: 1, best: 5 } });
    expect(normalizeRating('4,5').rating).toBe(4.5);
    expect(normalizeRating('4.5 out of 5').rating).toBe(4.5);
    expect(normalizeRating('3/5').rating).toBe(3);
    expect(normalizeRating('8 / 10')).toEqual({
      rating: 4.11,
      ratingOriginal: 8,
      ratingScale: { worst: 1, best: 10 },
    });
    expect(normalizeRating('★★★★☆').rating).toBe(4);
    expect(normalizeRating('4 stars').rating).toBe(4);
  });

  it('maps any published scale linearly onto 1–5', () => {
    expect(normalizeRating(0, 0, 10).rating).toBe(1);
    expect(normalizeRating(10, 0, 10).rating).toBe(5);
    expect(normalizeRating(50, 0, 100).rating).toBe(3);
    expect(normalizeRating('100', '1', '100').rating).toBe(5);
  });

  it('gives no normalised rating for values outside their scale, missing or non-numeric input', () => {
    expect(normalizeRating(7)).toEqual({
      rating: null,
      ratingOriginal: 7,
      ratingScale: { worst: 1, best: 5 },
    });
    expect(normalizeRating('great').rating).toBeNull();
    expect(normalizeRating(undefined)).toEqual({ rating: null, ratingOriginal: null, ratingScale: null });
    expect(normalizeRating(3, 5, 1).rating).toBeNull();
  });
});

describe('toIsoDate', () => {
  it('keeps offsets, treats zone-less times as UTC unless a zone is given, and reads free-form dates', () => {
    expect(toIsoDate('2020-08-12T04:06:20-07:00')).toBe('2020-08-12T11:06:20.000Z');
    expect(toIsoDate('2006-05-04')).toBe('2006-05-04T00:00:00.000Z');
    expect(toIsoDate('2016-08-29 00:41:13')).toBe('2016-08-29T00:41:13.000Z');
    expect(toIsoDate('2016-08-29 00:41:13', { timeZone: 'America/Los_Angeles' })).toBe(
      '2016-08-29T07:41:13.000Z',
    );
    expect(toIsoDate('April 1, 2011')).toBe('2011-04-01T00:00:00.000Z');
    expect(toIsoDate('Tue, 02 Jan 2024 10:00:00 GMT')).toBe('2024-01-02T10:00:00.000Z');
    expect(toIsoDate('2020年8月12日')).toBe('2020-08-12T00:00:00.000Z');
    expect(toIsoDate('31.12.2023')).toBe('2023-12-31T00:00:00.000Z');
    expect(toIsoDate('03/04/2024')).toBe('2024-03-04T00:00:00.000Z');
    expect(toIsoDate('03/04/2024', { dateOrder: 'dmy' })).toBe('2024-04-03T00:00:00.000Z');
  });

  it('returns null for missing, impossible or unreadable dates', () => {
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate('2023-02-30')).toBeNull();
    expect(toIsoDate('yesterday-ish')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('returns ISO 639-1 codes for common languages', () => {
    expect(detectLanguage('The food was cold and the waiter ignored us for most of the evening.')).toBe('en');
    expect(detectLanguage('Le service était très lent et le plat était froid, je ne reviendrai pas.')).toBe(
      'fr',
    );
    expect(detectLanguage('Das Essen war kalt und der Kellner hat uns den ganzen Abend ignoriert.')).toBe(
      'de',
    );
    expect(detectLanguage('La comida estaba fría y el camarero nos ignoró durante toda la noche.')).toBe(
      'es',
    );
    expect(detectLanguage('料理が冷たくて、店員さんにずっと無視されました。')).toBe('ja');
    expect(detectLanguage('음식이 차갑고 직원이 불친절했어요.')).toBe('ko');
  });

  it('labels at least 90% of the English Yelp sentences it decides on as en', () => {
    const sentences = readData('sentiment/uci_sentiment_labelled_sentences/yelp_labelled.txt')
      .split('\n')
      .map((line) => line.split('\t')[0] ?? '');
    const decided = sentences.map(detectLanguage).filter((code) => code !== null);
    expect(decided.length).toBeGreaterThan(700);
    expect(decided.filter((code) => code === 'en').length / decided.length).toBeGreaterThan(0.9);
  });

  it('returns null when the text is too short to tell', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage('Great!')).toBeNull();
  });
});

describe('cleanText and reviewFingerprint', () => {
  it('strips tags from HTML, collapses spaces, keeps paragraphs and unicode', () => {
    expect(cleanText('<p>Hello&nbsp;&amp;   welcome</p><p>Second 👋🏽</p>', { html: true })).toBe(
      'Hello & welcome\nSecond 👋🏽',
    );
    expect(cleanText('  a\t\tb \r\n\r\n\r\n\r\nc  ')).toBe('a b\n\nc');
    expect(cleanText('I <3 this place')).toBe('I <3 this place');
  });

  it('hashes the same review identically regardless of case, spacing or time of day, and differently otherwise', () => {
    const base = { author: 'Ann', text: 'Great  stay', title: null, publishedAt: '2024-01-02T08:00:00.000Z' };
    const same = { author: 'ann', text: 'great stay ', title: null, publishedAt: '2024-01-02T19:00:00.000Z' };
    expect(reviewFingerprint(base)).toBe(reviewFingerprint(same));
    expect(reviewFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(reviewFingerprint({ ...base, text: 'Bad stay' })).not.toBe(reviewFingerprint(base));
    expect(reviewFingerprint({ ...base, publishedAt: '2024-01-03T08:00:00.000Z' })).not.toBe(
      reviewFingerprint(base),
    );
  });
});
