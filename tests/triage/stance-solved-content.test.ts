import { readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';

// A low-star review that tells of a fix the reviewer found themselves and closes content with the goods is a happy
// one: they are thanked for sharing the fix, not apologised to. A fix that left a fault, a turn after the verdict or a
// fault told after it keeps the stars' reading.
const sour = { positive: 1, negative: 3, positiveSentences: 1, negativeSentences: 3 };

describe('a fault the reviewer solved, closing content', () => {
  it.each([
    'The player kept freezing on start-up and I was furious. I nearly sent it back, then I found a firmware patch on a forum. Installed it in five minutes. Now I love this little player again!',
    'Headset would not pair with my laptop at all, which drove me mad for a day. I figured out you have to hold the button down for ten seconds. Works perfectly now.',
    'The camera refused to talk to my computer. Support was no help. I downloaded a different driver from a fan site and it took a minute. Now I really like it. The link is below.',
  ])('is read as happy: %s', (text) => {
    expect(readStance(2, sour, 'negative', text)).toBe('happy_with_quibble');
  });

  it.each([
    'It kept freezing. I found a workaround, but it still crashes once a day and I have lost work.',
    'It kept freezing. I found a patch and now I like it, but I should not have had to hunt for it for a week.',
    'It would not pair. I fixed it myself and it works fine now. Then the screen cracked a week later and it is junk.',
    'It kept freezing and the store would not help. Now I love it again? Not really, it is still broken.',
  ])('keeps the stars’ reading: %s', (text) => {
    expect(readStance(2, sour, 'negative', text)).toBe('unhappy');
  });
});

// Four stars under a title that warns ("Mac users beware"), on trouble told first and a lasting verdict of content
// last ("once it was working it has worked well and consistently"), are for how it ended: a quibble to answer, not a
// complaint. Trouble still standing at the end keeps the warning's reading.
describe('a 4-star review whose trouble ended in content', () => {
  const mixed = { positive: 1, negative: 2, positiveSentences: 1, negativeSentences: 2 };

  it('is happy with a quibble where the goods have worked well since', () => {
    expect(
      readStance(
        4,
        mixed,
        'negative',
        'Mac users beware. I use this with an iMac. It does not come with drivers for Mac OS X, nor does the maker offer any help. I had trouble getting it to work, but once it was working it has worked well and consistently.',
      ),
    ).toBe('happy_with_quibble');
  });

  it('keeps the warning’s reading where a fault follows the verdict', () => {
    expect(
      readStance(
        4,
        mixed,
        'negative',
        'Mac users beware. It does not come with drivers for Mac OS X, nor does the maker offer any help. It has worked well for a week. Now it will not connect and support is useless.',
      ),
    ).toBe('unhappy');
  });
});
