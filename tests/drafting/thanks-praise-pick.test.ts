import { choosePraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';

const subjects = (text: string) => readPraise(text, findPeople(text)).map((p) => p.subject);
const chosen = (text: string) => {
  const all = readPraise(text, findPeople(text));
  return choosePraise(all, null, text).named.map((p) => p.subject);
};

describe('the thing singled out is what a thank-you names', () => {
  it('reads "my favourite was" as the pick of the meal', () => {
    expect(
      chosen(
        'The hosts were nice. We had the ribs. My favorite was the duck blood spread! The dessert came.',
      ),
    ).toEqual(['the duck blood spread']);
  });

  it.each([
    ['We tried three rolls. The best was the tempura cheesecake. Eat it.', 'the tempura cheesecake'],
    [
      'The best part is the house made chopped chicken livers which are simply to die for.',
      'the house-made chopped chicken livers',
    ],
    ['What I really like about this studio is their instructors and the dark room.', 'the instructors'],
    // A list of kinds is named by the head they share.
    ['They even offer fantastic dance, sports, yoga and tumbling classes for the children!', 'the classes'],
    ['The cookie butter milkshake was by far and away the highlight for me.', 'the cookie butter milkshake'],
    [
      'They were very helpful about insurance issues and got the car back quickly.',
      'the help with the insurance',
    ],
    ['The work they completed on the rear bumper of my car was excellent.', 'the work'],
    ['The rates were fair and the room was older but cozy, nice and very clean.', 'the room'],
    ['The boneless wings were decent! The fish tacos took the win!', 'the fish tacos'],
    ['The rooms were fine and the grounds lovely, especially the rose garden.', 'the rose garden'],
    ['Highlights - 1) Comfortable beds 2) Close to the port.', 'the beds'],
    // Praise said of the thing just named, without the business's own name for it.
    ['I come on Sundays for their Cross Training classes and they are amazing!', 'our classes'],
  ])('reads the thing singled out: %s', (text, subject) => {
    expect(subjects(text).filter((s) => s !== 'the team')).toEqual([subject]);
  });

  it('reads a dog-friendly welcome as praise', () => {
    expect(
      subjects('We asked about dogs and they are very dog friendly, so the pup comes next time.'),
    ).toContain('the dog-friendly welcome');
    expect(subjects('Sadly the place is not dog friendly.')).toEqual([]);
    expect(subjects('It was a professional visit with a family friendly approach.')).toEqual([]);
  });

  it('names each thing of "how good the attention and food was"', () => {
    expect(subjects('Excellent place. I forgot how good the attention and food was.')).toEqual([
      'the attention',
      'the food',
    ]);
  });

  it('never names one thing twice in a row', () => {
    expect(
      chosen('The sushi was amazing. The sushi rolls were fantastic and fresh. The staff were nice.'),
    ).toEqual(['the sushi rolls']);
  });

  it('counts hosts among the staff, so they are handed the praise rather than named as a dish', () => {
    const hosts = readPraise('The hosts were super nice.').find((p) => p.subject === 'the hosts');
    expect(hosts?.staff).toBe(true);
  });
});

describe('what was not praised is never told back', () => {
  it('a thing the dish was likened to is not the dish', () => {
    expect(
      subjects('I had the cheese crisp with beef (it almost looked like a cheese crisp pizza).'),
    ).not.toContain('the pizza');
  });

  it('"I like the" is still a liking', () => {
    expect(subjects('I like the crisp pizza and the staff are kind.')).toContain('the crisp pizza');
  });

  it('praise taken back when the same thing is faulted after a turn', () => {
    expect(subjects('The bread was good, but the bread to cheese ratio was off.')).not.toContain('the bread');
    expect(subjects('The bread was good, but the soup was cold.')).toContain('the bread');
    expect(subjects('The food was delicious, but even when your food is ready the line is slow.')).toContain(
      'the food',
    );
  });

  it('praise of another business the reviewer names, or of money made, is not ours', () => {
    expect(subjects('Next door is a Baggins sandwich shop that has excellent food.')).toEqual([]);
    expect(subjects('The staff never up sell to make a quick buck.')).toEqual([]);
  });

  it('"easy to follow" names the instructor without calling them easy', () => {
    const praise = readPraise('The instructor was very easy to follow.');
    expect(praise.map((p) => p.subject)).toEqual(['the instructor']);
    expect(praise.flatMap((p) => p.words)).toEqual([]);
  });

  it('"deep fried" is how it was cooked, not how deep it was', () => {
    const toast = readPraise(
      'I had the deep fried french toast, so tasty, and the deep fried oreos were great.',
    );
    expect(toast.flatMap((p) => p.words)).not.toContain('deep');
  });
});

describe('people the reviewer thanks by name are found', () => {
  it.each([
    ['Jonathan & Carlos are great and so is Tom.', ['Jonathan', 'Carlos']],
    ['After my first haircut from Israel (the barber, not the country), I am hooked.', ['Israel']],
    ['Say hello to Shelley who is the best bartender!', ['Shelley']],
    ['It was fabulous. Tiffany gave me great feet and a neck massage.', ['Tiffany']],
    ['Conversation with Steve (innkeeper) is a joy. Ty Steve!', ['Steve']],
    [
      'For our group, (ages 25 to 96), Innkeeper Steven was creative. Thank you innkeeper Steven!',
      ['Steven'],
    ],
    ['Steve and Kristian are two of the nicest owners I have met.', ['Steve', 'Kristian']],
    ['My girl Lacky is the best in the shop.', ['Lacky']],
    ['Tom Butka was a pleasure to work with.', ['Tom']],
    ['Every time I go there Josh is very pleasant and always does my hair the way I want.', ['Josh']],
    ['The front desk is always pleasant especially Charlotte she is such a sweet girl.', ['Charlotte']],
  ])('%s', (text, people) => {
    expect(findPeople(text)).toEqual(expect.arrayContaining(people));
  });

  it('a pronoun opening the sentence is no name', () => {
    expect(findPeople('It was late. Someone helped us right away.')).toEqual([]);
    expect(findPeople('It was late. Yesterday he was kind. Today she did my nails.')).toEqual([]);
    expect(findPeople('We went with Tom Butka was great.')).not.toContain('Butka');
  });
});

describe('a feeling about a choice is no praise of a thing', () => {
  it('reads no "going" from "comfortable going with the brand", and still reads a comfortable bed', () => {
    expect(subjects('In the end I felt very comfortable going with the Bose brand.').join(' ')).not.toMatch(
      /\bgoing\b/,
    );
    expect(subjects('We slept well on a very comfortable bed.').join(' ')).toMatch(/\bbed\b/);
  });
});
