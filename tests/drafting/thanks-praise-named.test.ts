import { composeDraft } from '@rebound/server/drafting/index';
import { choosePraise, productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { productNoun } from '@rebound/server/drafting/thanks-subject';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const store = loadProfile('electronics');
const replyTo = (text: string, title: string | null = null): string => {
  const r = { author: null, rating: 5, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(store.sector) }), store, { recent: [] })
    .text;
};

describe('praise of a product’s part is read however strongly it was put', () => {
  it.each([
    ['The sound quality is pretty darn good for the size.', 'the sound quality'],
    ['The picture quality is crystal clear, even with every port in use.', 'the picture quality'],
    ['They perform as advertised: the sound is more than adequate.', 'the sound'],
    ['The remote works well and the back-lit buttons are great.', 'the back-lit buttons'],
  ])('%s', (text, subject) => {
    expect(readPraise(text).map((p) => p.subject)).toContain(subject);
  });

  it('keeps the whole of a hyphenated name, never a cut-off half', () => {
    expect(readPraise('The back-lit buttons are great.').map((p) => p.subject)).not.toContain(
      'the lit buttons',
    );
  });

  it.each([
    [
      'The picture quality is crystal clear, even with every port in use, and setup took minutes.',
      /picture quality/,
    ],
    ['The sound quality is pretty darn good, and it folds up small.', /sound quality/],
  ])('a shop’s thank-you names it: %s', (text, named) => {
    for (const title of [null, 'Fantastic', 'Great value', 'Happy customer'])
      expect(replyTo(text, title)).toMatch(named);
  });
});

describe('a product praised as "it" or "they" is told back as the reviewer put it', () => {
  it.each([
    ['They are super comfortable and seem to block the world out.', null, 'comfortable they are'],
    [
      'I have had these for a month and I love them they sound awesome.',
      'the speakers',
      'good the speakers sound',
    ],
    ['Very easy set up. Quality product.', null, 'easy it is to set up'],
  ])('%s', (text, product, how) => {
    expect(productPraise(text, null, product).map((p) => p.how)).toContain(how);
  });

  it('takes no "enough" for praise', () => {
    expect(productPraise('It is fast enough for me.', null, null)).toEqual([]);
  });
});

describe('two people praised together are both people', () => {
  it('never reads a name paired with another as a thing, and hands the praise to them', () => {
    const text = 'Handy for the conference centre. Martin and Marco were very nice and professional.';
    expect(readPraise(text, ['Marco']).map((p) => p.subject)).not.toContain('the martin');
    expect(findPeople(text)).toEqual(expect.arrayContaining(['Martin', 'Marco']));
  });
});

describe('what a product was praised for, said plainly', () => {
  it.each([
    ['The router works great and the lights are easy to read.', 'well the router works'],
    ['Plug it in, pick the input, works beautifully.', 'well it works'],
    ["It's been running fine ever since I bought it last spring.", 'well it works'],
    ['Runs smooth and looks great on the shelf.', 'well it works'],
    ['No drivers needed, easily configured in the game settings.', 'easy it is to configure'],
    ['The clamp is easy to move from the desk to the shelf.', 'easy it is to move'],
    ['These bookshelf speakers sound great for the money.', 'good they sound'],
    ['This SD card is so fast that burst mode never stalls.', 'fast it is'],
    ['The rubber feet really hold up over time.', 'well the rubber feet hold up'],
  ])('%s', (text, how) => {
    expect(productPraise(text, null, null).map((p) => p.how)).toContain(how);
  });

  it('reads a part of the product the title praises when the text names it too', () => {
    const text = 'Bought it for car trips. The picture quality beats the old one and the battery lasts.';
    expect(productPraise(text, 'Great picture quality', null).map((p) => p.subject)).toContain(
      'the picture quality',
    );
    expect(productPraise('Bought it for car trips.', 'Great picture quality', null)).toEqual([]);
    // The product itself and the seller's service are not parts to thank for.
    expect(productPraise('This card has been fine.', 'Great card, good service', null)).toEqual([]);
  });

  it('takes a title word that describes another noun for no praise of the product', () => {
    expect(productPraise('Light travels in a straight line.', 'simple physics', null)).toEqual([]);
    expect(productPraise('Never failed me.', 'Very dependable', null).map((p) => p.how)).toEqual([
      'dependable it is',
    ]);
  });

  it('never tells back a misspelt part ("the accesories work")', () => {
    expect(productPraise('all the accesories works perfect', null, null).map((p) => p.subject)).not.toContain(
      'the accesories',
    );
  });

  it.each([
    ['The photo quality is astonishing and the prints dry fast.', 'the photo quality'],
    ['The best headphones I ever had, and the bass is deep.', 'the headphones'],
    ['The sound is simply impressive for a speaker this size.', 'the sound'],
  ])('reads strong praise of a part: %s', (text, subject) => {
    expect(readPraise(text).map((p) => p.subject)).toContain(subject);
  });

  it.each([
    ['The best headphones I ever had, good fit excellent sound.', 'the fit excellent sound'],
    ['These speakers are small and good looking.', 'the looking'],
    ['Nicely engineered, good quality material on the shell.', 'the quality material'],
    ['The mouse makes a nice remote control for the TV.', 'the remote control'],
  ])('names no garbled or passing thing: %s', (text, wrong) => {
    expect(readPraise(text).map((p) => p.subject)).not.toContain(wrong);
  });

  it('takes neither a fan of football nor the printer a paper was used in for the product', () => {
    expect(productNoun('My new set arrived today.', 'Very happy football fan')).toBeNull();
    expect(productNoun('Prints smoothly every time.', 'Looks great on my Epson printer')).toBeNull();
    expect(productNoun('Clear sound.', 'You get what you pay for with these speakers')).toBe('the speakers');
  });

  it('never reads a carrier or a maker thanked by name as a member of staff', () => {
    expect(findPeople('Shipped two days early. Kudos to Fedex! Thanks Logitech for the driver.')).toEqual([]);
  });
});

