import { extractSchemaOrg } from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';
import { dataDoc, listData, readData } from './data.ts';

type Truth = {
  reviews: { author: string | null; rating: number | null; body: string }[];
  aggregates: number[][];
};

/** Reads extruct's expected output (JSON-LD or its microdata {type, properties} form) as ground truth. */
function readTruth(expected: unknown): Truth {
  const truth: Truth = { reviews: [], aggregates: [] };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    const props = (node.properties ?? node) as Record<string, unknown>;
    const type = String(node['@type'] ?? node.type ?? '');
    if (type.endsWith('Review')) {
      const rating = props.reviewRating;
      const ratingValue =
        typeof rating === 'object' && rating ? (rating as Record<string, unknown>).ratingValue : rating;
      truth.reviews.push({
        author: typeof props.author === 'string' ? props.author : null,
        rating: ratingValue === undefined ? null : Number(ratingValue),
        body: String(props.reviewBody ?? ''),
      });
    }
    if (type.endsWith('AggregateRating')) {
      truth.aggregates.push(
        [props.ratingValue, props.reviewCount, props.ratingCount].map((v) =>
          v === undefined ? Number.NaN : Number(v),
        ),
      );
    }
    Object.values(node).forEach(visit);
  };
  visit(expected);
  return truth;
}

describe('schema.org pages from extruct match extruct’s expected output', () => {
  const pages = listData('structured_data_html/extruct').filter((name) => name.endsWith('.html'));

  it('covers every saved extruct page', () => {
    expect(pages).toEqual([
      'CreativeWork.001.html',
      'LocalBusiness.002.html',
      'null_ld_mock.html',
      'product.html',
    ]);
  });

  for (const page of pages) {
    it(`${page}: same review count, authors, ratings, bodies and aggregate values`, () => {
      const stem = page.replace(/\.html$/, '');
      const expectedName = listData('structured_data_html/extruct').find((n) =>
        n.startsWith(`${stem}.expected.`),
      );
      if (!expectedName) throw new Error(`no expected file for ${page}`);
      const truth = readTruth(JSON.parse(readData(`structured_data_html/extruct/${expectedName}`)));
      const result = extractSchemaOrg(dataDoc(`structured_data_html/extruct/${page}`));

      expect(
        result.reviews.map((r) => ({ author: r.author, rating: r.ratingOriginal, body: r.text })),
      ).toEqual(truth.reviews);
      expect(
        result.aggregates.map((a) => [
          a.ratingValue,
          a.reviewCount ?? Number.NaN,
          a.ratingCount ?? Number.NaN,
        ]),
      ).toEqual(truth.aggregates);
    });
  }

  it('CreativeWork.001: reviews nested in WebPage.mainEntity carry the book’s name, date and a bare-string rating', () => {
    const { reviews, aggregates } = extractSchemaOrg(
      dataDoc('structured_data_html/extruct/CreativeWork.001.html'),
    );
    expect(reviews.map((r) => [r.itemName, r.title, r.rating, r.publishedAt, r.language])).toEqual([
      ['The Catcher in the Rye', 'A masterpiece of literature', 5, '2006-05-04T00:00:00.000Z', 'en'],
      ['The Catcher in the Rye', 'A good read.', 4, '2006-06-15T00:00:00.000Z', 'en'],
    ]);
    expect(aggregates[0]?.itemName).toBe('The Catcher in the Rye');
  });

  it('null_ld_mock: ten `null` blocks are skipped and the review without author or date is kept with nulls', () => {
    const { reviews, aggregates } = extractSchemaOrg(
      dataDoc('structured_data_html/extruct/null_ld_mock.html'),
    );
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      author: null,
      title: null,
      publishedAt: null,
      rating: null,
      externalId: null,
    });
    expect(aggregates).toEqual([
      {
        itemName: 'Some Name Goes Here',
        ratingValue: 5,
        rating: 5,
        ratingScale: { worst: 1, best: 5 },
        ratingCount: 280,
        reviewCount: null,
      },
    ]);
  });
});

describe('schema.org examples: JSON-LD, microdata and RDFa of one example give the same result', () => {
  const read = (name: string) => extractSchemaOrg(dataDoc(`structured_data_html/schemaorg_examples/${name}`));

  for (const example of ['eg-0004', 'eg-0010', 'eg-0011']) {
    it(`${example}: all three syntaxes agree on reviews and aggregates`, () => {
      const jsonLd = read(`${example}.jsonld.html`);
      expect(read(`${example}.microdata.html`).reviews).toEqual(jsonLd.reviews);
      expect(read(`${example}.rdfa.html`).reviews).toEqual(jsonLd.reviews);
      expect(read(`${example}.microdata.html`).aggregates).toEqual(jsonLd.aggregates);
      expect(read(`${example}.rdfa.html`).aggregates).toEqual(jsonLd.aggregates);
    });
  }

  it('eg-0004: the restaurant’s 4 stars from 250 reviews', () => {
    expect(read('eg-0004.rdfa.html').aggregates).toEqual([
      {
        itemName: 'GreatFood',
        ratingValue: 4,
        rating: 4,
        ratingScale: { worst: 1, best: 5 },
        ratingCount: null,
        reviewCount: 250,
      },
    ]);
  });

  it('eg-0010: two reviews with 1/5 and 4/5, multi-line microdata bodies collapsed to one line', () => {
    const { reviews, aggregates } = read('eg-0010.microdata.html');
    expect(reviews.map((r) => [r.author, r.rating, r.title, r.text, r.publishedAt, r.itemName])).toEqual([
      [
        'Ellie',
        1,
        'Not a happy camper',
        'The lamp burned out and now I have to replace it.',
        '2011-04-01T00:00:00.000Z',
        'Kenmore White 17" Microwave',
      ],
      [
        'Lucas',
        4,
        'Value purchase',
        'Great microwave for the price. It is small and fits in my apartment.',
        '2011-03-25T00:00:00.000Z',
        'Kenmore White 17" Microwave',
      ],
    ]);
    expect(aggregates.map((a) => [a.ratingValue, a.reviewCount])).toEqual([[3.5, 11]]);
  });

  it('eg-0011: 87 out of 100 is kept as published and normalised onto 1–5 (worst defaults to 1)', () => {
    const [aggregate] = read('eg-0011.microdata.html').aggregates;
    expect(aggregate).toMatchObject({
      ratingValue: 87,
      ratingScale: { worst: 1, best: 100 },
      ratingCount: 24,
    });
    // 1 + (87 - 1) * 4 / 99
    expect(aggregate?.rating).toBeCloseTo(4.47, 2);
  });

  it('eg-0248: a standalone Review takes its item name from itemReviewed', () => {
    const { reviews } = read('eg-0248.jsonld.html');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      rating: 5,
      text: 'The restaurant has great ambiance.',
      itemName: 'Fine Dining Establishment',
    });
  });

  it('covers every saved schema.org example file', () => {
    const files = listData('structured_data_html/schemaorg_examples');
    expect(files.filter((name) => name.endsWith('.html'))).toHaveLength(10);
    for (const name of files) expect(() => read(name)).not.toThrow();
  });
});
