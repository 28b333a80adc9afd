import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

// The grievance a review leads with is the one its reply names: a manager who swore at the guest, a happy hour that
// was not on, a manager chatting with friends while customers waited, a client left waiting after the technician
// went out, a room other than the one booked, warning lights a garage left on. Beside each, a review that only
// looks like it, which must not be read that way.

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (kind: string, text: string): string[] =>
  everyWording(loadProfile(kind), text, { rating: 1, count: 4 });

describe.each([
  {
    what: 'a manager who was crude and rude to the guest',
    kind: 'hotel',
    text: 'At check in the desk said our breakfast package was included, and in the morning it suddenly was not. When I asked about it the duty manager was crude and rude to us, told us it was our own problem and walked off.',
    named: /\b(?:manager|duty manager)\b[^.]*\brude|\brudely\b/i,
  },
  {
    what: 'an advertised happy hour that was not on',
    kind: 'restaurant',
    text: 'The website says happy hour runs every day from three, so I came in for it on my lunch break. The bartender told me they were not doing happy hour today because of the specials. Then I waited fifteen minutes to order.',
    named: /\bhappy hour\b/i,
  },
  {
    what: 'a manager chatting with friends while customers waited',
    kind: 'bakery',
    text: 'I was told my order would be ready in ten minutes and thirty minutes later I was still standing there. All the while the manager on shift was leaning on the counter chatting with his friends instead of helping anyone.',
    named: /\bchatting\b/i,
  },
  {
    what: 'a client left waiting after the technician went out',
    kind: 'spa',
    text: 'Halfway through my appointment the technician left the salon to run an errand, and I sat by the dryers for nearly an hour before anyone else came to finish my nails. Nobody said sorry.',
    named: /\b(?:technician|left waiting|waiting)\b/i,
  },
  {
    what: 'a room other than the one booked',
    kind: 'hotel',
    text: 'We booked and paid for a sea view room months ahead, and at check in we were put in a room facing the service yard instead. The desk said nothing else was free.',
    named: /\bwhat you (?:had )?booked\b/i,
  },
  {
    what: 'warning lights a garage left on',
    kind: 'auto',
    text: 'Took the car in for a routine service. When I collected it the check engine light was on, and it had not been on when I dropped it off. Another garage found a sensor had been left unplugged when they changed the filter.',
    named: /\b(?:warning|engine) light|\bsensor\b|\bunplugged\b/i,
  },
])('$what', ({ kind, text, named }) => {
  it('is named in the apology of every wording', () => {
    for (const draft of drafts(kind, text)) expect(draft, draft).toMatch(named);
  });
});

describe.each([
  {
    what: 'a guest who says their own friend was rude to the manager',
    kind: 'hotel',
    text: 'My friend was loud and rude to the manager after too many drinks, which was embarrassing. The room itself was dirty though, with stains on the sheets.',
    not: /\bmanager\b[^.]*\brude|\brudely\b|treated you/i,
  },
  {
    what: 'a happy hour that was on, with cold fries',
    kind: 'restaurant',
    text: 'We came in for happy hour and the drink deals were on as advertised, but the fries came out stone cold and the burger was dry.',
    not: /\bhappy hour\b/i,
  },
  {
    what: 'a manager who chatted with the reviewer',
    kind: 'bakery',
    text: 'The manager was chatting with us about the new cakes, which was nice, but the bundt cake we took home was dry and stale inside.',
    not: /\bchatting\b|waiting/i,
  },
  {
    what: 'a technician who left a design the reviewer disliked',
    kind: 'spa',
    text: 'The technician left a smudge on two nails and the shape was uneven. I waited for them to dry and went home unhappy with how they looked.',
    not: /\bleft (?:the|you)\b|kept waiting|left waiting/i,
  },
  {
    what: 'a sea view room that was as booked',
    kind: 'hotel',
    text: 'We booked a sea view room and got exactly that, but the air conditioning rattled all night and we hardly slept.',
    not: /\bwhat you (?:had )?booked\b/i,
  },
  {
    what: 'a warning light that brought the car in',
    kind: 'auto',
    text: 'The check engine light was on so I brought the car in. They kept it for four days and still could not tell me what was wrong.',
    not: /\bunplugged\b|had not been on|came back with/i,
  },
])('$what', ({ kind, text, not }) => {
  it('is not read as that grievance', () => {
    for (const draft of drafts(kind, text)) expect(draft, draft).not.toMatch(not);
  });
});

describe('a long review that already told what happened', () => {
  const told = [
    [
      'shop',
      'I really expected much more from this shop after everything my friends had said about it. The whole visit was a letdown from start to finish, and I left feeling I had wasted my afternoon there. I will not be back.',
    ],
    [
      'electronics-store',
      'I went in to ask about a laptop and came out more confused than when I arrived. Nothing was explained, the answers changed every time I asked, and in the end I bought nothing at all. Such a disappointing afternoon.',
    ],
    [
      'restaurant',
      'We booked for a birthday and the whole evening felt off from the moment we sat down. Nobody seemed to know what was going on, the mood was flat, and we went home early. Not what we hoped for at all.',
    ],
  ] as const;

  it.each(told)('is never asked what happened, for its side or the rest of the story (%s)', (kind, text) => {
    for (const draft of drafts(kind, text))
      expect(draft, draft).not.toMatch(
        /\bwhat (?:happened|went on|went wrong)\b|\byour side\b|\bthe full story\b|\bthe rest\b|\btell me (?:a little |some )?more\b|\bhear more\b/i,
      );
  });
});

describe('a fault told of "this" and the thing', () => {
  it('names the thing once, never "it power bank" or "the power bank power bank"', () => {
    const text =
      'This power bank stopped holding a charge after a week. It goes from full to empty in an hour doing nothing.';
    for (const draft of drafts('electronics-store', text)) {
      expect(draft, draft).toMatch(/\bthe power bank stopped holding a charge\b/);
      expect(draft, draft).not.toMatch(/\bit power bank\b|power bank power bank/);
    }
  });
});
