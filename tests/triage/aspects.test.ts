import { describe, expect, it } from 'vitest';
import { judgedThing, toldFaults } from '../../server/src/drafting/told-aspects.ts';
import { readAspects } from '../../server/src/triage/situation/aspects.ts';

const said = (text: string) =>
  readAspects(text).map((a) => `${a.polarity}:${a.subject}:${a.degree}:${a.words.join('+')}`);

describe('judgements of named things', () => {
  it('reads a thing judged after a linking verb, with its strength and both words', () => {
    expect(said('We waited ages. The dumplings were so greasy and bland, honestly.')).toEqual([
      'negative:the dumplings:so:greasy+bland',
    ]);
  });

  it('reads a thing judged in front of it when the phrase closes, and not when it runs on', () => {
    expect(said('We got soggy fries, cold coffee and a smile.')).toContain('negative:the fries::soggy');
    expect(said('I am in the salty camp when it comes to soup.')).toEqual([]);
  });

  it('reads "not" with praise as a fault and leaves faint praise alone', () => {
    expect(said('The bathroom was not clean.')).toEqual(['negative:the bathroom::not clean']);
    expect(said('The pasta was not bad at all.')).toEqual([]);
  });

  it('reads a word that turns on the thing as a fault when paired with one, and not a fault taken back', () => {
    expect(said('The rooms are dark and smelly.')).toEqual(['negative:the rooms::dark+smelly']);
    expect(said('The bar was dark and cosy.')).toEqual([]);
    expect(said("You don't need this large, clunky armband.")).toEqual([
      'negative:the armband::large+clunky',
    ]);
    expect(said('Dinner is expensive but OK.')).toEqual([]);
    expect(said('Dirty wine glasses and plates were left in the corridor for two days.')).toEqual([]);
    expect(said('We were served dirty glasses and the wine was warm.')).toContain(
      'negative:the glasses::dirty',
    );
    expect(said('The parking was expensive but worth it.')).toEqual([]);
    expect(said('The dinner was expensive but bland.')).toEqual(['negative:the dinner::expensive']);
  });

  it('counts words that turn on the thing only after "too", and loudness only where it is no virtue', () => {
    expect(said('The room was small.')).toEqual([]);
    expect(said('The room was too small.')).toEqual(['negative:the room:too:small']);
    expect(said('The music was so loud.')).toEqual(['negative:the music:so:loud']);
    expect(said('The speakers are so loud.')).toEqual([]);
  });

  it('reads a sentence that opens on the thing, and the service as a thing', () => {
    expect(said('Staff were lovely. Service was slow.')).toEqual([
      'positive:our staff::lovely',
      'negative:the service::slow',
    ]);
  });

  it('says manners only of people and turns our people to "our"', () => {
    expect(said('The hostess was rude.')).toEqual(['negative:our hostess::rude']);
    expect(said('The phone call was rude.')).toEqual([]);
    expect(said('My waiter was lovely and attentive.')).toEqual(['positive:your waiter::lovely+attentive']);
  });

  it('leaves out what is not ours, compounds, names, and other places or times', () => {
    expect(said('The train was crowded.')).toEqual([]);
    expect(said('They forgot the sour cream.')).toEqual([]);
    expect(said('My hair is thin.')).toEqual([]);
    expect(said('If the soup were hot it would be fine.')).toEqual([]);
    expect(said('Usually the staff are friendly.')).toEqual([]);
    expect(said('The pizza was greasy, which I like.')).toEqual([]);
    expect(said('It is one of the most expensive spas in town.')).toEqual([]);
  });

  it('reads no thing from a word that says how something seemed ("bland tasting", "cheap looking")', () => {
    expect(said('My curry was bland tasting.')).toEqual(['negative:your curry::bland']);
    expect(said('We got a bland tasting, watery soup and cheap looking cutlery.')).not.toContainEqual(
      expect.stringMatching(/tasting|looking/),
    );
    expect(said('The seating was uncomfortable.')).toEqual(['negative:the seating::uncomfortable']);
  });

  it('reads no thing from a phrase that ends in talk ("a bad employee right")', () => {
    expect(said('Sure, every shop can have a bad employee right.')).toEqual([]);
    expect(judgedThing('Every shop has a bad day right? Fine.')).toBeNull();
  });

  it('reads no thing from a figure of speech ("in a disgusting turn", "on a sour note")', () => {
    expect(judgedThing('In a disgusting turn, the manager refused to help us.')).toBeNull();
    expect(judgedThing('On a sour note, nobody came to clear the table.')).toBeNull();
    expect(judgedThing('The soup was disgusting.')).toBe('the soup');
  });

  it('reads no fault from a guess', () => {
    expect(said('Perhaps I was sent a defective unit.')).toEqual([]);
    expect(said('Maybe the batch was stale that day.')).toEqual([]);
  });
});

describe('faults told back', () => {
  it('tells back up to two faults in the past for a restaurant', () => {
    expect(toldFaults('The pasta is bland. The garlic bread was burnt.', 'food_hospitality')).toBe(
      'the pasta was bland and the garlic bread was burnt',
    );
  });

  it('keeps the present for goods, and joins three things with one fault', () => {
    expect(toldFaults('The handle is loose.', 'retail')).toBe('the handle is loose');
    expect(
      toldFaults('The chicken was cold, the rice was cold and the naan was cold.', 'food_hospitality'),
    ).toBe('the chicken, the rice and the naan were cold');
  });

  it('prefers a named dish to "the food", tells manners as done to the reviewer, and says nothing of verdicts', () => {
    expect(toldFaults('The food was cold. The soup was salty.', 'food_hospitality')).toBe(
      'the soup was salty',
    );
    expect(toldFaults('The waiter was so rude.', 'food_hospitality')).toBe('our waiter was so rude to you');
    expect(toldFaults('The lasagna was horrible.', 'food_hospitality')).toBeNull();
  });

  it('names the thing given a bare verdict, without the verdict, and never "the food" or a person', () => {
    expect(judgedThing('The strap is horrible and it digs in.')).toBe('the strap');
    expect(judgedThing('The food was awful.')).toBeNull();
    expect(judgedThing('The waiter was awful.')).toBeNull();
  });
});

describe('a pause written as dots between two words', () => {
  it('does not cut the fault off from the thing it is told of', () => {
    const read = readAspects('We waited an age and the soup was...cold when it came.');
    expect(read.map((a) => [a.subject, a.words])).toContainEqual(['the soup', ['cold']]);
  });

  it('still ends a sentence where the dots stand before a new one (near miss)', () => {
    const read = readAspects('The soup was cold... The bread was stale.');
    expect(read.map((a) => a.subject)).toEqual(['the soup', 'the bread']);
  });
});
