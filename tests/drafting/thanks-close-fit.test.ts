import { describe, expect, it } from 'vitest';
import { draftHappyReviews, draftPage, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// The close of a shop's thank-you fits what was bought: help with settings or set-up only for kit that has them, a
// case or a cable only for a device that takes one, and always an invitation back rather than a support line.

const store = loadProfile('electronics');
const SETTINGS_HELP = /\bsettings?\b|\bset-?up\b/i;
const ACCESSORIES = /\ba cable, a case\b|\banything to go with\b/i;
const ASKS_IN =
  /\b(?:pop in|drop (?:by|in)|stop (?:in|by)|call in|say hello|see (?:you|us)|come (?:back|in|and)|visit|browse|welcome back|(?:in|at) the (?:shop|store)|at the counter)\b/i;

// Goods that came by post, and a close that asks the buyer back for their next purchase rather than into the shop.
const SENT_TO_THEM =
  /\b(?:shipping|shipped|shipment|arrived|(?:was|were|got|had it|had them) delivered|delivered (?:in|on|within|quickly|fast|promptly|the next|next|on time|to my)|delivery was|in the mail|by post|in the post|(?:ordered|bought|purchased) (?:it |them |this |these |one |mine )?online|online order|mail[- ]order)\b/i;
const ASKS_NEXT =
  /\b(?:next piece|anything else|whatever you need next|whatever you are after|something (?:new|else)|on your list|upgrade|down the line|think of us|track it down|help you (?:find|choose)|see you again)\b/i;

/** The close of each note on a page of the same review, drafted for twenty different earlier pages. */
function closesFor(text: string, itemName: string): string[] {
  const closes: string[] = [];
  // Each earlier page steers the choice another way, so the test sees most of the closes the item could get.
  for (let n = 0; n < 20; n++) {
    const before = Array.from({ length: n }, (_, i) => ({
      text: `Good value and it works well, number ${i + 1} of my purchases here.`,
      itemName: 'Acme Thing',
    }));
    const page = draftPage(store, [...before, { text, itemName }]);
    closes.push(sentencesOf(page.at(-1) ?? '').at(-1) ?? '');
  }
  return closes;
}

describe('a shop’s thank-you closes in a way that fits the item', () => {
  it.each([
    ['Crimps cleanly every time and the handles are comfortable.', 'Ratchet Crimp Tool'],
    ['Four fresh batteries that lasted ages in the remote.', 'Duracell AA Batteries'],
    ['Solid plugs and the cable is thick enough for the loft run.', 'Cat6 Ethernet Cable'],
    ['The card went in and my laptop had fast USB at last.', 'CardBus USB 2.0 Card'],
    ['Good glossy finish and the colours look rich.', 'Glossy Photo Paper'],
  ])('offers no help with settings or set-up for "%s" (%s)', (text, item) => {
    for (const close of closesFor(text, item)) expect(close).not.toMatch(SETTINGS_HELP);
  });

  it.each([
    ['Crimps cleanly every time and the handles are comfortable.', 'Ratchet Crimp Tool'],
    ['The card went in and my laptop had fast USB at last.', 'CardBus USB 2.0 Card'],
    ['Backs up my photos quickly and never makes a sound.', 'Kelda 2TB External Drive'],
  ])('offers no cable, case or spare for "%s" (%s)', (text, item) => {
    for (const close of closesFor(text, item)) expect(close).not.toMatch(ACCESSORIES);
  });

  it('can offer help with settings for a router and a case for a camera', () => {
    const router = closesFor('Signal reaches the whole house now.', 'Nexo AC1200 Router');
    const camera = closesFor('Sharp photos and a handy zoom.', 'Fenna Compact Camera');
    expect(router.some((close) => SETTINGS_HELP.test(close))).toBe(true);
    expect(camera.some((close) => ACCESSORIES.test(close) || SETTINGS_HELP.test(close))).toBe(true);
  });

  it('asks every happy owner of a product back, into the shop or for what they need next where the goods were sent, never closing on a support line or a wish', () => {
    const drafted = draftHappyReviews().filter(
      (d) =>
        d.draft.kind === 'thanks' &&
        d.profile.sector === 'electronics' &&
        d.triage.situation.stance !== 'neutral' &&
        // A note after a loss sends kind wishes, never an invitation.
        !/condolence|hearts go out|thoughts are with you|painful time|hard time/i.test(d.text),
    );
    const missing = drafted
      .map((d) => ({ close: sentencesOf(d.text).at(-1) ?? '', sent: SENT_TO_THEM.test(d.review) }))
      .filter(
        ({ close, sent }) =>
          !(sent ? ASKS_NEXT : ASKS_IN).test(close) ||
          /\binbox\b|\bphone line\b|\bonly a message away\b/i.test(close),
      );
    expect(missing).toEqual([]);
    // Both kinds of buyer are on the page, so both rules are tried.
    expect(drafted.filter((d) => SENT_TO_THEM.test(d.review)).length).toBeGreaterThan(20);
    // Drafts about 1,500 reviews in the test itself: allowed more than the default time on a busy machine.
  }, 180_000);
});
