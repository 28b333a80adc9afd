import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// A 4-star review with a plain fault in it is answered as a quibble: its note neither gushes nor praises the fault.

const restaurant = loadProfile('restaurant');

/** Each review's note drafted with the notes before it as the page's latest replies. */
const draftPage = (reviews: readonly string[], rating = 4): string[] =>
  reviews.reduce<string[]>((page, text) => {
    const r = { author: null, rating, text, title: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(restaurant.sector) });
    return [...page, composeDraft(r, triage, restaurant, { recent: page }).text];
  }, []);

const QUIBBLES = [
  'My pizza was wet in the middle. Nice place though.',
  'Good evening overall. The chips came out lukewarm.',
  'Decent spot. Everything tastes a little bland.',
  'The tables are set too close together. Otherwise fine.',
  'Pleasant visit, but too loud for a chat.',
  'The soup was cold by the time it came. Friendly people.',
  'A nice night. The curry was too salty.',
  'Fine overall. The bread was stale.',
  'The noodles were soggy. Good vibe though.',
  'Lovely room. My burger was overcooked.',
];

describe('a thank-you answering a quibble', () => {
  const page = draftPage(QUIBBLES);

  it.each(page.map((text, i) => [QUIBBLES[i], text] as const))(
    'never opens on a gushing thanks: %s',
    (_, text) => {
      expect(sentencesOf(text)[0]).not.toMatch(
        /!|\bwonderful\b|\blovely review\b|\bkind (?:review|write-up)\b|\ba million\b/i,
      );
    },
  );

  it.each([
    ['Great curry, the curry was too salty though.', 'curry'],
    ['The pizza looked great but my pizza was wet. The garlic bread was lovely though.', 'pizza'],
  ])('never thanks them for praise of the very thing they faulted: %s', (review, thing) => {
    const text = draftPage([review])[0] ?? '';
    const praise = new RegExp(
      `(?:say|words?|praise\\w*|good word|shout-out|highlight\\w*|noticing|rating) (?:about |on |for |to )?the ${thing}|the ${thing} (?:made|stood|won|hit)`,
      'i',
    );
    expect(text).not.toMatch(praise);
  });
});

describe('a thank-you to a reviewer who recommends somewhere else', () => {
  const REVIEWS = [
    'Nice place but I would recommend Luigi’s down the road instead for pizza.',
    'Decent, but for curry I recommend the place across the street.',
    'Good food. If you want brunch, I recommend another spot nearby.',
  ];
  it.each(REVIEWS)('never thanks them for recommending us: %s', (review) => {
    const text = draftPage([review])[0] ?? '';
    expect(text).not.toMatch(
      /recommendation from you|recommending us|vouch for us|word of mouth|sending friends/i,
    );
  });

  it('still thanks a reviewer who recommends us', () => {
    const text = draftPage(['Lovely dinner, and I would recommend it to anyone.'], 5)[0] ?? '';
    expect(text).toMatch(/recommending us|vouch for us|word of mouth|being recommended/i);
  });
});
