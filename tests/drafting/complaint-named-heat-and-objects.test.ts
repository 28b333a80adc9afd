import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('a grievance is named as the reviewer told it, not as a failure they never had', () => {
  it('tells a router that cuts out until it cools down as overheating, not as one that stopped working for good', () => {
    const reply = replyTo(
      'electronics',
      'The travel router was a letdown. It gets very hot and then will quit working until it cools down again. Frustrating.',
      1,
    );
    expect(reply).toMatch(/overheat|too hot/i);
    expect(reply).not.toMatch(/stopped working|gave out|failed after|long before it should/i);
  });

  it('still tells a router that quit working for good as one that stopped working', () => {
    const reply = replyTo(
      'electronics',
      'The travel router was a letdown. After two weeks it quit working. Frustrating.',
      1,
    );
    expect(reply).toMatch(/stopped working|gave out|failed after|long before it should/i);
  });

  it('names the modems a router would not work with, where the reviewer says it failed with most of them', () => {
    const reply = replyTo(
      'electronics',
      'The router itself does not seem to be compatible with most personal cable/DSL modems. Out of eight houses it worked in one.',
      1,
    );
    expect(reply).toMatch(/most of the modems/i);
  });

  it('never reads a router that works with most modems as one that would not', () => {
    const reply = replyTo(
      'electronics',
      'It works with most modems I tried, but the case cracked within a week and the power lead came loose.',
      2,
    );
    expect(reply).not.toMatch(/modems/i);
  });
});

describe('a description is never told back without what it was missing', () => {
  it('does not say a latch was "missing" when it was missing a screw', () => {
    const reply = replyTo(
      'hotel',
      'This hotel is showing its age. The carpets seemed old. The security latch was loose and missing at least one screw.',
      2,
    );
    expect(reply).not.toMatch(/\bmissing\b(?! (?:at least|a|one|\w+ screw))/i);
    expect(reply).toMatch(/latch was loose/i);
  });

  it('still tells back a range that was too short, which needs nothing after it', () => {
    const reply = replyTo(
      'electronics',
      'I tried to use it in my handheld and it hardly worked, was too slow, too short range, you have to unplug and plug it back again and again.',
      1,
    );
    expect(reply).toMatch(/range was too short/i);
  });

  it('still tells back a latch that was loose and broken', () => {
    const reply = replyTo(
      'hotel',
      'This hotel is showing its age. The carpets seemed old. The security latch was loose and broken.',
      2,
    );
    expect(reply).toMatch(/latch was loose and broken/i);
  });
});
