import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../server/src/services/sources/canonical-url.ts';
import { watchedKeys } from '../../server/src/services/sources/watched-keys.ts';

describe('what a source watches', () => {
  it('spells the same page one way: scheme and host case, default port, fragment, trailing slash', () => {
    const same = [
      'https://Reviews.Example.com/shop/42',
      'HTTPS://reviews.example.com:443/shop/42/',
      'https://reviews.example.com/shop/42#latest',
      'https://reviews.example.com/shop/42//',
    ];
    expect(new Set(same.map(canonicalUrl))).toEqual(new Set(['https://reviews.example.com/shop/42']));
    expect(canonicalUrl('http://reviews.example.com:80/')).toBe('http://reviews.example.com');
  });

  it('keeps pages apart that differ in path case, query, scheme or a non-default port', () => {
    const base = canonicalUrl('https://reviews.example.com/shop/42');
    for (const other of [
      'https://reviews.example.com/Shop/42',
      'https://reviews.example.com/shop/42?page=2',
      'http://reviews.example.com/shop/42',
      'https://reviews.example.com:8443/shop/42',
    ])
      expect(canonicalUrl(other)).not.toBe(base);
    expect(canonicalUrl('ftp://reviews.example.com/')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });

  it('matches an App Store app across its two feed formats, and a Yelp business or Google location by id', () => {
    const json = watchedKeys({
      kind: 'apple_json',
      url: 'https://a/json',
      config: { appId: '123', country: 'US' },
    });
    const atom = watchedKeys({
      kind: 'apple_atom',
      url: 'https://a/atom',
      config: { appId: '123', country: 'us' },
    });
    expect(json.filter((k) => atom.includes(k))).toEqual(['apple:123:us']);
    const otherCountry = watchedKeys({
      kind: 'apple_atom',
      url: null,
      config: { appId: '123', country: 'de' },
    });
    expect(json.filter((k) => otherCountry.includes(k))).toEqual([]);
    expect(watchedKeys({ kind: 'yelp', url: null, config: { businessId: 'b-1' } })).toEqual(['yelp:b-1']);
    expect(watchedKeys({ kind: 'google', url: null, config: { googleLocationId: 'loc-9' } })).toEqual([
      'google:loc-9',
    ]);
    // A webhook or CSV source receives what it is sent; it never watches an address.
    expect(watchedKeys({ kind: 'webhook', url: 'https://a/json', config: {} })).toEqual([]);
  });
});
