import { type BusinessProfile, businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A shop's page of complaint replies read down as one page: the offer is not told in one frame reply after reply
// ("… a full refund within three days. Call me on …"), however its words change. Each reply is read for where its
// offer stands against the apology and the contact details, and where its time is told.

const store: BusinessProfile = judgedProfile('electronics-store');

const reviews = [
  'The bluetooth speaker stopped working after two weeks and will not power on at all now, even after a full night on the charger.',
  'These earbuds died after a month of light use. The right one will not charge any more and the case light just blinks.',
  'The keyboard arrived with a cracked frame and two keys that do not register. Clearly damaged before it ever left the warehouse.',
  'The tablet screen went black after five days and will not come back on. I tried every reset the manual lists.',
  'My new headphones have a constant hiss in the left ear that does not go away with any source I plug in. Junk.',
  'The router is broken out of the box. The power light comes on for a second and then nothing, no wifi at all.',
  'The hard drive died after three weeks and will not spin up any more. I lost a month of photos with it.',
  'The charger hums loudly, gets far too hot to touch and now has stopped charging my phone entirely.',
  'The mouse stopped working after a few days; it is completely dead, with no light and no response on any computer.',
  'The camera is defective: the shutter is broken and the lens will not extend, so it is no use to me at all.',
  'The printer jammed on day one and now will not power on. I have not printed a single page with it.',
  'The fitness tracker strap snapped on the second day and the screen cracked soon after, though I was careful with it.',
  'This power bank stopped holding a charge after a week. It goes from full to empty in an hour doing nothing.',
  'The desk lamp flickers constantly and the switch broke off the second time I used it. Cheap and faulty.',
  'My smart plug will not connect to anything any more after it failed during the first week. The light stays red.',
  'The portable radio arrived with a cracked case and a dead speaker, so I get no sound at all out of it.',
  'The webcam stopped being recognised by my computer after ten days and now shows nothing but a blank frame.',
  'The electric toothbrush died after a fortnight and will not turn on, even when left on its stand all night.',
];

// A sentence that offers something to put it right.
const OFFER =
  /\b(?:refund|replacement|replace|new one|money back|full price|what you paid|repair|send you|sent to you)\b/i;
const TIME =
  /\b(?:within|inside) (?:a|one|two|three|twenty-four|forty-eight|seventy-two|a single|a working|one working)\b/i;
const CONTACT = /@|\(\d{3}\)/;

const bodyOf = (reply: string): string => (reply.split('\n\n— ')[0] ?? '').trim();
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);

/**
 * The frame a reader sees in a reply that offers something: where the offer stands (in the apology's sentence, on
 * its own before or after the contact details, or in the sentence that gives them), and which sentence tells its
 * time (the offer's, the contact details', or none where the offer follows their message). Null for a reply with no
 * offer in it.
 */
function frameOf(reply: string): string | null {
  const sentences = sentencesOf(bodyOf(reply));
  const offerAt = sentences.findIndex((s) => OFFER.test(s));
  const contactAt = sentences.findIndex((s) => CONTACT.test(s));
  if (offerAt < 0 || contactAt < 0) return null;
  const offer = sentences[offerAt] ?? '';
  const place =
    offerAt === contactAt
      ? 'with-contact'
      : /\b(?:sorry|apologi[sz]e|apologies|regret)\b/i.test(offer)
        ? 'in-apology'
        : offerAt < contactAt
          ? 'before-contact'
          : 'after-contact';
  const time = TIME.test(offer) ? 'offer' : TIME.test(sentences[contactAt] ?? '') ? 'contact' : 'message';
  return `${place}/${time}`;
}

describe('a shop page of eighteen replies to goods that failed', () => {
  let replies: string[] = [];
  beforeAll(() => {
    for (const [i, text] of reviews.entries()) {
      const r = { author: null, rating: 1, text, title: null, externalId: `frames-${i}` };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
      replies.push(composeDraft(r, triage, store, { recent: replies }).text);
    }
    replies = [...replies];
  });

  it('offers something in most replies', () => {
    expect(replies.filter((reply) => frameOf(reply) !== null).length).toBeGreaterThanOrEqual(12);
  });

  it('never tells an offer in the same frame twice within six replies', () => {
    const frames = replies.map(frameOf);
    for (const [i, frame] of frames.entries()) {
      if (!frame) continue;
      const window = frames.slice(Math.max(0, i - 5), i);
      expect(window, `reply ${i}: ${replies[i]}`).not.toContain(frame);
    }
  });

  it('uses at least five frames down the page, the time said in the contact line on some', () => {
    const frames = new Set(replies.map(frameOf).filter(Boolean));
    expect(frames.size).toBeGreaterThanOrEqual(5);
    expect([...frames].some((frame) => frame?.endsWith('/contact'))).toBe(true);
  });

  it('still gives every offer its time, or ties it to the reviewer’s message', () => {
    for (const reply of replies) {
      if (!frameOf(reply)) continue;
      const body = bodyOf(reply);
      expect(
        TIME.test(body) ||
          /\b(?:as soon as|the moment|once (?:I|you)|if you|when you|the day you|say the word|from there)\b/i.test(
            body,
          ),
        reply,
      ).toBe(true);
    }
  });
});

describe('a team-signed shop page whose offers are told bare', () => {
  const team = businessProfileSchema.parse({ ...store, signOff: 'The Circuit Corner team' });
  const replies: string[] = [];
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1, text, title: null, externalId: `team-frames-${i}` };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(team.sector) });
    replies.push(composeDraft(r, triage, team, { recent: replies }).text);
  }

  it('speaks as "we" in the bare offer and in the contact line that times it', () => {
    const bare = replies.filter((reply) => frameOf(reply)?.endsWith('/contact'));
    expect(bare.length).toBeGreaterThan(0);
    for (const reply of bare) {
      const [offer, contact] = sentencesOf(bodyOf(reply)).slice(-2);
      expect(`${offer} ${contact}`, reply).not.toMatch(/\b(?:I|my|My|me)\b/);
      expect(contact, reply).toMatch(/\bwe will\b|\bit can all be done\b/);
    }
  });
});
