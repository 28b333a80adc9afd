import { productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// A thank-you names what the reviewer praised, in the reviewer's own kind of words, and claims nothing the review
// does not tell: no order brought to the door for a meal eaten in, no "everything was just right" for a visit with a
// slip in it, and a dock is never called a mount.

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);
const hows = (text: string, title: string | null = null, product: string | null = null): string[] =>
  productPraise(text, title, product).map((p) => p.how ?? '');

describe('where the business stands, praised without "the"', () => {
  it('reads "Location is tremendous" as praise of the location', () => {
    expect(subjects('Excellent hotel. Location is tremendous and the area is beautiful!')).toContain(
      'the location',
    );
    expect(subjects('Rooms were fine. Location was outstanding.')).toContain('the location');
  });

  it('still reads no location in the branch itself or a location found wanting (near misses)', () => {
    expect(subjects('This location is great, better than the one downtown.')).not.toContain('the location');
    expect(subjects('Location was not great, but the rooms were fine.')).not.toContain('the location');
  });

  it('names the location in the thanks of a review that praised nothing else', () => {
    const [reply] = draftPage(loadProfile('hotel'), [
      {
        text: 'Excellent hotel - service was beyond anything we have experienced. I would recommend this hotel to everyone. Location is tremendous and the surrounding area is beautiful!',
      },
    ]);
    expect(bodyOf(reply ?? '')).toMatch(/\blocation\b/);
  });
});

describe('a product praised for what it is', () => {
  it('tells back its size and looks as the reviewer put them', () => {
    expect(
      hows("I use it every day. It's small, sleek and elegant and has a quick transfer rate."),
    ).toContain('small and sleek it is');
    expect(hows('The reader is great. It is super speedy.', null, 'the reader')).toContain(
      'speedy the reader is',
    );
  });

  it('reads no praise of its size where the reviewer finds it too small (near misses)', () => {
    expect(hows('It is small for my hands and the buttons are fiddly.').join(' ')).not.toMatch(/small/);
    expect(hows('It is small enough, I suppose.').join(' ')).not.toMatch(/small/);
    expect(hows('It is small but the screen is hard to read.').join(' ')).not.toMatch(/small/);
  });

  it('names the size in a note on a flash drive praised for it', () => {
    const [reply] = draftPage(loadProfile('electronics'), [
      {
        text: "I have used this drive every day for a year and it has never let me down. It's small, sleek and elegant and has a quick transfer rate.",
        title: 'Great little drive',
        itemName: 'SanDisk Cruzer Micro 256 MB',
        rating: 5,
      },
    ]);
    expect(bodyOf(reply ?? '')).toMatch(/\bsmall\b/);
  });
});

describe('a holder is called what its listing calls it', () => {
  const reviews = [
    'So cute and fits the Nano exactly. It looks great on my desk.',
    'Looks sharp and charges the player while it sits there. Very happy with it.',
    'Works well and keeps my desk tidy. Would buy again.',
  ];
  it('says "dock" for a dock, never "mount"', () => {
    const page = draftPage(
      loadProfile('electronics'),
      reviews.map((text) => ({
        text,
        itemName: 'Apple MA072G/A Dock for iPod Nano 1st Generation: Electronics',
      })),
    );
    for (const reply of page) expect(reply).not.toMatch(/\bmount\b/i);
    expect(page.some((reply) => /\bApple dock\b/.test(reply))).toBe(true);
  });

  it('still says "mount" for a mount (near miss)', () => {
    const page = draftPage(
      loadProfile('electronics'),
      reviews.map((text) => ({ text, itemName: 'Garmin Portable Friction Mount: Electronics' })),
    );
    expect(page.some((reply) => /\bGarmin mount\b/.test(reply))).toBe(true);
  });
});

// Every close for a meal ordered out speaks of the next order.
const ORDER_CLOSE = /\border\b|\bdoorstep\b|\bnight in\b/i;
const AT_DOOR = /\bdoorstep\b|\bnight in\b|\barrives\b/i;

