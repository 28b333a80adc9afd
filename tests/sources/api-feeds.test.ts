import {
  detectKind,
  extract,
  extractAppleJson,
  extractFeed,
  extractYelp,
} from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';
import { countBy, dataDoc } from './data.ts';

const appleJson = 'review_api_json/apple_appstore_customerreviews_us_id1321994487.json';
const appleAtom = 'review_feeds/apple_appstore_customerreviews_jp_id1404176564.atom.xml';

describe('Apple App Store customer-reviews JSON (real capture)', () => {
  const result = extractAppleJson(dataDoc(appleJson));

  it('reads 50 reviews with the rating histogram from the data README (1×11, 2×9, 3×3, 4×7, 5×20)', () => {
    expect(result.reviews).toHaveLength(50);
    expect(countBy(result.reviews, (r) => String(r.rating))).toEqual({ 1: 11, 2: 9, 3: 3, 4: 7, 5: 20 });
  });

  it('has no per-review date, so publishedAt is null; ids, authors, titles and text are kept', () => {
    const [first] = result.reviews;
    expect(result.reviews.every((r) => r.publishedAt === null)).toBe(true);
    expect(first).toMatchObject({ externalId: '7175647643', author: 'WB-SBB', rating: 2, language: 'en' });
    expect(first?.title).toBe('Mobile app cannot recognize endorsement on business size checks.');
    expect(first?.text).toContain('\nNewer is not always better.');
  });

  it('follows link rel=next to page 2', () => {
    expect(result.nextPageUrl).toContain('page=2');
  });

  it('accepts a feed whose single entry is an object rather than a list', () => {
    const entry = {
      author: { name: { label: 'Solo' } },
      'im:rating': { label: '3' },
      id: { label: '42' },
      title: { label: 'Only one' },
      content: { label: 'Just this review.', attributes: { type: 'text' } },
    };
    const body = JSON.stringify({
      feed: { entry, link: { attributes: { rel: 'self', href: 'https://x/y' } } },
    });
    const { reviews, nextPageUrl } = extractAppleJson({ body, url: null, contentType: null });
    expect(reviews.map((r) => [r.externalId, r.author, r.rating, r.text])).toEqual([
      ['42', 'Solo', 3, 'Just this review.'],
    ]);
    expect(nextPageUrl).toBeNull();
  });

  it('skips the app-description entry (no rating) and uses its name as the item name', () => {
    const body = JSON.stringify({
      feed: {
        entry: [
          { 'im:name': { label: 'Banking App' }, id: { label: 'app' } },
          {
            'im:rating': { label: '5' },
            id: { label: '1' },
            content: { label: 'Great' },
            author: { name: { label: 'A' } },
          },
        ],
      },
    });
    const { reviews } = extractAppleJson({ body, url: null, contentType: null });
    expect(reviews.map((r) => [r.externalId, r.itemName])).toEqual([['1', 'Banking App']]);
  });

  it('is recognised as apple_json without a kind', () => {
    expect(detectKind(dataDoc(appleJson))).toBe('apple_json');
  });
});

describe('Apple App Store customer-reviews Atom feed (real JP capture)', () => {
  const result = extractFeed(dataDoc(appleAtom));

  it('reads 50 reviews with the histogram from the data README (1×15, 2×6, 3×9, 4×9, 5×11)', () => {
    expect(result.reviews).toHaveLength(50);
    expect(countBy(result.reviews, (r) => String(r.rating))).toEqual({ 1: 15, 2: 6, 3: 9, 4: 9, 5: 11 });
  });

  it('dates every review from its own <updated>, converted to UTC, within 2020-07-10 … 2020-08-12', () => {
    expect(result.reviews[0]?.publishedAt).toBe('2020-08-12T11:06:20.000Z');
    for (const review of result.reviews) {
      expect(review.publishedAt).not.toBeNull();
      expect(
        review.publishedAt && review.publishedAt >= '2020-07-10' && review.publishedAt <= '2020-08-13',
      ).toBe(true);
    }
  });

  it('takes the plain-text content, not the HTML rendering, and the author name', () => {
    const [first] = result.reviews;
    expect(first?.text).toBe(
      'いろんな髪型追加して欲しい\n片方ツインテールとかさまざまな髪型追加してほしいです\nゲーム機能ついているのはいいと思う',
    );
    expect(first?.author).toBe('単刀直入にさきいか');
    expect(result.reviews.some((r) => /<(?:table|font|br|td)\b|&lt;|&quot;/.test(r.text))).toBe(false);
    // A reviewer's own "><" is text, not markup.
    expect(result.reviews.some((r) => r.text.includes('改善検討願います><'))).toBe(true);
  });

  it('detects the Japanese text as ja', () => {
    // One reviewer wrote in English, which is detected as such.
    expect(countBy(result.reviews, (r) => String(r.language))).toEqual({ ja: 49, en: 1 });
  });

  it('is recognised as apple_atom and gives the next page link', () => {
    expect(detectKind(dataDoc(appleAtom))).toBe('apple_atom');
    expect(result.nextPageUrl).toContain('page=2');
  });
});

