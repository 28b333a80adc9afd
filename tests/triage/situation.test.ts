import { readSituation, sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import type { IncidentKind } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const read = (rating: number | null, text: string, title?: string) =>
  readSituation({ rating, text, title }, { sectorGroup: 'retail' });

describe('what the reviewer already did', () => {
  it('reads a replacement that failed too, so no replacement is offered again', () => {
    const s = read(
      1,
      'The kettle leaked from the base on day three. They sent a replacement and the replacement also leaked within a week.',
    );
    expect(s.priorActions).toContain('replacement_failed');
  });

  it('reads a first unit that failed before the one reviewed failed in its turn', () => {
    expect(
      read(
        1,
        'I loved my little drive, even after the first one crashed and burned. But the second time, I cannot forgive.',
      ).priorActions,
    ).toContain('replacement_failed');
    expect(
      read(2, 'After the first one died, the second one has been fine. The case still scratches easily.')
        .priorActions,
    ).not.toContain('replacement_failed');
  });

  it('reads another one bought to stand in for the faulty one as a replacement already had', () => {
    expect(
      read(1, 'My camera never detects the card. Well, I had to buy another SD card.').priorActions,
    ).toContain('replaced');
    expect(
      read(2, 'The charger is flimsy. I had to buy another one as a spare for the office anyway.')
        .priorActions,
    ).not.toContain('replaced');
  });

  it('reads a replacement that was received', () => {
    expect(
      read(2, 'The blender jammed, so the shop exchanged it for a new one last Tuesday.').priorActions,
    ).toContain('replaced');
  });

  it('reads a refund already given, and not one that was refused or only wished for', () => {
    expect(
      read(1, 'The lamp arrived cracked. I got a full refund but it took a month.').priorActions,
    ).toContain('refunded');
    expect(read(1, 'They refused to refund me for the cracked lamp.').priorActions).not.toContain('refunded');
    expect(read(1, 'I was charged for $45 for a few prints.').priorActions).not.toContain('compensated');
    expect(read(2, 'The steak was raw, but we were not charged for it.').priorActions).toContain(
      'compensated',
    );
    expect(
      read(1, 'The card failed after 23 pictures. Amazon credited me with a full purchase price credit.')
        .priorActions,
    ).toContain('refunded');
    expect(read(1, 'I would have liked a refund for the cracked lamp.').priorActions).not.toContain(
      'refunded',
    );
  });

  it('reads a return, a cancellation, food sent back and calls to support', () => {
    expect(read(2, 'I returned it the next day.').priorActions).toContain('returned');
    expect(read(2, 'I would have returned them but the box was gone.').priorActions).not.toContain(
      'returned',
    );
    expect(read(2, 'I will be returning this tomorrow.').priorActions).not.toContain('returned');
    expect(read(1, 'We cancelled our booking after the second delay.').priorActions).toContain('cancelled');
    expect(read(1, 'The steak was raw so I sent it back, twice.').priorActions).toContain('sent_back');
    expect(read(1, 'I called customer service three times and nobody helped.').priorActions).toContain(
      'contacted_support',
    );
  });

  it('reads what the reviewer asks for', () => {
    expect(read(1, 'The heater died. I want my money back.').asks).toContain('refund');
    expect(read(1, 'The heater died. Please call me to sort this out.').asks).toContain('callback');
    expect(read(1, 'The heater died after a month.').asks).toEqual([]);
  });
});

describe('the item and the complaint', () => {
  it('names the item and what went wrong in words that follow it', () => {
    const s = read(1, 'I bought this rice cooker in May. It stopped heating after two weeks.');
    expect(s).toMatchObject({
      item: 'the rice cooker',
      problem: 'stopped heating after two weeks',
      confidence: 'high',
    });
  });

  it('turns "my" into a neutral article and keeps the reviewer out of the clause', () => {
    const s = read(2, 'My order arrived damaged and I had to wait a week for a reply.');
    expect(s.item).toBe('the order');
    expect(s.problem).toBe('arrived damaged');
    expect(`${s.item} ${s.problem}`).not.toMatch(/\b(?:I|my|me|we|our)\b/i);
  });

  it('never takes a third party, a name or a joke as the item', () => {
    expect(read(1, 'The seller never shipped it and the courier lost the box.').item ?? '').not.toMatch(
      /seller|courier/,
    );
    expect(read(1, 'Our server Dana was rude and the fries were cold.').item).toBe('the fries');
    expect(read(2, 'The straw that broke the camel’s back was the bill.').problem).toBeNull();
  });

  it('says it is unsure rather than guessing', () => {
    const s = read(1, 'Just not what I hoped for. Disappointing from start to finish.');
    expect(s).toMatchObject({ item: null, problem: null, confidence: 'low' });
  });

  it('never makes a praised part the complaint, and lists what was praised', () => {
    const t = triageReview(
      { rating: 2, text: 'Our waiter was wonderful. But the soup was cold and the bill was wrong.' },
      { sectorGroup: 'food_hospitality' },
    );
    expect(t.situation.praised).toContain('the waiter');
    expect(t.situation.item).toBe('the soup');
    expect(t.situation.problem).toBe('was cold');
    expect(t.themes).not.toContain('staff');
    expect(t.themes).toEqual(expect.arrayContaining(['food', 'price']));
  });

  it('names staff the reviewer mentions and notices a returning customer', () => {
    const s = read(5, 'Third time here and Priya was amazing again, thank you Priya!');
    expect(s.people).toEqual(['Priya']);
    expect(s.isReturning).toBe(true);
  });

  it('notices a long-standing customer told in everyday words, but not a wait, a first visit or a promise', () => {
    const regulars = [
      'We have been going there for almost seven years and the staff still remember our names.',
      'I have been coming here since 2015 and it has only got better.',
      "We've been bringing our dogs here since before we were married and would trust nobody else.",
      'This is my go-to place for years now, reliable every single visit.',
      'Third time this month and the menu still surprises us.',
      'Loyal customer of ten years and they have never let me down.',
      "We've used them for years for every service on both cars.",
      'Friendly and quick as always.',
      'Customer for years, and the coffee is still the best in town.',
      'The pastries are so good they keep me coming back every weekend.',
      'I have been coming here for years, and this is the first time I have had a bad meal.',
    ];
    const newcomers = [
      'I have been waiting for years for a place like this to open near us.',
      'First time here and we loved every bite.',
      'Years ago I lived nearby, so I finally came in to try it.',
      'Lovely evening, and we will be going back.',
      'This will be my go-to from now on.',
      'We had never been here before, and what a find.',
      'The leak has been going on for months.',
      'We have been coming to the area for years and only now tried this cafe.',
      'Dr Lane has been treating patients for thirty years and it shows.',
      'We finally decided to give it a try. The bowls were okay. We will be sticking to our usual spot across town.',
      'Support hung up on me twice, so I call back and get another answer each time... this keeps me coming back.',
      'This was a coupon find. The girl at the counter had to read it several times and I had to explain it to her.',
    ];
    expect(regulars.filter((text) => !read(5, text).isReturning)).toEqual([]);
    expect(newcomers.filter((text) => read(5, text).isReturning)).toEqual([]);
  });
});

describe('stance', () => {
  it('calls a glowing 4-star review with one small quibble happy with a quibble, labelled positive', () => {
    const t = triageReview({
      rating: 4,
      text: 'Lovely breakfast, friendly staff and a great view from the terrace. The coffee was a bit weak.',
    });
    expect(t.situation.stance).toBe('happy_with_quibble');
    expect(t.label).toBe('positive');
  });

  it('calls a 3-star review that is mostly criticism unhappy, labelled negative', () => {
    const t = triageReview({
      rating: 3,
      text: 'The room was dirty, the shower was broken and the front desk was rude. The bed was fine.',
    });
    expect(t.situation.stance).toBe('unhappy');
    expect(t.label).toBe('negative');
  });

  it('calls a 1-star review negative even when it is polite', () => {
    expect(triageReview({ rating: 1, text: 'Nice people, but the blinds were never fitted.' }).label).toBe(
      'negative',
    );
  });
});

describe('escalation from incidents', () => {
  const cases: Array<[IncidentKind, string]> = [
    ['injury', 'I slipped on the wet floor by the entrance and needed stitches in my chin.'],
    ['burn', 'The handle got so hot it burned my hand when I lifted the pan.'],
    ['fire_smoke', 'Two days after the install the unit caught fire in our kitchen.'],
    ['fumes', 'The first time we used it the pan gave off toxic fumes and the bird got ill.'],
    ['shattered_glass', 'The glass lid shattered on the stove and shards went everywhere.'],
    ['food_poisoning', 'Both of us had food poisoning the night after eating the mussels.'],
    ['allergen', 'I told the waiter about my nut allergy and the dessert still came with almonds on it.'],
    ['allergen', 'My son had an allergic reaction within minutes of the first bite.'],
    [
      'equipment_failure_risk',
      'They replaced my brake pads and the next morning the brakes failed on a steep hill. Terrifying.',
    ],
    ['legal_threat', 'I have contacted my lawyer and will be taking legal action.'],
    ['legal_threat', 'The frame came back scratched. I will be talking to my lawyer about the damage.'],
    ['discrimination', 'The doorman refused us entry because we are gay. Disgusting discrimination.'],
    ['discrimination', 'He made racially improper comments in front of me while cutting my hair.'],
    ['abuse', 'The bouncer shoved me against the wall for asking a question.'],
    ['harassment', 'The salesman kept texting me late at night after I bought the car.'],
  ];
  it.each(cases)('escalates %s: "%s"', (kind, text) => {
    const t = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
    expect(t.situation.incidents).toContain(kind);
    expect(t.escalation).toMatchObject({ escalate: true });
    expect(t.escalation.reasons).toContain(kind);
  });

  const nearMisses: Array<[string, number, string]> = [
    ['a thick blade', 2, 'The bread knife has a thick blade and crushes soft loaves.'],
    ['slow service', 1, 'Service was painfully slow and our food took an hour.'],
    ['a killer deal', 5, 'A killer deal on a great mixer.'],
    ['to die for', 5, 'The cinnamon buns are to die for.'],
    ['the sauce was fire', 5, 'The sauce was fire and the wings were perfect.'],
    ['sick of waiting', 2, 'I am sick of waiting for my order to ship.'],
    [
      'a lawyer in the family',
      2,
      'My sister who is a lawyer said the contract was fine, but the sofa is ugly.',
    ],
    ['insult to injury', 1, 'To add insult to injury, they charged me for the delivery.'],
    ['a smoking section', 2, 'The smoking section was right next to our table.'],
    ['a burnt steak', 2, 'My steak was burnt and the fries were cold.'],
    ['an allergy joke', 2, 'I am allergic to bad coffee and this was bad coffee.'],
    ['hurt feelings', 1, 'The manager really hurt my feelings with his tone.'],
    ['a racist movie review', 3, 'The old movie they showed was not racist, just boring.'],
    ['a racially mixed crowd', 2, 'A racially mixed crowd and loud music, but the drinks were weak.'],
  ];
  it.each(nearMisses)('does not escalate %s', (_name, rating, text) => {
    expect(triageReview({ rating, text }, { sectorGroup: 'food_hospitality' }).escalation).toEqual({
      escalate: false,
      reasons: [],
    });
  });

  it('escalates insects crawling over a salon floor as a health matter', () => {
    const t = triageReview(
      { rating: 1, text: 'My son noticed ants crawling all over the floor and the furniture. Disgusting.' },
      { sectorGroup: 'health' },
    );
    expect(t.escalation.reasons).toContain('pests');
  });

  it('escalates an incident a happy reviewer mentions in passing, but not the breakdown a garage fixed', () => {
    expect(
      triageReview({ rating: 5, text: 'Great dinner, though my daughter cut her finger on a chipped glass.' })
        .escalation.escalate,
    ).toBe(true);
    expect(
      triageReview(
        { rating: 5, text: 'My car started smoking on the highway and they fixed it the same day. Heroes!' },
        { sectorGroup: 'trades_repairs' },
      ).escalation.escalate,
    ).toBe(false);
  });

  it('does not treat a law firm’s own lawyers as a legal threat', () => {
    expect(
      triageReview(
        { rating: 2, text: 'I spoke with a lawyer there twice and she never followed up.' },
        { sectorGroup: sectorGroupOf('legal') },
      ).escalation.escalate,
    ).toBe(false);
  });
});

describe('themes fit the business', () => {
  it('gives flatware and a rice cooker no food or cleanliness theme', () => {
    const forks = triageReview({
      rating: 1,
      text: 'The forks bent the first time I used them to eat dinner.',
    });
    expect(forks.themes).not.toContain('food');
    const cooker = triageReview({ rating: 2, text: 'The rice cooker is hard to clean and the lid cracked.' });
    expect(cooker.themes).not.toContain('cleanliness');
    expect(cooker.themes).toContain('defect');
  });

  it('gives a 1-star review with a complaint at least one theme, even without a theme word', () => {
    const t = triageReview(
      { rating: 1, text: 'Absolutely hopeless from start to finish.' },
      { sectorGroup: 'retail' },
    );
    expect(t.themes.length).toBeGreaterThan(0);
  });

  it('uses the sector group of the business profile', () => {
    expect(sectorGroupOf('hospitality')).toBe('food_hospitality');
    expect(sectorGroupOf('automotive')).toBe('trades_repairs');
    expect(sectorGroupOf('dental')).toBe('health');
    expect(sectorGroupOf('software')).toBe('software');
    const t = triageReview(
      { rating: 2, text: 'The app keeps crashing when I open my invoices.' },
      { sectorGroup: 'software' },
    );
    expect(t.themes).toContain('bugs');
  });
});