describe('a meal ordered out is closed on only where the review tells of one', () => {
  it('reads "just eat the real version" as no delivery app', () => {
    const page = draftPage(loadProfile('restaurant'), [
      'The milkshake was the highlight for me. The gyro was fine but I would rather just eat the real version.',
      'Tasty lunch and a friendly welcome at the counter. Honestly I could just eat the curry patty every day.',
      'The falafel was lovely. Next time I will just eat dessert first.',
    ]);
    for (const reply of page) expect(bodyOf(reply)).not.toMatch(ORDER_CLOSE);
  });

  it('still closes on the next order for a meal sent through Just Eat (near miss)', () => {
    const [reply] = draftPage(loadProfile('restaurant'), [
      'Ordered through Just Eat on a Friday. The curry was lovely and hot.',
    ]);
    expect(bodyOf(reply ?? '')).toMatch(ORDER_CLOSE);
  });

  it('never brings a take-away collected at the counter to the door, nor promises it as quickly', () => {
    const page = draftPage(loadProfile('restaurant'), [
      'Ordered takeout breakfast. I picked it up at the counter in the back. The eggs benedict was very good.',
      'Got takeout for lunch and picked it up on the way home. The noodles were great.',
      'Ordered take-out pizza and collected it myself. Really good crust.',
      'Ordered carry-out and grabbed it from the front. The tacos were delicious.',
      'Got takeout after work, picked up at the counter. Lovely soup.',
    ]);
    for (const reply of page) expect(bodyOf(reply)).not.toMatch(AT_DOOR);
  });

  it('still brings a delivery to the door (near miss)', () => {
    const page = draftPage(loadProfile('restaurant'), [
      'Ordered delivery on Friday night. The driver was fast and the curry arrived hot.',
      'Ordered for delivery and it came quickly. The noodles were great.',
      'Delivered to our door in twenty minutes. Really good pizza.',
      'Ordered delivery again, and it came fast as always. The tacos were delicious.',
      'Ordered for delivery. Lovely soup, arrived quickly.',
    ]);
    expect(page.some((reply) => AT_DOOR.test(bodyOf(reply)))).toBe(true);
  });
});

describe('a visit with a slip in it is never said to have been just right', () => {
  it('keeps "everything was just right" out of notes on pretty good visits', () => {
    const page = draftPage(loadProfile('restaurant'), [
      { text: 'Pretty good, run of the mill place. The entrees were worse than elsewhere.', rating: 4 },
      { text: 'It was fine. The young man serving did not know the menu, but overall good.', rating: 4 },
      { text: 'Decent brunch. We only saw our server every so often.', rating: 4 },
      { text: 'Good enough for a quick bite. Nothing special.', rating: 4 },
      { text: 'Solid spot. A bit loud on a Saturday.', rating: 4 },
      { text: 'Pretty good overall, a standard menu.', rating: 4 },
      { text: 'Nice enough dinner, a little slow at the end.', rating: 4 },
      { text: 'Good food, average room.', rating: 4 },
      { text: 'We liked it. Fine for a weeknight.', rating: 4 },
      { text: 'Pretty good, would come again.', rating: 4 },
    ]);
    for (const reply of page) expect(reply).not.toMatch(/\bjust right\b/i);
  });
});

describe('praise with a hedge on it is told back no warmer', () => {
  const strongOf = (text: string): boolean[] => readPraise(text).map((p) => p.strong);

  it('reads "pretty good" and "quite nice" as mild praise', () => {
    expect(strongOf('The pasta was pretty good.')).toEqual([false]);
    expect(strongOf('The room was quite nice.')).toEqual([false]);
  });

  it('still reads feeling where the reviewer gave it (near misses)', () => {
    expect(strongOf('The pasta was really good.')).toEqual([true]);
    expect(strongOf('The pasta was pretty amazing.')).toEqual([true]);
  });

  it('never thanks a reviewer for rating a "pretty good" dish so highly', () => {
    const page = draftPage(
      loadProfile('restaurant'),
      [
        'The brunch was pretty good.',
        'The pasta was pretty good. Would come again.',
        'The burger was quite good, and the fries were fine.',
        'The pizza was pretty good for the price.',
        'The soup was fairly good.',
        'The tacos were pretty good.',
        'The curry was quite nice.',
        'The salad was pretty good and fresh enough.',
      ].map((text) => ({ text, rating: 4 })),
    );
    for (const reply of page) expect(reply).not.toMatch(/\bso highly\b|\bso warmly\b|\bpraised like this\b/i);
  });
});

