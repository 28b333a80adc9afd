import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe("a product complaint's apology names the fault in the reviewer's own words", () => {
  it('names a fault no frame of ours knows, rather than a bare apology', () => {
    const reply = replyTo(
      'electronics',
      'Set it up on the desk as the manual says. The handset keeps losing the base from the next room. Not what I paid for.',
      1,
    );
    expect(reply).toMatch(/keeps losing the base/);
    expect(reply).not.toMatch(
      /let you down|disappointing experience|the way things turned out|you expected better of us/i,
    );
  });

  it('tells what the reviewer could not get it to do', () => {
    const reply = replyTo(
      'electronics',
      'Charged it overnight as told. I could not get it to pair with my phone at all, three evenings in a row.',
      1,
    );
    expect(reply).toMatch(/it would not pair with your phone/);
    expect(reply).not.toMatch(/you could not get it/);
  });

  it('never tells advice to other buyers as the fault', () => {
    const reply = replyTo(
      'electronics',
      'Save your money. If you buy the cheaper model the picture drops out just the same, so skip both.',
      1,
    );
    expect(reply).not.toMatch(/drops out/);
  });
});
