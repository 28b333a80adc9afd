import { describe, expect, it } from 'vitest';
import { draftFor, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');
const restaurant = judged('restaurant');
const apartments = judged('apartments');

describe('a holding reply names the matter neutrally', () => {
  it('names the adapter and the camera it is said to have killed, offering and admitting nothing', () => {
    const reply = draftFor(
      store,
      'I bought this power adapter for my camera. Two days later it killed the camera and it will not power on.',
    );
    expect(reply).toContain('what happened with the power adapter and your camera');
    expect(reply).not.toMatch(/\b(?:refund|replacement|on us|our fault)\b/i);
  });

  it('names stolen goods offered at the table', () => {
    const reply = draftFor(
      restaurant,
      'Sketchy crowd. While I was eating a man came to our table and asked if I wanted to buy stolen jewellery. Go while it is light.',
    );
    expect(reply).toContain('being offered stolen goods');
  });

  it('names access for a disabled guest sent upstairs', () => {
    const reply = draftFor(
      restaurant,
      'They forced us to the upstairs lounge although my friend has muscular dystrophy and the stairs were hard for him.',
    );
    expect(reply).toContain('the access difficulty you describe');
  });

  it('names the flooding and the mould in a home, where a lawyer is mentioned', () => {
    const reply = draftFor(
      apartments,
      'A burst pipe flooded my bedroom and now there is black mold behind the drywall. My lawyer called the office twice and nobody answered.',
    );
    expect(reply).toContain('the flooding and the mould you describe');
  });

  it('names the break-ins and the squatters at a home, not security problems in general', () => {
    expect(
      draftFor(
        apartments,
        'Cars in the lot get broken into every week and the gate has been broken for months.',
      ),
    ).toContain('the break-ins you describe');
    expect(
      draftFor(apartments, 'Squatters lived in the basement for weeks before anyone from the office came.'),
    ).toContain('the squatters you describe');
  });

  it('a legal threat with no such matter stays general', () => {
    const reply = draftFor(
      apartments,
      'They kept my whole deposit for no reason. My lawyer called the office twice and nobody answered.',
    );
    expect(reply).not.toMatch(/mould|flooding|what happened with/);
  });
});