describe('a person praised at length is thanked, and one faulted is not', () => {
  const studio = loadProfile('salon');
  const replyFor = (text: string): string => {
    const r = { author: null, rating: 5, text, title: null };
    return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(studio.sector) }), studio, {
      recent: [],
    }).text;
  };

  it('is not called a fault by one sentence that names her beside an unrelated "not"', () => {
    const text = [
      'Thank you Marisol, you always lift my mood.',
      'Marisol noticed I was not sitting comfortably and moved me to a better chair.',
      'Marisol checks in with every client.',
      'I love how Marisol explains each step.',
      'Marisol is the reason I keep coming back!',
    ].join(' ');
    const reply = replyFor(text);
    expect(reply).toContain('Marisol');
    expect(reply).not.toMatch(/candid|talk it through|raise it/i);
  });

  it('is never thanked when the review mostly finds fault with them', () => {
    const reply = replyFor(
      'The colour came out lovely in the end. Sadly Devon was rude at the desk and Devon forgot my booking. Devon was friendly on the phone.',
    );
    expect(reply).not.toMatch(/(?:thank|shared|pass)[^.]*Devon/i);
  });
});

describe('the thing most praised is the one a thank-you names', () => {
  const chosen = (text: string): string[] =>
    choosePraise(readPraise(text, findPeople(text)), null, text).named.map((p) => p.subject);

  it('takes the "best part", even when two words describe it', () => {
    const text =
      'The front desk lady was cheerful and quick, but honestly the best part was their clear, detailed quote, which I could read line by line.';
    expect(chosen(text)).toEqual(['our detailed quote']);
  });

  it('takes the one feature the reviewer calls among the best', () => {
    const text =
      'Roomy bag for a weekend away. One of the best features is the mesh side pocket for my charger.';
    expect(readPraise(text).find((p) => p.star)?.subject).toBe('the mesh side pocket');
  });

  it('names what the review keeps coming back to, not a side order praised once beside it', () => {
    const text = [
      'These croissants are enormous and still so flaky.',
      'I ordered three croissants and a hot chocolate.',
      'The hot chocolate was rich, which was a bonus.',
      'But the croissants were outstanding, and I would drive an hour for a croissant like that.',
    ].join(' ');
    expect(chosen(text)).toEqual(['the croissants']);
  });

  it('keeps two things praised about as often', () => {
    const text = 'The brisket was outstanding. The cornbread was outstanding too.';
    expect(chosen(text)).toEqual(['the brisket', 'the cornbread']);
  });

  it('never names the aisles or the shelves at the end of a long list of a shop', () => {
    const text =
      'Handy little pharmacy. Cashiers have been friendly and patient every time. It stocks snacks, cards, shampoo, batteries, wrapping paper and cold drinks. Aisles are easy to get around and the shelves are always full.';
    const all = readPraise(text);
    expect(all.map((p) => p.subject)).toContain('the cashiers');
    expect(chosen(text)).not.toContain('the aisles');
    expect(chosen(text)).not.toContain('the shelves');
  });

  it('reads a top mark given to one thing as praise of it', () => {
    expect(chosen('The coffee is a 10 and the pastries are fine.')).toContain('the coffee');
  });

  it('reads "everyone who works there is so nice" as praise of the team', () => {
    const all = readPraise(
      'I keep renewing because everyone who works there is so friendly and greets you by name.',
    );
    expect(all.find((p) => p.staff)?.subject).toBe('the team');
  });
});

describe('a person praised in the sentence after their name is found', () => {
  it('finds the instructor named at the close of one sentence and praised by "she" in the next', () => {
    const text =
      'The spin bikes are new. I LOVE LOVE the Tuesday session with coach Priyanka. She is amazing and never lets us slack.';
    expect(findPeople(text)).toContain('Priyanka');
    const plain = "I LOVE going to the evening classes when Priyanka. She's amazing and so funny.";
    expect(findPeople(plain)).toContain('Priyanka');
  });

  it('does not take a place closing a sentence for a person', () => {
    expect(findPeople('We drove in from Denver. He was tired but the room was great.')).toEqual([]);
  });
});
