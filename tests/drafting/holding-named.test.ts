import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const draftFor = (profile: BusinessProfile, text: string, recent: readonly string[] = []) => {
  const review = { author: 'Sam P.', rating: 1, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(review, triage, profile, { recent });
};

// The reply between the greeting and the sign-off.
const body = (text: string): string => text.split('\n\n').slice(1, -1).join(' ');

describe('a holding reply names who was hurt and what happened, and admits nothing', () => {
  it('names the husband who fell ill after the meal, asks after him, and never names the dish as the cause', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'My husband became very sick from the shrimp we had here on Friday and spent the night throwing up.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/your husband falling ill after the meal/);
    expect(draft.text).toMatch(/I hope he is/);
    expect(draft.text).not.toMatch(/everyone|shrimp|from the/i);
  });

  it('names the cut on the dog a groomer handled, by where it was, and asks after the dog', () => {
    const draft = draftFor(
      loadProfile('salon'),
      'Took my dog in for a full groom. When I picked him up he had a cut on his ear, and now I have a $300 vet bill.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/the cut on your dog['’]s ear/);
    expect(draft.text).toMatch(/I hope he is/);
    expect(draft.text).not.toMatch(/I hope you are|everyone/);
  });

  it('asks after the daughter by name even where the reaction itself is kept general', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'My daughter had an allergic reaction to the dessert even though we told the waiter about her nut allergy.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/I hope your daughter is|your daughter['’]s allergic reaction/);
    expect(draft.text).not.toMatch(/everyone/);
  });

  it('speaks to the reviewer hurt alone about their own injury', () => {
    const draft = draftFor(
      loadProfile('hotel'),
      'The glass shower door shattered and I cut my foot badly on the pieces.',
    );
    expect(draft.text).toMatch(/the cut on your foot/);
    expect(draft.text).toMatch(/you are/);
  });

  it('names nobody where the reviewer fell ill with one of their people beside them', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'I got really sick after eating the shrimp here with my wife and spent the night throwing up.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/your wife/);
  });

  it('asks after everyone, naming nobody, when several people fell ill', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'Three of us got food poisoning after the chicken curry and my husband was the worst, sick all night.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/your husband/);
    expect(draft.text).toMatch(/everyone|all is well/i);
  });

  it('in a clinic names nobody and nothing, and keeps the privacy line', () => {
    const draft = draftFor(
      loadProfile('medical'),
      'My daughter had an allergic reaction to the medication they gave her and then the wait for a doctor was three hours.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/daughter|allergic|wait/i);
    expect(draft.text).toMatch(/privacy/i);
  });
});

describe('a holding reply may regret an ordinary complaint beside the incident', () => {
  it('says sorry for the long wait, never for the illness', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'We waited over an hour for our table. My husband became very sick from the shrimp and spent the night throwing up.',
    );
    const sorry = body(draft.text)
      .split(/(?<=[.!?])\s+/)
      .filter((s) => /sorry|apolog/i.test(s));
    expect(sorry).toHaveLength(1);
    expect(sorry[0]).toMatch(/also/);
    expect(sorry[0]).toMatch(/wait/);
    expect(sorry[0]).not.toMatch(/ill|sick|shrimp/i);
  });

  it('says sorry for a charge sent to collections beside a fall', () => {
    const draft = draftFor(
      loadProfile('service'),
      'I slipped on the wet stairs at the entrance and hurt my back. Then they sent my account to collections over a bill I had already paid.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/also sorry[^.]*\b(?:bill|billing|charges)\b/i);
    expect(draft.text).not.toMatch(/refund|our fault|on us|free/i);
  });

  it('says sorry for rudeness told apart from the incident, never for how staff met the incident', () => {
    const apart = draftFor(
      loadProfile('restaurant'),
      'The waiter was rude to us all night. My husband became very sick from the shrimp and spent the night throwing up.',
    );
    expect(apart.text).toMatch(/also sorry about (?:how|the way) you were (?:treated|dealt with)/);
    const meeting = draftFor(
      loadProfile('service'),
      'The new brake pads stopped working the next day on a hill. When I came back the man at the counter was dismissive and said it must be how I drive.',
    );
    expect(meeting.kind).toBe('holding');
    expect(meeting.text).not.toMatch(/sorry|apolog/i);
  });

  it('regrets nothing where the review makes no other complaint', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'My husband became very sick from the shrimp we had here on Friday and spent the night throwing up.',
    );
    expect(draft.text).not.toMatch(/sorry|apolog/i);
  });
});

