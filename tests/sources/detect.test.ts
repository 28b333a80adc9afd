import { detectKind, ExtractError, extract } from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';
import { dataDoc, htmlDoc } from './data.ts';

const doc = (body: string) => ({ body, url: null, contentType: null });

describe('detectKind and extract', () => {
  it('recognises each saved capture', () => {
    expect(detectKind(dataDoc('review_api_json/apple_appstore_customerreviews_us_id1321994487.json'))).toBe(
      'apple_json',
    );
    expect(detectKind(dataDoc('review_feeds/apple_appstore_customerreviews_jp_id1404176564.atom.xml'))).toBe(
      'apple_atom',
    );
    expect(detectKind(dataDoc('review_api_json/yelp_fusion_business_reviews_doc_example.json'))).toBe('yelp');
    expect(detectKind(dataDoc('review_api_json/yelp_fusion_business_lookup_sacre_coeur_paris.json'))).toBe(
      'yelp',
    );
    expect(detectKind(dataDoc('structured_data_html/schemaorg_examples/eg-0004.rdfa.html'))).toBe(
      'schema_org',
    );
    expect(detectKind(dataDoc('structured_data_html/extruct/null_ld_mock.html'))).toBe('schema_org');
  });

  it('tells generic feeds from Apple feeds, and reads a bare JSON-LD document', () => {
    expect(detectKind(doc('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'))).toBe(
      'feed',
    );
    expect(detectKind(doc('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toBe('feed');
    const jsonLd =
      '{"@context":"https://schema.org","@type":"Review","author":"Q","reviewBody":"Plain JSON-LD"}';
    expect(detectKind(doc(jsonLd))).toBe('schema_org');
    expect(extract(doc(jsonLd)).reviews.map((r) => r.text)).toEqual(['Plain JSON-LD']);
  });

  it('throws ExtractError with plain words for empty, garbage and unsupported input', () => {
    expect(() => extract(doc(''))).toThrow(
      new ExtractError('unrecognised_content', 'The document is empty.'),
    );
    expect(() => extract(doc('\u0000\u0001binary garbage'))).toThrow(/No reviews could be recognised/);
    expect(() => extract(doc('{"not": "a review api"}'))).toThrow(ExtractError);
    expect(() => extract(doc('{"feed": 1'))).toThrow(ExtractError);
    expect(() => extract(htmlDoc('<p>hi</p>'), 'google')).toThrow(/not read from a fetched page/);
    expect(() => extract(doc('<html>no feed</html>'), 'apple_atom')).toThrow(/not an RSS or Atom feed/);
    expect(() => extract(doc('<html></html>'), 'apple_json')).toThrow(/App Store/);
  });
});
