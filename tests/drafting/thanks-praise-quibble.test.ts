import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { clauseIn, readQuibble } from '@rebound/server/drafting/read-quibble';
import { productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

const said = (text: string) => readPraise(text).map((p) => `${p.subject}:${p.words.join('+')}`);
const draftFor = (text: string, rating: number, profile: BusinessProfile, recent: string[] = []) => {
  const r = { author: null, rating, text, title: null };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, { recent })
    .text;
};
const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');
const store = loadProfile('electronics');

describe('what a happy reviewer praised, in their own words', () => {
  it('keeps the describing words and drops bare verdicts', () => {
    expect(said('The scones here are very flaky. The tea was great.')).toEqual([
      'the scones:flaky',
      'the tea:',
    ]);
    expect(said('Our suite was spacious and quiet.')).toEqual(['your suite:spacious+quiet']);
  });

  it('reads a bare noun at the start of a sentence and a describing word before a noun', () => {
    expect(said('Staff was friendly. Crispy fries and a cosy booth.')).toEqual([
      'the staff:friendly',
      'the fries:crispy',
      'the booth:cosy',
    ]);
  });

  it('never reads back a misspelt thing', () => {
    expect(said('Excellent color qualit.')).toEqual([]);
    expect(said('Excellent color quality.')).toEqual(['the color quality:']);
  });

  it('reads both things in "the X and the Y were…"', () => {
    expect(said('The gnocchi and the garlic bread were superb.')).toEqual([
      'the gnocchi:',
      'the garlic bread:',
    ]);
  });

  it('leaves out comparisons, shrugs, wishes and the business itself', () => {
    expect(said('It sits between a good phone and a great camera.')).toEqual([]);
    expect(said('The lessons seemed simple enough.')).toEqual([]);
    expect(said('I wish the menu were easy to read.')).toEqual([]);
    expect(said('Great hotel, lovely place.')).toEqual([]);
  });

  it('reads how a product as a whole was praised, named as the reviewer named it', () => {
    const [works] = productPraise('This label maker works very well.', null, null);
    expect(works?.how).toBe('well the label maker works');
    const [easy] = productPraise('Very easy to install.', null, 'the router');
    expect(easy?.how).toBe('easy the router is to install');
  });
});

describe('the quibble of a happy reviewer, told back as a clause', () => {
  it('takes the critical part after "but" and stops at the aside', () => {
    expect(clauseIn('Lovely stay but the lift was out of order until Sunday.')).toBeNull();
    expect(clauseIn('Lovely stay but the lift was too slow when we were in a hurry.')).toBe(
      'the lift was too slow',
    );
  });

  it('turns a wish into what could be, and a need into what the reviewer had to do', () => {
    expect(clauseIn('I really wish the keypad was backlit.')).toBe('the keypad could be backlit');
    expect(clauseIn('To use it abroad you still need to buy a plug adapter.')).toBe(
      'you still need to buy a plug adapter',
    );
  });

  it('finds the fault a "needs improvement" cue points back to', () => {
    const q = readQuibble(
      'It would have been five stars but the coffee was a bit weak. The coffee needs improvement.',
      null,
    );
    expect(q).toMatchObject({ found: true, clause: 'the coffee was a bit weak' });
  });

  it('reads "not one problem" as no quibble', () => {
    expect(readQuibble('Used it daily for a year and it hasnt had one problem.', null)).toEqual({
      found: false,
    });
  });
});

