import { describe, expect, it } from 'vitest';
import { lastUseIn, pickVariant } from '../../server/src/drafting/pick-variant.ts';

describe('wording a business used lately', () => {
  const replies = [
    'I am sorry the soup was cold. I want to look into it myself and come back to you.',
    'Thank you for writing. I would like to talk this through with you.',
  ];

  it('finds a template by any run of four of its own words, not only by the whole sentence', () => {
    const used = lastUseIn(replies);
    expect(used('Let me look into it myself today.')).toBeGreaterThanOrEqual(0);
    expect(used('We can talk this through with you and fix it.')).toBeGreaterThanOrEqual(0);
    expect(used('Please ring me whenever suits you.')).toBe(-1);
  });

  it('weighs a use in a newer reply above one in an older reply', () => {
    const used = lastUseIn(replies);
    expect(used('We can talk this through with you and fix it.')).toBeGreaterThan(
      used('Then I can look into it myself.'),
    );
  });

  it('does not count a run of words anyone writes, such as "and that it was"', () => {
    const used = lastUseIn(['The room was cold, and that it was noisy made it worse.']);
    expect(used('I am told, and that it was a pity.')).toBe(-1);
  });

  it('counts a stock phrase wherever a recent reply carries it, whichever sentence put it there', () => {
    const used = lastUseIn([
      'I am sorry the room was not what it should have been. Email me and I will make this right.',
    ]);
    expect(used('That is not how it should have gone.')).toBeGreaterThanOrEqual(0);
    expect(used('Let me put this right for you.')).toBeGreaterThanOrEqual(0);
    expect(used('Give me a chance to fix it.')).toBe(-1);
  });

  it('counts a short wording such as a greeting or a time, as whole words only', () => {
    const used = lastUseIn(['Hi there,\n\nSorry about the wait. I will reply within a day.']);
    expect(used('Hi there,')).toBeGreaterThanOrEqual(0);
    expect(used('within a day')).toBeGreaterThanOrEqual(0);
    expect(used('by tomorrow')).toBe(-1);
    expect(lastUseIn(['It will be ready shortly.'])('by tomorrow')).toBe(-1);
  });

  it('weighs a whole template used again above a stock phrase used in every reply', () => {
    const used = lastUseIn([
      'I hope you will accept a meal on us.',
      'I would like to call you about the bill.',
      'I would like to hear more about the wait.',
      'I would like to help with the booking.',
    ]);
    const options = ['I hope you will accept {remedy}.', 'I would like to offer {remedy}.'];
    expect(used(options[0] as string)).toBeGreaterThan(used(options[1] as string));
    for (let seed = 0; seed < 5; seed++) expect(pickVariant(options, seed, 'remedy', used)).toBe(options[1]);
  });

  it('reads a short template whole, its placeholders as any words', () => {
    const used = lastUseIn([...replies, 'Sorry that the tea was weak; truly sorry.']);
    expect(used('Sorry that {p}; truly sorry.')).toBeGreaterThanOrEqual(0);
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

  it('counts the frame an apology or an offer is built on as used, whatever fills it', () => {
    const used = lastUseIn([
      'Sorry about the noise; that is not how it should be. I will refund you within seventy-two hours.',
    ]);
    expect(used('I regret that {p}; this is not what we want for anyone.')).toBeGreaterThanOrEqual(0);
    expect(used('Sorry about {p}, truly.')).toBeGreaterThanOrEqual(0);
    expect(used('The money will be with you inside seventy-two hours.')).toBeGreaterThanOrEqual(0);
    expect(used('It is a real shame that {p}.')).toBe(-1);
  });

  it('finds a page’s shared three-word frames in a draft, more for each reply that carries one', async () => {
    const { sharedRunsWith } = await import('../../server/src/drafting/pick-variant.ts');
    const draft = 'Say the word and your money is back inside three days.';
    const once = sharedRunsWith(['I will pay you back inside three days of your reply.'])(draft);
    const twice = sharedRunsWith([
      'I will pay you back inside three days of your reply.',
      'A new one can be with you inside three days.',
    ])(draft);
    expect(once).toBeGreaterThan(0);
    expect(twice).toBeGreaterThan(once);
    expect(
      sharedRunsWith(['Call me on 555 0101 or email me at a@b.example.'])('Call me on 555 0101 today.'),
    ).toBe(0);
  });
});
