import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A thank-you names the heart of the review, not a detail said once in passing: the instructor a member raves about
// rather than the clean locker room, the spa's grounds rather than treatments told on the way to them, the doctor the
// review opens with, the diet the kitchen looked after, goods that came in record time. Where the heart cannot be
// named, a general line is truer than a side detail.

const happy = (profile: string, text: string, rating = 5) =>
  everyWording(judged(profile), text, { rating, count: 30 });

describe('a named person praised with feeling', () => {
  const text =
    'I came back after a year away and I am so glad I did. The equipment is well kept and there is never a queue. ' +
    'I absolutely love the spin classes with Priscilla. She is amazing, the best instructor I have had. ' +
    'The changing room is clean.';

  it('is the heart of the note, not the clean changing room', () => {
    const drafts = happy('gym', text, 4);
    for (const draft of drafts) expect(draft).not.toMatch(/changing room/i);
    expect(drafts.some((draft) => /Priscilla/.test(draft))).toBe(true);
  });

  it('leaves a changing room praised with nobody named beside it (near miss)', () => {
    const drafts = happy(
      'gym',
      'I came back after a year away and I am so glad I did. The equipment is well kept. The changing room is clean.',
      4,
    );
    expect(drafts.some((draft) => /changing room/i.test(draft))).toBe(true);
  });
});

describe('treatments told in passing at a spa', () => {
  it('are not thanked for when the review raves about the rest of the place', () => {
    const drafts = happy(
      'spa',
      'My partner surprised me with a day pass for my birthday. Honestly the loveliest place I have been to! ' +
        'I had a facial and a massage. Then I had the run of the steam room, the hot tub and the big outdoor pool. ' +
        'There were quiet lounges with log fires too. Wow! And the price was fair for what you get.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/facial|massage/i);
  });

  it('are thanked for when the sentence that tells them praises them (near miss)', () => {
    const drafts = happy(
      'spa',
      'My partner surprised me with a day pass. I had a facial with Rhona and it was heavenly. So relaxing.',
    );
    expect(drafts.some((draft) => /facial/i.test(draft))).toBe(true);
  });
});

describe('a doctor named in lower case', () => {
  it('is thanked by name with the title, first as the review names them', () => {
    const drafts = happy(
      'medical',
      'dr. okafor and her whole team are wonderful! a neighbour sent us to her. we have also seen Dr. Brandt, who is lovely too, and we drive an hour to keep coming here.',
    );
    expect(drafts.some((draft) => /Dr\. Okafor/.test(draft))).toBe(true);
    for (const draft of drafts) expect(draft).not.toMatch(/Dr\. Brandt and Okafor|(?<!Dr\. )Okafor/);
  });

  it('never takes a soft drink for a doctor (near miss)', () => {
    const drafts = happy(
      'restaurant',
      'great burgers and they even had dr. pepper on tap! the fries were crispy and the staff were friendly.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/Pepper/);
  });
});

describe('a diet the kitchen looked after', () => {
  it('is told back as what the restaurant was glad to do', () => {
    const drafts = happy(
      'restaurant',
      'Tasty food and a cosy room. They even catered to my veganism without fuss, which is rare round here. Our big table was well looked after.',
      4,
    );
    expect(drafts.some((draft) => /cater for your vegan diet/.test(draft))).toBe(true);
  });

  it('never tells back an allergy, which is a health matter (near miss)', () => {
    const drafts = happy(
      'restaurant',
      'Tasty food and a cosy room. They even catered to my nut allergy without fuss. Our big table was well looked after.',
      4,
    );
    for (const draft of drafts) expect(draft).not.toMatch(/cater for your/);
  });
});

describe('goods that came in record time', () => {
  it('are thanked for as the fast delivery', () => {
    const drafts = happy(
      'electronics-store',
      'We received our wall bracket in record time. We needed it before the new screen arrived at the weekend. It went up easily and holds the screen firmly.',
      4,
    );
    expect(drafts.some((draft) => /fast delivery/.test(draft))).toBe(true);
  });

  it('never turn a meal that came quickly into a delivery (near miss)', () => {
    const drafts = happy(
      'restaurant',
      'Our mains came in record time even on a busy night. The pasta was rich and the staff were cheerful.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/delivery/i);
  });
});
