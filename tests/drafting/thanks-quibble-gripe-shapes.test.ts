import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';

describe('a gripe said in shorthand', () => {
  it('reads "w/" as "with" and leaves the sigh out', () => {
    const read = readQuibble(
      'An excellent monitor with great colour. The ONLY gripe I have w/ this monitor is lack of swivel (sigh).',
      null,
    );
    expect(read).toMatchObject({ found: true, noun: 'the lack of swivel' });
  });

  it('never makes a noun of a clause with a negated verb (near miss)', () => {
    const read = readQuibble(
      "Battery lasts all day. The only complaint I have is the suction cups aren't that great.",
      null,
    );
    expect(read).toMatchObject({ found: true, noun: null });
    if (read.found) expect(read.clause).toBe("the suction cups aren't that great");
  });
});

describe('the most annoying part of a product', () => {
  it('is what the thing does of itself, told with when it happens', () => {
    const read = readQuibble(
      'Good transmitter overall. Last, the most annoying part of this whole product, is that it turns off the radio transmitter after a period of no use.',
      null,
    );
    expect(read).toMatchObject({ found: true, clause: 'it turns itself off after a period of no use' });
  });

  it('is no point where the reviewer likes that it switches off (near miss)', () => {
    expect(
      readQuibble('Great player. It turns off after ten minutes to save the battery, which I love.', null)
        .found,
    ).toBe(false);
  });
});
