import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { readPlainFault, readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

// Words the sentiment scores read as wholly warm: the stance turns on the fault alone.
const glowing = { positive: 6, negative: 0, positiveSentences: 3, negativeSentences: 0 };

describe('a fault a happy reviewer says plainly, with no cue word, is read', () => {
  it.each([
    ['The ramen tastes really bland, like plain salt water.', 'verdict'],
    ['Honestly everything was a bit bland overall.', 'verdict'],
    ['The mains were mediocre at best.', 'verdict'],
    ['The burgers are overrated.', 'verdict'],
    ['The desserts were not as amazing as people say.', 'short_of_name'],
    ['The curry did not live up to the hype.', 'short_of_name'],
    ['My calzone was soggy in the middle.', 'fault'],
    ['The chips came out lukewarm.', 'fault'],
    ['Our room was cramped for four people.', 'fault'],
    ['The music was way too loud to talk.', 'fault'],
    ['The bar service was slow on a Friday.', 'fault'],
    ['The tables are too close together.', 'seating'],
    ['We were seated really close to other diners.', 'seating'],
  ])('%s', (sentence, kind) => {
    expect(readPlainFault(sentence)?.kind).toBe(kind);
  });

  it.each([
    // Praise in the words of a fault.
    'The broth was not bland at all.',
    'The music is never too loud, so you can talk.',
    "The tasting menu wasn't overrated, it was worth every penny.",
    'The beer was cold and the wings were perfect.',
    'The pork was slow roasted for hours.',
    'The instructors are so sweet and patient.',
    'Nothing was cold by the time it reached us.',
    'I was worried the crust would be soggy, but it was crisp.',
    // Faults of things outside the business.
    'It was too cold to sit outside.',
    'The weather was cold but the soup warmed us up.',
    'The drive was slow because of roadworks.',
    'My husband was wet through from the rain.',
    'The food at the other location is bland.',
    'The coffee I make at home is mediocre.',
  ])('not: %s', (sentence) => {
    expect(readPlainFault(sentence)).toBeNull();
  });
});

describe('a 4-star review with a plain fault is happy with a quibble, never a complaint', () => {
  it.each([
    'Lovely staff and a gorgeous room. Everything tastes bland overall.',
    'Great wine list. The steak was cold when it arrived.',
    'Friendly staff. I ordered a flat white. But they gave me a latte in a paper cup.',
  ])('%s', (text) => {
    expect(readStance(4, glowing, 'neutral', text)).toBe('happy_with_quibble');
  });

  it.each([
    'Lovely staff and a gorgeous room. The broth was not bland at all.',
    'Great wine list. The beer was cold and the steak was perfect.',
    'Friendly staff. I ordered a small. But they gave me a large for free.',
  ])('stays happy: %s', (text) => {
    expect(readStance(4, glowing, 'neutral', text)).toBe('happy');
  });
});

describe('the reply names the plain fault in one line', () => {
  it('tells back a dish said to taste bland, in its own plain word', () => {
    const reply = replyTo(
      'restaurant',
      'Loved the decor and the sushi. The miso ramen tastes really bland. Will be back.',
    );
    expect(reply).toMatch(/bland miso ramen|miso ramen tasted bland/);
  });

  it('names the seasoning where everything was bland', () => {
    const reply = replyTo(
      'restaurant',
      'Loved the decor and the friendly staff. Everything tastes bland overall though.',
    );
    expect(reply).toMatch(/the seasoning/);
  });

  it('tells dishes that fell short of their name as falling short, never as good news', () => {
    const text =
      'The room is stunning and the cocktails are excellent, but the mains were not as great as they said.';
    const reply = replyTo('restaurant', text);
    expect(reply).toMatch(/the mains did not live up to their reputation/);
    expect(reply).not.toMatch(/good news/i);
  });

  it('tells a named thing and its fault back to the reviewer', () => {
    const reply = replyTo(
      'restaurant',
      'The garlic bread is great. My calzone was wet in the middle. Still ate it all.',
    );
    expect(reply).toMatch(/your calzone was wet/);
  });

  it('tells things set close together as too close, whatever degree word the reviewer used', () => {
    const text = 'Lovely sound and a soft headband. The ear cups were really close together though.';
    expect(readQuibble(text, null)).toMatchObject({ clause: 'the ear cups were too close together' });
  });

  it('names the spacing of the tables rather than "the frank comment"', () => {
    const text =
      'Delicious food and kind staff. I wish they gave people a bit more room. We were sat really close to other people.';
    const reply = replyTo('restaurant', text);
    expect(reply).toMatch(/the spacing between tables/);
    expect(reply).not.toMatch(/frank comment/);
  });

  it('names a muddled order by what was ordered', () => {
    const text =
      'Great pizza. I ordered two shots of espresso over ice. But they gave me two mugs with one shot each. Then a paper cup to pour them into.';
    expect(readQuibble(text, null)).toMatchObject({
      found: true,
      noun: 'the mix-up over your espresso order',
    });
    expect(replyTo('restaurant', text)).toMatch(/mix-up over your espresso order/);
  });

  it('reads no quibble from praise in the words of a fault', () => {
    expect(readQuibble('The broth was not bland at all, and the music was never too loud.', null)).toEqual({
      found: false,
    });
  });
});
