import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// One business's replies, drafted in order with the ones before them, are read together as one public page.

const loadProfile = judgedProfile;
const electronics = loadProfile('electronics-store');
const hotel = loadProfile('hotel');

/** Drafts the reviews in order, each with the replies before it as the business's recent replies. */
function page(profile: BusinessProfile, reviews: readonly string[]): string[] {
  const recent: string[] = [];
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1, text, title: null, externalId: `page-${i}` };
    const draft = composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
      recent,
    });
    recent.push(draft.text);
  }
  return recent;
}

/** How many replies carry each match of the pattern. */
function counts(replies: readonly string[], pattern: RegExp): Map<string, number> {
  const found = new Map<string, number>();
  for (const reply of replies) {
    const m = pattern.exec(reply);
    if (m) found.set(m[0], (found.get(m[0]) ?? 0) + 1);
  }
  return found;
}

describe('a page of replies to goods that failed early', () => {
  const replies = page(electronics, [
    'Worked for about two weeks and then it just died. Very annoyed.',
    'The speaker stopped working after a month of light use.',
    'Mine quit working within ten days. It sits in a drawer now.',
    'Used it maybe five times and it no longer turns on at all.',
    'It went dead after only a few uses. Not what I expected for the price.',
  ]);

  it('tells the early failure a different way in each reply', () => {
    const told = counts(
      replies,
      /stopped working so soon|gave out so early(?! in)|gave out so early in its life|failed after such a short time|after so little use it stopped working|stopped working long before it should have/,
    );
    expect([...told.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(4);
    for (const [wording, n] of told) expect(n, wording).toBe(1);
  });
});

describe('a page of replies to goods that would not work with the buyer’s setup', () => {
  const replies = page(electronics, [
    'It is not compatible with my older stereo, whatever the box may suggest.',
    'This adapter would not work with my receiver at all, so it is useless to me.',
    'Sadly the dock was incompatible with the player I already own.',
    'The cable would not work with my monitor or with my spare one.',
  ]);

  it('never says "would not work with your equipment" twice', () => {
    const equipment = replies.filter((reply) => /would not work with your equipment/.test(reply));
    expect(equipment.length).toBeLessThanOrEqual(1);
  });

  it('names the machine it would not work with when the reviewer names one', () => {
    const [reply] = page(electronics, ['Total waste. It does not work with my laptop at all.']);
    expect(reply).toMatch(/would not work with your laptop/);
  });
});

describe('a page of holding replies', () => {
  const replies = page(hotel, [
    'I slipped on the wet floor by the pool and hurt my wrist. There was no sign out.',
    'My husband was bitten all over by something in the bed on our second night.',
    'A shelf in the wardrobe came down on my foot and I was injured.',
    'The balcony rail was loose and my son cut his hand badly on a broken edge.',
  ]);

  it('does not close two replies on the same promise to look into it', () => {
    const promises = counts(
      replies,
      /looking into it personally[^.]*\.|look into it myself[^.]*\.|You will have a reply from me[^.]*\.|As soon as we have spoken[^.]*\.|take this up straight away[^.]*\./,
    );
    for (const [promise, n] of promises) expect(n, promise).toBe(1);
  });

  it('never reads "about … you write about" when it varies how the incident is named', () => {
    for (const reply of replies) expect(reply).not.toMatch(/\babout [^.;]* (?:write|tell us|talk) about\b/);
  });

  it('does not name every incident with the same "… you describe" frame', () => {
    const framed = replies.filter((reply) => / you describe\b/.test(reply));
    expect(framed.length).toBeLessThan(replies.length);
  });
});

describe('asking after whoever was hurt', () => {
  const holding = (text: string): string => {
    const r = { author: null, rating: 1, text, title: null };
    return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) }), hotel).text;
  };

  it('asks after the reviewer alone when only they were hurt', () => {
    for (const text of [
      'I slipped on the wet floor by the pool and hurt my wrist. There was no sign out.',
      'I tripped on a torn bit of carpet in the corridor and injured my knee.',
    ]) {
      const reply = holding(text);
      expect(reply).not.toMatch(/everyone/);
    }
  });

  it('asks after everyone when others were hurt too', () => {
    const reply = holding('My wife and I both slipped on the wet floor by the pool and were hurt.');
    expect(reply).not.toMatch(/hope you are/);
  });
});

describe('a page of holding replies where nobody was hurt', () => {
  const replies = page(hotel, [
    'The lock on our door would not close properly, so anyone could have walked in.',
    'We found bed bugs on the mattress on the first night.',
    'There were cockroaches in the bathroom and under the bed.',
    'The connecting door to the next room did not lock at all.',
    'I saw a mouse run across the floor of our room.',
  ]);

  it('does not open two replies with the same concern sentence frame', () => {
    const frames = counts(
      replies,
      /I am sorry to read about|I was concerned to read about|I am sorry you had to deal with|I am giving|I have read about/,
    );
    for (const [frame, n] of frames) expect(n, frame).toBeLessThanOrEqual(1);
  });
});

describe('one holding reply', () => {
  it('does not say twice that it will look into the matter', () => {
    for (const text of [
      'We found bed bugs on the mattress on the first night.',
      'The lock on our door would not close properly, so anyone could have walked in.',
      'The shower drain smelled of sewage and there was mould all over the grout.',
    ]) {
      for (let variant = 0; variant < 6; variant++) {
        const r = { author: null, rating: 1, text, title: null };
        const reply = composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) }), hotel, {
          variant,
        }).text;
        expect(reply.match(/\blook(?:ing)? into\b/gi)?.length ?? 0, reply).toBeLessThanOrEqual(1);
      }
    }
  });
});