describe('thank-you notes that name the praise and the quibble', () => {
  // Told back in the business's own words ("the lumpy pillows"), not as the reviewer's clause repeated.
  it('tells back a fault described in a 4-star review, and says who will hear of it', () => {
    const text = draftFor(
      'The view from the balcony was stunning and the beds were comfortable. The pillows were lumpy though.',
      4,
      hotel,
    );
    const onQuibble = sentencesOf(text).filter((s) => /lumpy pillows/.test(s));
    expect(onQuibble).toHaveLength(1);
    expect(onQuibble[0]).toMatch(/housekeeping/);
    expect(text).not.toMatch(/sorry|apolog/i);
  });

  it('hands praise of a dish on to the kitchen and never calls coffee a meal', () => {
    const dish = draftFor('The mushroom risotto was rich and creamy. Lovely evening.', 5, restaurant);
    expect(dish).toMatch(/risotto/);
    const coffee = draftFor('Good coffee, friendly barista, nice music.', 5, restaurant);
    expect(coffee).not.toMatch(/your meal|the kitchen/);
  });

  it('acknowledges a quibble about something not ours, without promising to change it or advising others', () => {
    const text = draftFor(
      'Spotless rooms and a great breakfast. The neighbourhood was a little noisy at night.',
      4,
      hotel,
    );
    expect(text).toMatch(/neighbourhood|noisy/);
    expect(text).not.toMatch(/\bothers?\b|heads-up|will (?:fix|change|look into|raise)/i);
  });

  it('shares no sentence across a page of twelve replies of one business', () => {
    const texts = [
      'The bruschetta was fresh and the staff were attentive.',
      'Crispy pizza base and friendly service.',
      'The tiramisu was divine.',
      'We loved the terrace.',
      'The pasta was perfectly cooked and the wine list is excellent.',
      'Lovely lunch, the soup was hearty.',
      'The lamb was tender and the sides were generous.',
      'Great cocktails and a relaxed atmosphere.',
      'The gnocchi were light and the sauce was rich.',
      'Quick, friendly service and tasty sandwiches.',
      'The seafood platter was fresh and generous.',
      'The chocolate torte was rich and the coffee strong.',
    ];
    const recent: string[] = [];
    for (const t of texts) recent.push(draftFor(t, 5, restaurant, recent));
    const seen = new Map<string, number>();
    for (const s of recent.flatMap(sentencesOf)) seen.set(s, (seen.get(s) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('names the product the way the reviewer praised it and invites them back', () => {
    const text = draftFor('This label maker works very well and the tape is cheap to replace.', 5, store);
    expect(text).toMatch(/the label maker works/);
    expect(text).toMatch(
      /see you again|come back|see us|next time|seeing you again|just ask|pop in|drop by|browse|help|visit us|call in/,
    );
  });
});

describe('what the customer had', () => {
  it('calls a tradesman’s job the work, never a visit', async () => {
    const { experienceNoun } = await import('@rebound/server/drafting/thanks-subject');
    const { loadProfile } = await import('./sample-drafts.ts');
    expect(experienceNoun(loadProfile('service'), 'They fitted the new floor in a day.')).toBe('the work');
    expect(experienceNoun(loadProfile('shop'), 'Lovely shop.')).toBe('your visit');
  });
});

describe('a happy reviewer’s small criticism gets one gracious sentence that names it', () => {
  const salon = loadProfile('salon');
  const onQuibble = (text: string, pattern: RegExp) => sentencesOf(text).filter((s) => pattern.test(s));

  it.each([
    [
      store,
      4,
      'Lovely clear sound and the battery lasts all week. My only beef is how long you have to hold the power button to switch it on.',
      /the power button/,
    ],
    [
      store,
      4,
      'Sturdy, quiet and easy to set up. The only reason I gave it four stars is that the power lead is very short.',
      /the power lead is very short/,
    ],
    [
      hotel,
      4,
      'Friendly front desk and a spotless room. The hotel is in a run-down part of town, but the hotel itself is lovely.',
      /neighbourhood/,
    ],
    [
      restaurant,
      4,
      'The curries at dinner were rich and the naan was fresh. For the lunch buffet though, I would not rave about it.',
      /the lunch buffet/,
    ],
  ])('names it once, without apology or remedy: %#', (profile, rating, text, told) => {
    const draft = draftFor(text, rating, profile);
    expect(onQuibble(draft, told)).toHaveLength(1);
    expect(draft).not.toMatch(/sorry|apolog|refund|on us|discount/i);
  });

  it('does not answer a mixed visit as if it went smoothly', () => {
    const draft = draftFor(
      "Mia gave me a lovely cut and the colour is perfect. I am still not sure why I was told to arrive forty minutes early for a ten o'clock appointment.",
      4,
      salon,
    );
    expect(draft).toMatch(/how early you were asked to arrive/);
    expect(draft).not.toMatch(/smoothly|so glad it went well/i);
  });

  it('never turns praise for blocking noise into a point about noise', () => {
    const draft = draftFor(
      'These headphones do not have active noise cancelling but do a great job of shutting out the noise on the train. Comfortable for hours.',
      5,
      store,
    );
    expect(draft).not.toMatch(/(?:noted|point|note|word)[^.]*\bnoise\b/i);
  });
});

describe('a quibble about what is not ours to change', () => {
  // "…good for others to know in advance" reads as warning the next customer off.
  const ADVISES = /\bothers?\b|heads-up|in advance|before (?:you|they) (?:book|come|go)/i;

  it('is acknowledged with thanks in several wordings, none of them advice to other readers', () => {
    for (const pool of [tw.quibbleNotOurs, tw.quibbleClauseNotOurs]) {
      expect(pool.length).toBeGreaterThanOrEqual(4);
      for (const line of pool) expect(line).not.toMatch(ADVISES);
    }
  });

  it('answers a point about the prices graciously, without warning anyone off', () => {
    const draft = draftFor(
      'Gorgeous room with a view of the water and a great breakfast. The only downside is the prices, which are steep for the area.',
      4,
      hotel,
    );
    expect(draft).toMatch(/the prices/);
    expect(draft).not.toMatch(ADVISES);
  });
});

describe('a quibble read but with no words the note can repeat', () => {
  // A line that tells the reviewer the visit went well.
  const WENT_WELL =
    /smoothly|went (?:so )?well|so glad it went|such a success|turned out so nicely|happy one/i;
  // A general acknowledgement of the less glowing part, never the complaint desk's "noted" or "taken on board".
  const TAKEN = /whole picture|full picture|critical parts|less rosy|less glowing|even-handed/i;

  it.each([
    ['Lovely haircut from the team. My only complaint is something small that I will mention next time.', 4],
    ['Great cut and colour. Minus one star, but otherwise perfect.', 4],
  ])('is never answered with a glad-it-went-well line: %#', (text, rating) => {
    const salon = loadProfile('salon');
    expect(draftFor(text, rating, salon)).not.toMatch(WENT_WELL);
    // Where the note may not quote the review, a short general acknowledgement answers it instead.
    expect(draftFor(text, rating, { ...salon, regulated: true })).toMatch(TAKEN);
  });

  it('gives a product with a quibble a line about it on the whole, never an unqualified glad one', () => {
    const draft = draftFor(
      'Solid keyboard, quiet and precise. Cons: no app for Linux, which is a pity.',
      4,
      store,
    );
    expect(draft).toMatch(
      /overall|win out|on balance|even so|most of all|main job|carry the day|balanced view|frank comment|honest comment|critique|by and large|for the most part/i,
    );
    expect(draft).not.toMatch(/on the whole|mostly/);
  });

  it('has several wordings, none of which names or admits anything', () => {
    expect(tw.quibbleUntold.length).toBeGreaterThanOrEqual(4);
    for (const line of tw.quibbleUntold) expect(line).not.toMatch(/sorry|apolog|fault|mistake|wrong|{/i);
  });
});