describe("a business's holding replies read as written one by one", () => {
  const incidents: ReadonlyArray<readonly [string, string]> = [
    [
      'restaurant',
      'My husband became very sick from the shrimp we had here and spent the night throwing up.',
    ],
    ['restaurant', 'I found a cockroach crawling across our table halfway through dinner.'],
    [
      'restaurant',
      'My daughter had an allergic reaction to the dessert even though we told the waiter about her nut allergy.',
    ],
    ['restaurant', 'I slipped on the wet floor by the bathrooms and cut my hand on the broken tile.'],
    ['restaurant', 'Three of us got food poisoning after the chicken curry and were sick all night.'],
  ];

  const page = (): string[] => {
    const replies: string[] = [];
    for (const [kind, text] of incidents) replies.push(draftFor(loadProfile(kind), text, replies).text);
    return replies;
  };

  it('shares no sentence between two holding replies on the same page', () => {
    const replies = page();
    const seen = new Map<string, number>();
    replies.forEach((reply, i) => {
      for (const sentence of body(reply).split(/(?<=[.!?])\s+/)) {
        expect(seen.get(sentence), `"${sentence}" in replies ${seen.get(sentence)} and ${i}`).toBeUndefined();
        seen.set(sentence, i);
      }
    });
  });

  it('opens no more than half of them with thanks, and thanks in some of them not at all', () => {
    const replies = page().map(body);
    const thanks = /^(?:Thank|I am grateful)/;
    const opened = replies.filter((r) => thanks.test(r)).length;
    expect(opened).toBeLessThanOrEqual(Math.ceil(replies.length / 2));
    expect(
      replies.some((r) => !r.split(/(?<=[.!?])\s+/).some((s) => thanks.test(s))),
      replies.join('\n\n'),
    ).toBe(true);
  });

  it('gives two holding replies in a row different outlines', () => {
    const replies = page();
    // The outline as the kind of each sentence: thanks, concern, regret, invite (contact details), promise.
    const outline = (reply: string): string =>
      body(reply)
        .split(/(?<=[.!?])\s+/)
        .map((s) =>
          /^(?:Thank|I am grateful)/.test(s)
            ? 'thanks'
            : /@/.test(s)
              ? /\b(?:within|inside)\b/.test(s)
                ? 'invite+promise'
                : 'invite'
              : /\b(?:within|inside)\b/.test(s)
                ? 'promise'
                : 'other',
        )
        .join(' ');
    for (let i = 1; i < replies.length; i++)
      expect(outline(replies[i] ?? ''), `${replies[i - 1]}\n\n${replies[i]}`).not.toBe(
        outline(replies[i - 1] ?? ''),
      );
  });
});

describe('a holding reply names a health-rule breach for what the reviewer says it was', () => {
  it('names unmasked guests as health rules not kept, not as hygiene problems', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'My biggest upset was that staff let guests walk around without masks, in breach of the state guidance that demands masks be worn inside.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/health rules you say were not kept/);
    expect(draft.text).not.toMatch(/hygiene/);
  });

  it('names a server coughing over the food as an unwell staff member', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'Our server was coughing and sneezing all over the table while she set down our plates, clearly sick.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/unwell staff member/);
  });

  it('names mould, dirt and insects in a room for what they were, not as hygiene problems or pests', () => {
    const hotel = loadProfile('hotel');
    const mould = draftFor(hotel, 'Black mold all over the shower walls and the ceiling of our room.');
    expect(mould.kind).toBe('holding');
    expect(mould.text).toMatch(/the mould you/);
    expect(mould.text).not.toMatch(/hygiene/);
    const insects = draftFor(
      hotel,
      'That night we spent two hours catching six centipedes in our room; two crawled out of the pillows.',
    );
    expect(insects.kind).toBe('holding');
    expect(insects.text).toMatch(/the centipedes you/);
    expect(insects.text).not.toMatch(/pests|insects/);
  });

  it('names a sewage smell in the bathroom as the sewage, not as hygiene problems', () => {
    const hotel = loadProfile('hotel');
    const sewage = draftFor(
      hotel,
      'Every time we ran the shower the bathroom smelt of sewage, and the bed sagged in the middle.',
    );
    expect(sewage.kind).toBe('holding');
    expect(sewage.text).toMatch(/the sewage you/);
    expect(sewage.text).not.toMatch(/hygiene/);
    // Mould with no sewage in the review is still the mould.
    const mould = draftFor(hotel, 'Black mold all over the shower walls, and the drain was slow.');
    expect(mould.text).toMatch(/the mould you/);
    expect(mould.text).not.toMatch(/sewage/);
  });

  it('names doors that would not lock as the locks, not as security problems', () => {
    const draft = draftFor(
      loadProfile('hotel'),
      'The doors to the building do not lock and the window lock would not close, so we barely slept.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/the trouble with the locks you/);
    expect(draft.text).not.toMatch(/security problems/);
  });

  it('names food handled with bare hands as the food handling', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'The cook handled the raw chicken and then our salad with his bare hands, no gloves at all.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/food handling you describe/);
  });
});
