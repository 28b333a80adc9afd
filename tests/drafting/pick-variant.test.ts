import { describe, expect, it } from 'vitest';
import { lastUseIn, pickVariant } from '../../server/src/drafting/pick-variant.ts';

describe('wording a business used lately', () => {
  const replies = [
    'I am sorry the soup was cold. I want to look into it myself and come back to you.',
    'Thank you for writing. I would like to talk this through with you.',
  ];

  it('finds a template by any run of four of its own words, not only by the whole sentence', () => {
    const used = lastUseIn(replies);
    expect(used('Let me look into it myself today.')).toBe(0);
    expect(used('I would like to talk this through with you and fix it.')).toBe(1);
    expect(used('Please ring me whenever suits you.')).toBe(-1);
  });

  it('does not count a run of words anyone writes, such as "I would like to"', () => {
    expect(lastUseIn(replies)('I would like to offer you a refund.')).toBe(-1);
  });

  it('reads a short template whole, its placeholders as any words', () => {
    const used = lastUseIn([...replies, 'Sorry that the tea was weak; truly sorry.']);
    expect(used('Sorry that {p}; truly sorry.')).toBe(2);
    expect(used('So sorry that {p}; my fault.')).toBe(-1);
  });

  it('picks an option not used lately, and the one used longest ago when all were', () => {
    const options = [
      'Let me look into it myself today.',
      'I would like to talk this through with you.',
      'Ring me.',
    ];
    const used = lastUseIn(replies);
    expect(pickVariant(options.slice(0, 2), 7, 'x', used)).toBe(options[0]);
    for (let seed = 0; seed < 5; seed++) expect(pickVariant(options, seed, 'x', used)).toBe('Ring me.');
  });
});

describe('a page of complaint replies', () => {
  it('shares fewer runs of four words between replies when the business’s recent replies are remembered', async () => {
    const { composeDraft } = await import('@rebound/server/drafting/index');
    const { sectorGroupOf, triageReview } = await import('@rebound/server/triage/index');
    const { loadProfile } = await import('./sample-drafts.ts');
    const { sharedRunsWith } = await import('../../server/src/drafting/pick-variant.ts');
    const restaurant = loadProfile('restaurant');
    const texts = [
      'The soup was cold and the bread was stale.',
      'We waited an hour for our mains.',
      'Our server forgot the drinks twice.',
      'The steak was overcooked and the fries were soggy.',
      'The music was so loud we could not talk.',
      'The bill had two dishes we never ordered.',
      'The table was sticky and the menus were torn.',
      'The pasta was bland and the salad was limp.',
      'Nobody greeted us for fifteen minutes.',
      'The curry was far too salty.',
    ];
    const page = (withMemory: boolean) => {
      const recent: string[] = [];
      for (const text of texts) {
        const r = { author: null, rating: 1, text };
        const triage = triageReview(r, { sectorGroup: sectorGroupOf(restaurant.sector) });
        recent.push(composeDraft(r, triage, restaurant, withMemory ? { recent } : {}).text);
      }
      return recent.reduce((n, text, i) => n + sharedRunsWith(recent.filter((_, j) => j !== i))(text), 0);
    };
    expect(page(true)).toBeLessThan(page(false));
  });
});
