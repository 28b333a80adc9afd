import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// A shop's page of complaint replies is read as one: no run of words of ours, the contact details aside, may turn up
// in many of its replies, and the replies do not all follow one outline.

const store: BusinessProfile = judgedProfile('electronics-store');

/** Twenty real one- and two-star electronics reviews, drafted in order as one page. */
function draftPage(): string[] {
  const reviews = loadMultiDomain('electronics_negative.review')
    .filter((r) => r.rating <= 2 && r.text.length > 120)
    .filter((_, i) => i % 7 === 0)
    .slice(0, 20);
  const recent: string[] = [];
  for (const [i, review] of reviews.entries()) {
    const r = { author: null, rating: review.rating, text: review.text, title: review.title };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
    recent.push(composeDraft({ ...r, externalId: `outline-${i}` }, triage, store, { recent }).text);
  }
  return recent;
}

const CONTACT = /\S+@\S+|\(?\+?\d[\d ()-]{6,}\d/g;

/** The reply's own words, sign-off and contact details aside. */
const wordsOf = (reply: string): string[] =>
  (reply.split('\n\n— ')[0] ?? '')
    .replace(CONTACT, ' | ')
    .toLowerCase()
    .match(/[a-z']+|\|/g) ?? [];

/** Each run of four words in the reply that does not cross the contact details. */
function runsOf(reply: string): Set<string> {
  const words = wordsOf(reply);
  const runs = new Set<string>();
  for (let k = 0; k + 4 <= words.length; k++) {
    const run = words.slice(k, k + 4);
    if (!run.includes('|')) runs.add(run.join(' '));
  }
  return runs;
}

/** How the reply is laid out: where the contact details stand against the offer. */
function outlineOf(reply: string): string {
  const sentences = (reply.split('\n\n— ')[0] ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/);
  const at = sentences.findIndex((s) => new RegExp(CONTACT.source).test(s));
  const withContact = sentences[at] ?? '';
  if (/,\s+(?:and )?(?:I|we|you|my)\b[^.]*\b(?:will|can)\b/.test(withContact)) return 'offer-in-contact';
  return at < sentences.length - 1 ? 'contact-then-offer' : 'offer-then-contact';
}

describe('an electronics shop’s page of twenty complaint replies', () => {
  let replies: string[] = [];
  beforeAll(() => {
    replies = draftPage();
  });

  it('shares no run of four words of its own among more than four replies', () => {
    const counts = new Map<string, number>();
    for (const reply of replies) for (const run of runsOf(reply)) counts.set(run, (counts.get(run) ?? 0) + 1);
    const common = [...counts].filter(([, n]) => n > 4);
    expect(replies).toHaveLength(20);
    expect(common).toEqual([]);
  });

  it('words its contact lines with no one frame ("email me at", "write to") in more than a quarter of its replies', () => {
    for (const frame of [/\bemail me at\b/i, /\b(?:call|ring|phone) me on\b/i, /\bwrite to\b/i]) {
      const using = replies.filter((reply) => frame.test(reply));
      expect(using.length, String(frame)).toBeLessThanOrEqual(5);
    }
  });

  it('tells a time in hours ("seventy-two hours") in no more than a quarter of its replies', () => {
    const inHours = replies.filter((reply) =>
      /\b(?:seventy-two|forty-eight|twenty-four) hours\b/i.test(reply),
    );
    expect(inHours.length).toBeLessThanOrEqual(5);
  });

  it('lays its replies out in at least two outlines, none in more than two thirds of them', () => {
    const outlines = new Map<string, number>();
    for (const reply of replies) outlines.set(outlineOf(reply), (outlines.get(outlineOf(reply)) ?? 0) + 1);
    expect(outlines.size).toBeGreaterThanOrEqual(2);
    for (const [outline, n] of outlines) expect(n, outline).toBeLessThanOrEqual(14);
  });
});