describe('a service given free is named for what it is', () => {
  it('reads "the free airport shuttle was a lifesaver" as praise of the airport shuttle', () => {
    expect(subjects('The free airport shuttle was a lifesaver and the room was clean.')).toContain(
      'the airport shuttle',
    );
    expect(subjects('Nice stay. The complimentary breakfast was delicious.')).toContain('the breakfast');
  });

  it('names the shuttle in the thanks, without calling it free', () => {
    const [reply] = draftPage(loadProfile('hotel'), [
      'The free airport shuttle was a lifesaver and the room was clean.',
    ]);
    expect(bodyOf(reply ?? '')).toMatch(/\bairport shuttle\b/);
    expect(bodyOf(reply ?? '')).not.toMatch(/\bfree\b|\bcomplimentary\b/i);
  });

  it('still names no reward on its own (near miss)', () => {
    expect(subjects('The refund was quick and the voucher was generous.')).toEqual([]);
    expect(subjects('The gift card was generous.')).toEqual([]);
  });
});

describe('a title that praises the set-up', () => {
  const router = 'Linksys WRT54G Wireless-G Router: Electronics';

  it('tells back "Super easy setup" from the title', () => {
    expect(
      hows('Plugged it in and the range is good across the house.', 'Super easy setup', 'the router'),
    ).toContain('easy the router is to set up');
  });

  it('still reads an easy set-up told in the text (near miss)', () => {
    expect(hows('It was very easy to set up and the range is good.', 'Good range', 'the router')).toContain(
      'easy the router is to set up',
    );
  });

  it('reads no easy set-up the reviewer denies', () => {
    expect(
      hows('Plugged it in and the range is good.', 'Not an easy setup', 'the router').join(' '),
    ).not.toMatch(/easy/);
    expect(
      hows('It was not easy to set up, but the range is good.', 'Good range', 'the router').join(' '),
    ).not.toMatch(/easy/);
  });

  it('names the easy set-up in the note', () => {
    const [reply] = draftPage(loadProfile('electronics'), [
      {
        text: 'Plugged it in and the range is good across the whole house.',
        title: 'Super easy setup',
        itemName: router,
        rating: 5,
      },
    ]);
    expect(bodyOf(reply ?? '')).toMatch(/\beasy\b/);
  });
});

describe('the thing the reviewer singled out leads', () => {
  const review =
    'I have tried the mac and cheese, the fries and the bread pudding. The mac and cheese is really good, and the crumbs on top add a nice crunch (get the loaded mac and cheese). The fries are great. Lastly, I have dreams about that bread pudding sometimes.';

  it('names the bread pudding the reviewer dreams about before the mac and cheese praised as warmly', () => {
    const [reply] = draftPage(loadProfile('restaurant'), [review]);
    expect(bodyOf(reply ?? '')).toMatch(/\bbread pudding\b/);
    expect(bodyOf(reply ?? '')).not.toMatch(/\bmac and cheese\b/);
  });

  it('still names the warmest praise first where nothing was singled out (near miss)', () => {
    const [reply] = draftPage(loadProfile('restaurant'), [
      'The mac and cheese was absolutely amazing, the best I have had. The fries were good.',
    ]);
    expect(bodyOf(reply ?? '')).toMatch(/\bmac and cheese\b/);
  });
});

describe('a size told with the trouble it brings is no praise of the size', () => {
  it('reads "so small it gets tossed into a pocket and scratched" as no praise', () => {
    expect(
      hows("It's so small it gets tossed into whatever pocket is free and that can lead to scratches.").join(
        ' ',
      ),
    ).not.toMatch(/small/);
    expect(hows('It is tiny and easy to lose.').join(' ')).not.toMatch(/tiny/);
  });

  it('still reads a small size praised for itself (near miss)', () => {
    expect(hows('It is so small it fits in any pocket.')).toContain('small it is');
  });
});
