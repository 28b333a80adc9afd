import { composeDraft } from '@rebound/server/drafting/index';
import { productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
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
