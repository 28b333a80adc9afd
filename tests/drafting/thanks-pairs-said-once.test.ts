import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { choosePraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { returning } from '@rebound/server/drafting/thanks-wording';
import { findPeople, isReturningCustomer } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';
import { loadSet, replyTo } from './sample-drafts.ts';

/** A sentence's first three words, as a reader hears two openings alike. */
const opening = (s: string) => s.toLowerCase().split(/\s+/).slice(0, 3).join(' ');

// Two owners praised with an aside between them, a garage's diagnostics, the star a reviewer held back for a reason,
// two things praised in one breath, each named once as the reviewer said it; and a regular who comes on set days.

describe('two people praised with an aside in brackets between them', () => {
  it('are both read as people', () => {
    expect(
      findPeople(
        'Family owned since 1986, Leo and Devon (and their awesome team), are simply the best at what they do.',
      ),
    ).toEqual(['Leo', 'Devon']);
  });

  it('are not read when the sentence faults them (near miss)', () => {
    expect(findPeople('Sadly Leo and Devon (and their team), are always late.')).toEqual([]);
  });
});

describe("a garage's reliable diagnostics", () => {
  const text =
    'Family owned since 1986, Leo and Devon (and their awesome team), are simply the best at what they do. ' +
    'They have consistently performed accurate and reliable diagnostics on my truck. Three cars in our family now.';

  it('are thanked for, with the two people, as a health word would not be', () => {
    const drafts = everyWording(judged('auto'), text, { rating: 5, count: 6 });
    expect(drafts.every((d) => /Leo and Devon/.test(d))).toBe(true);
    expect(drafts.some((d) => /diagnostics/.test(d))).toBe(true);
  });
});

describe('the star held back for a reason', () => {
  it('is read as what the team could do', () => {
    expect(
      readQuibble('Cakes are amazing. Would give 5 star if staff paid better attention to orders.', null),
    ).toEqual(
      expect.objectContaining({ found: true, clause: 'the staff could pay better attention to orders' }),
    );
  });

  it('is told back in the thank-you', () => {
    const drafts = everyWording(
      judged('bakery'),
      'Cakes are amazing. Would give 5 star if staff paid better attention to orders. Messed up twice now.',
      { rating: 4, count: 6 },
    );
    expect(drafts.some((d) => /staff could pay better attention to orders/.test(d))).toBe(true);
    for (const d of drafts) expect(d).not.toMatch(/paid better/);
  });

  it('reads no clause from a star held back for no stated reason (near miss)', () => {
    const q = readQuibble('Cakes are amazing. Would give 5 stars if I could give more than five.', null);
    expect(q.found ? q.clause : null).toBeNull();
  });
});

describe('two things praised in one breath', () => {
  it('are one dish when the verb is for one thing', () => {
    expect(
      readPraise('The red beans and rice was really tasty and had a good kick.').map((p) => p.subject),
    ).toEqual(['the red beans and rice', 'the kick']);
  });

  it('stay two things when the second has two words or the verb is for two (near miss)', () => {
    expect(readPraise('The salad and garlic bread was lovely.').map((p) => p.subject)).toEqual([
      'the salad',
      'the garlic bread',
    ]);
    expect(readPraise('The red beans and rice were lovely.').map((p) => p.subject)).toEqual([
      'the red beans',
      'the rice',
    ]);
  });

  it('are named together with one word when both were praised with it', () => {
    const text = 'As for the food, both the beans and rice were both delicious!';
    expect(choosePraise(readPraise(text), null, text).named.map((p) => p.subject)).toEqual([
      'the beans and rice',
    ]);
  });

  it('are named apart when praised in sentences of their own (near miss)', () => {
    const text = 'The beans were delicious. The service was quick. The rice was delicious too.';
    const named = choosePraise(readPraise(text), null, text).named.map((p) => p.subject);
    expect(named).not.toContain('the beans and rice');
  });
});

describe('a reviewer who comes on set days of the week', () => {
  it('is a regular', () => {
    expect(isReturningCustomer('I come to DS Fitness Studio on Sundays and Mondays for their classes.')).toBe(
      true,
    );
    expect(isReturningCustomer('We come here on Fridays after work.')).toBe(true);
  });

  it('is not one for a single day, or for days spent somewhere else (near misses)', () => {
    expect(isReturningCustomer('I came on a Sunday and the class was great.')).toBe(false);
    expect(isReturningCustomer('We go to church on Sundays and tried the brunch after.')).toBe(false);
  });
});

describe('a reviewer who goes several times a week', () => {
  const text =
    'I tried everything and never stuck with it. I went and am now hooked, and with going multiple times a week it ' +
    'changed my appetite. The instructors are SO sweet and supportive.';

  it('is a regular, greeted as one in a line that does not open like the line before it', () => {
    expect(isReturningCustomer(text)).toBe(true);
    expect(isReturningCustomer('We come here twice a week for the spin class.')).toBe(true);
    for (const draft of everyWording(judged('gym'), text, { rating: 5, count: 6 })) {
      const openings = draft
        .split(/(?<=[.!?])\s+/)
        .map((s) => s.toLowerCase().split(/\s+/).slice(0, 3).join(' '));
      expect(new Set(openings).size).toBe(openings.length);
    }
  });

  it('is not one who only plans to go that often (near miss)', () => {
    expect(isReturningCustomer('I will be going three times a week from now on.')).toBe(false);
    expect(isReturningCustomer('I plan to go twice a week.')).toBe(false);
  });
});

describe('a stylist loved by name and praised for the job in the next sentence', () => {
  const text =
    "I love Gabriel. He does an amazing job every single time I'm there. The salon is always clean and comfortable. " +
    'I have recommended him to a good friend and my mother.';

  it('is read as a person and thanked by name', () => {
    expect(findPeople(text)).toEqual(['Gabriel']);
    const drafts = everyWording(judged('salon'), text, { rating: 5, count: 6 });
    expect(drafts.every((d) => /\bGabriel\b/.test(d))).toBe(true);
  });

  it('is not read from a lukewarm word, nor a loved place taken up by no "he" or "she" (near misses)', () => {
    expect(findPeople('I love Gabriel. He does a decent job most of the time.')).toEqual([]);
    const porta = everyWording(
      judged('restaurant'),
      'We love Porta. The pasta is amazing and the staff are kind.',
      {
        rating: 5,
        count: 6,
      },
    );
    expect(porta.some((d) => /\bPorta\b/.test(d))).toBe(false);
  });
});

describe('the line that greets a regular, across the stored happy reviews', () => {
  it('never opens like a line before it in the same note', () => {
    const greetings = new Set(returning.map(opening));
    const echoed = loadSet('positive')
      .filter((r) => r.rating >= 4 && isReturningCustomer(r.text))
      .map((r) => replyTo(r.kind, r.text, r.rating))
      .filter((draft) => {
        const openings = draft.split(/(?<=[.!?])\s+/).map(opening);
        return openings.some((o, i) => greetings.has(o) && openings.slice(0, i).includes(o));
      });
    expect(echoed).toEqual([]);
  });
});

describe('the sentences of one thank-you note, across the stored happy reviews', () => {
  let notes: string[][] | undefined;
  // Each note's sentences, greeting and sign-off aside; drafted once for every check below.
  const sentencesOfNotes = (): string[][] => {
    notes ??= [...loadSet('positive'), ...loadSet('electronics-positive')]
      .filter((r) => r.rating >= 4)
      .map((r) => replyTo(r.kind, r.text, r.rating))
      .map((draft) =>
        draft
          .split('\n\n')
          .filter((p) => !/^(?:Hi|Hello|Dear) |^— /.test(p))
          .join(' ')
          .split(/(?<=[.!?])\s+/),
      );
    return notes;
  };

  // The first check drafts every note (some 2,000 of them): it is given the time that takes on a busy machine.
  it('never open alike: a later one is reworded at its head ("It is also lovely…", "Thank you, too, for…")', () => {
    const alike = sentencesOfNotes().filter((sentences) => {
      const openings = sentences.map(opening);
      return new Set(openings).size < openings.length;
    });
    expect(alike).toEqual([]);
  }, 180_000);

  it('never say "kind" or "lovely" in two sentences in a row, nor thank for "the review" just after praising it', () => {
    const echoed = sentencesOfNotes().filter((sentences) =>
      sentences.some((sentence, i) => {
        const before = sentences[i - 1] ?? '';
        return (
          (/\bkind\b/i.test(before) && /\bkind\b/i.test(sentence)) ||
          (/\blovely\b/i.test(before) && /\blovely\b/i.test(sentence)) ||
          (/\breview\b/i.test(before) && /^Thank you for (?:the|such a kind|such a) review\b/.test(sentence))
        );
      }),
    );
    expect(echoed).toEqual([]);
  });

  it('never sounds pleased by a point the reviewer raised ("Great to know about the size")', () => {
    const pleased = sentencesOfNotes().filter((sentences) =>
      sentences.some((sentence) => /\bgreat to know about\b/i.test(sentence)),
    );
    expect(pleased).toEqual([]);
  });
});
