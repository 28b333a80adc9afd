import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// Beside the reviewer's own remedy, a reply may say what the business will do about the grievance itself: the
// kitchen hears about a dish, the team about how someone was treated, the rest of the stock is checked for a unit's
// fault. It is told where the grievance is of a kind with a plain owner, and on some replies of a page only.

const restaurant = judged('restaurant');
const hotel = judged('hotel');
const electronics = judged('electronics-store');
const dental = judged('dental');

function draft(profile: BusinessProfile, text: string, recent: string[] = [], rating = 2): string {
  const r = { author: null, rating, text, title: null, externalId: 'follow' };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(r, triage, profile, { recent }).text;
}

const KITCHEN = /\b(?:kitchen|chef)\b/;
const TEAM = /\b(?:take up with the team|speaking to the team|raising this with the staff)\b/;
const STOCK = /\b(?:rest of our stock|units of this model)\b/;

const BLAND =
  'We came for a birthday dinner on Saturday. The patio is lovely, but the food was bland and flavourless, the rice was dried out and the beans had no seasoning at all. Not worth the money.';
const RUDE =
  'The front desk manager was very rude to us when we checked in, told us it was our own fault and refused to look at our booking again. Very unprofessional and we will not stay here again.';

describe('a reply says who will hear of the grievance', () => {
  it('takes a dish that lacked flavour to the kitchen', () => {
    const reply = draft(restaurant, BLAND);
    expect(reply).toMatch(KITCHEN);
  });

  it('takes rudeness at the front desk up with the team', () => {
    const reply = draft(hotel, RUDE, [], 1);
    expect(reply).toMatch(TEAM);
  });

  it('has the rest of the stock checked for a unit that hums', () => {
    const reply = draft(
      electronics,
      'The amplifier has a loud hum through both speakers even with nothing playing, and it gets worse as the volume goes up. I tried other cables and another outlet and the hum is still there. Very disappointed.',
      [],
      1,
    );
    expect(reply).toMatch(STOCK);
  });
});

describe('where no such line is told', () => {
  it('leaves a short review two plain sentences', () => {
    const reply = draft(restaurant, 'The food was bland and the rice was dried out.');
    expect(reply).not.toMatch(KITCHEN);
  });

  it('does not check the stock for sound that is the model’s own trait', () => {
    const reply = draft(
      electronics,
      'The sound quality is flat and thin, with no bass to speak of. My old radio sounded far better than this one at any volume. I expected more for the price and will look elsewhere next time.',
      [],
      2,
    );
    expect(reply).not.toMatch(STOCK);
  });

  it('says nothing of the team in a regulated practice’s reply', () => {
    const reply = draft(
      dental,
      'The receptionist was rude to me on the phone and then again at the desk, and nobody apologised for the hour I spent waiting past my appointment time. I will be finding another dentist.',
      [],
      1,
    );
    expect(reply).not.toMatch(
      /\bthe team about this\b|\btake up with the team\b|\braising this with the staff\b/,
    );
  });

  it('is told once in eight replies on one page', () => {
    const first = draft(restaurant, BLAND);
    const second = draft(
      restaurant,
      'Dinner last night was a letdown. The food was bland, the chicken had no seasoning and the sauce tasted of nothing at all. For what we paid I expected far better, and we left most of it.',
      [first],
    );
    expect(first).toMatch(KITCHEN);
    expect(second).not.toMatch(KITCHEN);
    const third = draft(restaurant, BLAND.replace('Saturday', 'Friday'), [first, second]);
    expect(third).not.toMatch(KITCHEN);
  });
});
