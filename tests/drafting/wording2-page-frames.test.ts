import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftPage as page } from './page-helpers.ts';

// A page of one business's replies, drafted in order with the ones before it, read for frames a reader takes for
// one however each is worded: a promise to ring back, and haste told twice ("As soon as I hear from you, I will see
// to it at once").

const CALLS_BACK =
  /\b(?:ring|call|phone) you back\b|\breturn (?:it|any call|your call)\b|\bmiss(?:ed)? (?:you|your call|a call)\b|\bcannot pick up\b/i;
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
const HASTY_OPENING = /^(?:As soon as|The moment)\b/;
const HASTE = /\b(?:at once|straight away|right away)\b/i;

describe('a restaurant page of replies about how diners were treated', () => {
  const replies = page(
    judgedProfile('restaurant'),
    [
      'Our waiter was rude to us all night and rolled his eyes when we asked for water.',
      'The hostess ignored us for fifteen minutes while she chatted on her phone.',
      'The manager was dismissive when we said the table was dirty.',
      'Our server forgot our drinks twice and never apologised.',
      'Staff were curt and made us feel like a nuisance for asking about allergies.',
      'The bartender served everyone who came after us first.',
      'Nobody came to take our order for twenty minutes on a quiet night.',
      'The waitress argued with us about the bill in front of everyone.',
      'We were rushed out of our table before we had finished dessert.',
      'The staff laughed at my friend when she asked for the menu in large print.',
      'The host seated us by the kitchen door although half the room was empty.',
      'The server was short with my elderly father and would not repeat the specials.',
    ],
    'wording2-calls',
  );

  it('promises to ring back at most once in any five replies running', () => {
    for (const [i, reply] of replies.entries()) {
      if (!CALLS_BACK.test(reply)) continue;
      const before = replies.slice(Math.max(0, i - 4), i).filter((r) => CALLS_BACK.test(r));
      expect(before, `${before.join('\n---\n')}\n---\n${reply}`).toEqual([]);
    }
  });

  it('still promises to ring back somewhere on the page, and gives the contact details in every reply', () => {
    expect(replies.some((reply) => CALLS_BACK.test(reply))).toBe(true);
    for (const reply of replies) expect(reply).toMatch(/@|\(555\)/);
  });
});

describe('a shop page of refunds told as what follows the reviewer’s message', () => {
  const replies = page(
    judgedProfile('electronics-store'),
    [
      'The headphones stopped charging after three weeks.',
      'This router drops the connection every evening.',
      'The keyboard arrived with two keys missing.',
      'The webcam picture is grainy and the microphone hums.',
      'The mouse wheel started skipping within a month.',
      'The remote stopped pairing with the TV after a week.',
      'The external drive is far slower than the box claimed.',
      'The charger died after five days.',
      'The speaker crackles at any volume.',
      'The tablet screen went black after five days.',
      'The power bank will not hold a charge.',
      'The desk lamp flickers and the switch broke.',
      'The radio arrived with a cracked case.',
      'The printer jammed on day one.',
      'The fitness tracker strap snapped on the second day.',
      'The smart plug will not connect any more.',
    ],
    'wording2-haste',
  );

  it('never tells the haste twice: an opening that says it is not followed by "at once" or "straight away"', () => {
    for (const reply of replies)
      for (const sentence of sentencesOf(reply))
        expect(HASTY_OPENING.test(sentence) && HASTE.test(sentence), reply).toBe(false);
  });

  it('still ties every offer without days to the reviewer’s message', () => {
    for (const reply of replies) {
      for (const sentence of sentencesOf(reply)) {
        if (!HASTY_OPENING.test(sentence)) continue;
        expect(sentence, reply).toMatch(/\b(?:refund|replacement|new one|money|price|paid|will)\b/i);
      }
    }
  });
});
