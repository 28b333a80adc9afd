import { extractSchemaOrg } from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';
import { htmlDoc } from './data.ts';

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('extractSchemaOrg on hand-made edge cases', () => {
  it('returns nothing, without throwing, for an empty page and a page without reviews', () => {
    expect(extractSchemaOrg(htmlDoc(''))).toEqual({ reviews: [], aggregates: [], nextPageUrl: null });
    expect(extractSchemaOrg(htmlDoc('<html><body><p>Opening hours</p></body></html>')).reviews).toEqual([]);
  });

  it('reads through broken markup (unclosed tags, stray closers)', () => {
    const body = `<div itemscope itemtype="https://schema.org/Review"><p><span itemprop="author">Ana</b>
      <div itemprop="reviewBody">Lovely <i>stay</div></span></p><span itemprop="reviewRating">4</span>`;
    const [review] = extractSchemaOrg(htmlDoc(body)).reviews;
    expect(review).toMatchObject({ author: 'Ana', text: 'Lovely stay', rating: 4 });
  });

  it('skips a malformed JSON-LD block and still reads the good block next to it', () => {
    const body = `<script type="application/ld+json">{"@type": "Review", "reviewBody": "broken",</script>${ld(
      {
        '@type': 'Review',
        author: 'Kim',
        reviewBody: 'Kept',
      },
    )}`;
    expect(extractSchemaOrg(htmlDoc(body)).reviews.map((r) => r.text)).toEqual(['Kept']);
  });

  it('unwraps JSON-LD wrapped in HTML comments or CDATA and tolerates raw line breaks in strings', () => {
    const body = `<script type="application/ld+json"><!--
{"@type":"Review","author":"A","reviewBody":"line one
line two"}
--></script><script type="application/ld+json">//<![CDATA[
{"@type":"Review","author":"B","reviewBody":"cdata"}
//]]></script>`;
    expect(extractSchemaOrg(htmlDoc(body)).reviews.map((r) => [r.author, r.text])).toEqual([
      ['A', 'line one line two'],
      ['B', 'cdata'],
    ]);
  });

  it('follows @graph with @id references from a Product to its reviews', () => {
    const body = ld({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Product',
          '@id': '#p',
          name: 'Kettle',
          review: [{ '@id': '#r1' }],
          aggregateRating: { '@id': '#agg' },
        },
        {
          '@type': 'Review',
          '@id': '#r1',
          author: { '@id': '#person' },
          reviewBody: 'Boils fast',
          reviewRating: { '@type': 'Rating', ratingValue: '5' },
        },
        { '@type': 'Person', '@id': '#person', name: 'Noor' },
        { '@type': 'AggregateRating', '@id': '#agg', ratingValue: 4.2, reviewCount: 31 },
      ],
    });
    const result = extractSchemaOrg(htmlDoc(body, 'https://shop.example/kettle'));
    expect(result.reviews).toHaveLength(1);
    expect(result.reviews[0]).toMatchObject({
      author: 'Noor',
      itemName: 'Kettle',
      rating: 5,
      externalId: '#r1',
    });
    expect(result.aggregates).toMatchObject([{ itemName: 'Kettle', ratingValue: 4.2, reviewCount: 31 }]);
  });

  it('reads top-level arrays, `reviews` plural, author arrays and Organization authors', () => {
    const body = ld([
      {
        '@type': 'LocalBusiness',
        name: 'Corner Bakery',
        reviews: [
          {
            '@type': 'Review',
            author: [{ '@type': 'Person', name: 'Ann' }, 'Bo'],
            reviewBody: 'Two of us loved it',
          },
          {
            '@type': 'Review',
            author: { '@type': 'Organization', name: 'Food Weekly' },
            reviewBody: 'Solid croissants',
          },
        ],
      },
    ]);
    expect(extractSchemaOrg(htmlDoc(body)).reviews.map((r) => [r.author, r.itemName])).toEqual([
      ['Ann, Bo', 'Corner Bakery'],
      ['Food Weekly', 'Corner Bakery'],
    ]);
  });

  it('normalises 0–10 and 0–100 scales and decimal-comma ratings, keeping the original', () => {
    const body = ld({
      '@type': 'Product',
      name: 'Tent',
      review: [
        {
          '@type': 'Review',
          author: 'a',
          reviewBody: 'ten',
          reviewRating: { ratingValue: 8, worstRating: 0, bestRating: 10 },
        },
        {
          '@type': 'Review',
          author: 'b',
          reviewBody: 'hundred',
          reviewRating: { ratingValue: '75', worstRating: '0', bestRating: '100' },
        },
        { '@type': 'Review', author: 'c', reviewBody: 'comma', reviewRating: { ratingValue: '4,5' } },
        { '@type': 'Review', author: 'd', reviewBody: 'words', reviewRating: '4.5 out of 5' },
      ],
    });
    const reviews = extractSchemaOrg(htmlDoc(body)).reviews;
    expect(reviews.map((r) => [r.rating, r.ratingOriginal, r.ratingScale])).toEqual([
      [4.2, 8, { worst: 0, best: 10 }],
      [4, 75, { worst: 0, best: 100 }],
      [4.5, 4.5, { worst: 1, best: 5 }],
      [4.5, 4.5, { worst: 1, best: 5 }],
    ]);
  });

  it('keeps unicode, right-to-left and emoji author names intact', () => {
    const authors = ['José Ñúñez', 'محمد العلي', 'דנה כהן', '🍕 Pizza Fan 👨‍👩‍👧', '山田太郎'];
    const body = ld({
      '@type': 'Restaurant',
      name: 'Trattoria',
      review: authors.map((author) => ({ '@type': 'Review', author, reviewBody: `Review by ${author}` })),
    });
    expect(extractSchemaOrg(htmlDoc(body)).reviews.map((r) => r.author)).toEqual(authors);
  });

  it('handles a 1 MB review body', () => {
    const text = 'The service was slow but the food was worth the wait. '.repeat(19_000);
    const body = ld({ '@type': 'Review', author: 'Long Writer', reviewBody: text });
    const started = performance.now();
    const [review] = extractSchemaOrg(htmlDoc(body)).reviews;
    expect(review?.text.length).toBe(text.trim().length);
    expect(review?.language).toBe('en');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('keeps one copy of a review published in both JSON-LD and microdata on the same page', () => {
    const body = `${ld({ '@type': 'Product', name: 'Lamp', review: { '@type': 'Review', author: 'Eve', reviewBody: 'Bright and warm.', reviewRating: { ratingValue: 5 } } })}
      <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Lamp</span>
        <div itemprop="review" itemscope itemtype="https://schema.org/Review">
          <span itemprop="author">Eve</span><meta itemprop="datePublished" content="2024-02-03">
          <p itemprop="reviewBody">Bright   and
            warm.</p></div></div>`;
    const { reviews } = extractSchemaOrg(htmlDoc(body));
    expect(reviews).toHaveLength(1);
    // The microdata copy fills the date the JSON-LD copy lacked.
    expect(reviews[0]).toMatchObject({ author: 'Eve', rating: 5, publishedAt: '2024-02-03T00:00:00.000Z' });
  });

  it('reads microdata itemref, <meter value>, <time datetime> and link hrefs resolved against the page', () => {
    const body = `<div itemscope itemtype="https://schema.org/Review" itemref="shared-author">
        <a itemprop="url" href="/reviews/77">permalink</a>
        <meter itemprop="reviewRating" min="0" max="5" value="3">3</meter>
        <time itemprop="datePublished" datetime="2023-05-06T10:00:00+02:00">May 6</time>
        <span itemprop="reviewBody">Fine.</span></div>
      <p id="shared-author" itemprop="author">Ravi</p>`;
    const [review] = extractSchemaOrg(htmlDoc(body, 'https://example.com/place')).reviews;
    expect(review).toMatchObject({
      author: 'Ravi',
      rating: 3,
      publishedAt: '2023-05-06T08:00:00.000Z',
      url: 'https://example.com/reviews/77',
      externalId: 'https://example.com/reviews/77',
    });
  });

  it('reads RDFa with prefixed properties and the content attribute', () => {
    const body = `<div vocab="http://schema.org/" typeof="Product"><span property="name">Bike</span>
      <div property="review" typeof="Review"><span property="author" typeof="Person"><span property="name">Lee</span></span>
      <span property="reviewRating" typeof="Rating"><meta property="ratingValue" content="2"><meta property="bestRating" content="5"></span>
      <span property="reviewBody">Chain came off.</span><span property="datePublished" content="2022-01-09">Jan 9</span></div></div>`;
    expect(extractSchemaOrg(htmlDoc(body)).reviews[0]).toMatchObject({
      author: 'Lee',
      rating: 2,
      text: 'Chain came off.',
      publishedAt: '2022-01-09T00:00:00.000Z',
      itemName: 'Bike',
    });
  });

  it('reports the page’s rel=next link as the next page', () => {
    const body = `<link rel="next" href="?page=2">${ld({ '@type': 'Review', author: 'x', reviewBody: 'y' })}`;
    expect(extractSchemaOrg(htmlDoc(body, 'https://example.com/r?page=1')).nextPageUrl).toBe(
      'https://example.com/r?page=2',
    );
  });
});
