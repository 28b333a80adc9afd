import { describe, expect, it } from 'vitest';
import { storedDeviceReply } from './device-helpers.ts';

// An apology with no verb of its own ("Apologies for the poor lock", "My apologies that the sound was so poor") or
// one that asks ("Please accept my apologies…") is not run on into the offer with ", and I can arrange…": that joins a
// clause to a phrase. Drafted alone on real electronics reviews; an apology that is a sentence still runs on.

const RUN_ON_PHRASE =
  /(?:^|\n|\. )(?:(?:My|Our) apologies|Apologies|Please accept my apologies)\b[^.]*, and I\b/;

describe('an apology said as a phrase', () => {
  const drafts = Array.from({ length: 400 }, (_, i) => storedDeviceReply(i));

  it('is never run on into the offer', () => {
    const runOn = drafts.filter((d) => RUN_ON_PHRASE.test(d));
    expect(runOn, runOn.join('\n---\n')).toEqual([]);
  });

  it('still opens some replies, and an apology that is a sentence still runs on into the offer', () => {
    expect(
      drafts.filter((d) => /(?:^|\n)(?:My apologies|Apologies|Please accept my apologies)\b/.test(d)).length,
    ).toBeGreaterThan(5);
    expect(
      drafts.filter((d) => /(?:^|\n)I (?:am|was) [^.]*\bsorry\b[^.]*, and I (?:can|will|would)\b/.test(d))
        .length,
    ).toBeGreaterThan(5);
  });
});
