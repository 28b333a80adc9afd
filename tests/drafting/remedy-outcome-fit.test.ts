import { spokeOfStay } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { stepAs } from './remedies-helpers.ts';
import { body, draftFor, judged, offered } from './remedy-helpers.ts';

const hotel = judged('hotel');
const restaurant = judged('restaurant');
const salon = judged('salon');
const auto = judged('auto');

describe('a room not fit for the stay is offered part of what the stay cost', () => {
  it.each([
    'We stayed three nights. The furniture was worn out and there was no hot water in the shower.',
    'The air conditioner in our room did not work and the whole place was dated and run down. We barely slept.',
    'The mattress was saggy and the TV in the room was broken. Not what we paid for.',
  ])('offers the partial refund: %s', (text) => {
    const step = stepAs(hotel, text);
    expect(offered(step)).toBe('refund');
    expect(body(draftFor(hotel, text))).toMatch(/\b(?:refund|part of what)/i);
  });

  it.each([
    // The room itself was fine: a quibble about the corridors is no ground for money back.
    'The staff were friendly and the room was clean, but the hallways looked dated and the carpet there was worn.',
    // Parking and the area are not the room.
    'Parking cost a fortune and the valet took forty minutes to bring the car round.',
    // Money held on a card is gone through with the guest, not settled with a partial refund.
    'They held $300 on my credit card after I checked out, and the furniture was worn. Nobody will tell me why.',
  ])('keeps the call: %s', (text) => {
    expect(stepAs(hotel, text).kind).toBe('call');
  });
});

describe('food the reviewer found bad is answered with the price of the dishes', () => {
  it('offers a refund for the dish found bad, not a free meal, to a diner who will not be back', () => {
    const text =
      'Ordered the enchiladas and the rice. The enchiladas were bland and the rice was dry. We will not be back.';
    expect(offered(stepAs(restaurant, text))).toBe('refund');
    const reply = body(draftFor(restaurant, text));
    expect(reply).toMatch(/\brefund/i);
    expect(reply).not.toMatch(/on the house|on us|at our expense|next visit/i);
  });

  it('reads a meal the diner could not bring themselves to eat, with no dish named as bad, as food found bad', () => {
    const text =
      'Came with friends at lunch. Honestly it was disgusting and I did not even want to eat the food. Stay away from this one.';
    const reply = body(draftFor(restaurant, text));
    expect(reply).not.toMatch(/on the house|on us|at our expense|next visit/i);
    expect(offered(stepAs(restaurant, text))).toBe('refund');
  });

  it.each([
    // An ordinary verdict: a refund would be out of proportion to it.
    'The food was mediocre and nothing special, and the service was slow.',
    // The verdict is taken back in the same breath.
    'The room was noisy and we waited an hour. That is not to say the food was bad, it was fine.',
  ])('keeps the call for a verdict that is not bad food: %s', (text) => {
    expect(offered(stepAs(restaurant, text, 2))).not.toBe('refund');
  });

  it('does not read a guest who tells others to stay away as a guest who stayed', () => {
    expect(spokeOfStay('Stay away from this place, the tacos were awful.')).toBe(false);
    expect(spokeOfStay('We stayed two nights.')).toBe(true);
  });
});

describe('work that came out wrong is offered the business’s redo, for that work', () => {
  it('offers the salon’s free appointment for the colour alone when the colour went wrong', () => {
    const text = 'Asked for soft caramel highlights and left with brassy orange streaks all through my hair.';
    const step = stepAs(salon, text);
    expect(offered(step)).toBe('redo');
    expect(step.kind === 'remedy' ? step.remedy.label : '').toMatch(/correct the colour$/);
    expect(body(draftFor(salon, text))).toMatch(/correct the colour\b(?! or cut)/);
  });

  it.each([
    // The salon's redo is for a colour or a cut, not a manicure.
    'My manicure chipped within two days and the polish was patchy.',
    // Someone who will not come back is not won over by a free visit.
    'My haircut was botched, uneven on both sides. I am never going back there.',
    // Already put right elsewhere.
    'The colour was patchy and brassy, so I went to another salon and they fixed it.',
  ])('keeps the call where the redo does not fit: %s', (text) => {
    expect(offered(stepAs(salon, text))).not.toBe('redo');
  });

  it('offers the garage’s re-inspection when the fault is still there after the repair', () => {
    const text = 'They replaced the alternator but the battery light is still on and the car barely starts.';
    expect(offered(stepAs(auto, text))).toBe('redo');
    const reply = body(draftFor(auto, text));
    expect(reply).toMatch(/re-inspection/);
    expect(reply).not.toMatch(/at no charge of the work/);
  });

  it('keeps the call for a garage complaint about the people and the wait alone', () => {
    const text = 'The mechanic was rude to my wife and the car was ready two hours after the time promised.';
    expect(stepAs(auto, text).kind).toBe('call');
  });
});