describe('generic RSS and Atom feeds', () => {
  it('reads RSS 2.0 items with HTML descriptions, dc:creator and RFC 822 dates', () => {
    const body = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>Reviews</title><item><title>★★★★☆ Nice visit</title><guid>r-1</guid><link>https://ex.com/r/1</link>
      <dc:creator>Mia</dc:creator><pubDate>Tue, 02 Jan 2024 10:00:00 +0100</pubDate>
      <description><![CDATA[<p>Friendly staff &amp; quick.</p><p>Would return</p>]]></description></item></channel></rss>`;
    const { reviews } = extract({ body, url: null, contentType: 'application/rss+xml' });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      externalId: 'r-1',
      author: 'Mia',
      rating: 4,
      text: 'Friendly staff & quick.\nWould return',
      publishedAt: '2024-01-02T09:00:00.000Z',
      url: 'https://ex.com/r/1',
    });
  });

  it('keeps rating-less entries of a non-Apple Atom feed', () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>Hi</title>
      <updated>2024-03-01T00:00:00Z</updated><author><name>Zed</name></author><content type="html">&lt;b&gt;Bold&lt;/b&gt; words</content></entry></feed>`;
    const { reviews } = extract({ body, url: null, contentType: null });
    expect(reviews.map((r) => [r.author, r.rating, r.text])).toEqual([['Zed', null, 'Bold words']]);
  });
});

describe('Yelp Fusion', () => {
  it('reads the reviews example: three excerpts, ratings 5/4/4, Pacific times converted to UTC', () => {
    const { reviews } = extractYelp(dataDoc('review_api_json/yelp_fusion_business_reviews_doc_example.json'));
    expect(reviews.map((r) => r.rating)).toEqual([5, 4, 4]);
    expect(reviews.map((r) => r.author)).toEqual(['Ella A.', 'Yanni L.', 'Suavecito M.']);
    // 2016-08-29 00:41:13 PDT (UTC-7) and 2016-09-28 08:55:29 PDT
    expect(reviews[0]?.publishedAt).toBe('2016-08-29T07:41:13.000Z');
    expect(reviews[1]?.publishedAt).toBe('2016-09-28T15:55:29.000Z');
    expect(reviews[0]?.externalId).toBe('xAG4O7l-t1ubbwVAlPnDKg');
    expect(reviews[1]?.text).toContain('\n\nInside');
  });

  it('converts a winter Yelp time with the standard-time offset (UTC-8)', () => {
    const body = JSON.stringify({
      reviews: [
        { id: 'w', rating: 3, user: { name: 'W' }, text: 'Cold day', time_created: '2020-01-15 12:00:00' },
      ],
      total: 1,
    });
    expect(extractYelp({ body, url: null, contentType: null }).reviews[0]?.publishedAt).toBe(
      '2020-01-15T20:00:00.000Z',
    );
  });

  it('turns business lookups into aggregates (rating and review_count)', () => {
    const sf = extract(dataDoc('review_api_json/yelp_fusion_business_lookup_yelp_san_francisco.json'));
    expect(sf.reviews).toEqual([]);
    expect(sf.aggregates).toEqual([
      {
        itemName: 'Yelp',
        ratingValue: 2,
        rating: 2,
        ratingScale: { worst: 1, best: 5 },
        ratingCount: null,
        reviewCount: 8422,
      },
    ]);
    const paris = extract(dataDoc('review_api_json/yelp_fusion_business_lookup_sacre_coeur_paris.json'));
    expect(paris.aggregates[0]).toMatchObject({
      itemName: 'Basilique du Sacré-Cœur de Montmartre',
      ratingValue: 4.5,
    });
  });
});
