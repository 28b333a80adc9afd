import {
  type BusinessProfile,
  composeAlternatives,
  composeDraft,
  demoBusinessProfile,
} from '@rebound/server/drafting/index';
import { triageReview } from '@rebound/server/triage/index';
import { checkReply, hasBlocking } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const review = (text: string, rating: number | null = 2, author: string | null = 'Jamie R.') => ({
  author,
  rating,
  text,
});
const draftFor = (r: ReturnType<typeof review>, profile: BusinessProfile = demoBusinessProfile) =>
  composeDraft(r, triageReview(r), profile);

describe('composeDraft', () => {
  it.each([
    ['John D.', 'John'],
    ['MARY SMITH', 'Mary'],
    ['jane.doe@mail.example', null],
    ['@bikefan99', null],
    ['J. Brodeur', null],
    ['A Google User', null],
    ['', null],
    [null, null],
  ])('greets author %j by %j', (author, expected) => {
    const text = draftFor(review('The chain snapped on my first ride.', 2, author)).text;
    const greeting = text.split('\n')[0] ?? '';
    if (expected) expect(greeting).toContain(expected);
    else expect(greeting).not.toMatch(/@|\d|Brodeur|Google/);
  });

  it('names the detail, offers a remedy with a time and a named contact, and returns the promise', () => {
    const draft = draftFor(review('The brakes squeal constantly after your service. Very disappointed.'));
    expect(draft.kind).toBe('reply');
    expect(draft.text).toMatch(/brakes/);
    expect(draft.text).toMatch(/within \d+ hours/);
    expect(draft.text).toContain(demoBusinessProfile.contactName);
    expect(draft.promises).toHaveLength(1);
    expect(draft.promises[0]?.dueInHours).toBeGreaterThan(0);
    expect(checkReply(draft.text)).toEqual([]);
  });

  it('thanks a happy reviewer briefly and specifically, with no promises', () => {
    const draft = draftFor(review('The carrot cake and the quick puncture repair were fantastic!', 5, 'Lee'));
    expect(draft.kind).toBe('thanks');
    expect(draft.text).toMatch(/cake|puncture|repair/);
    expect(draft.text.length).toBeLessThan(400);
    expect(draft.promises).toEqual([]);
  });

  it('answers a mixed review with thanks and a reply to the problem', () => {
    const draft = draftFor(
      review('Lovely coffee but the wheel truing took three weeks longer than promised.', 4),
    );
    expect(draft.kind).toBe('reply');
    expect(draft.text).toMatch(/good|well|kind words|balanced|fair/i);
    expect(draft.promises.length).toBeGreaterThan(0);
  });

  it('gives an escalated review a short holding reply that admits no fault', () => {
    const draft = draftFor(
      review('The e-bike battery you sold me caught fire. My lawyer will be in touch.', 1),
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/sorry|apolog|our fault|mistake|on us/i);
    expect(draft.text.length).toBeLessThan(700);
    expect(hasBlocking(checkReply(draft.text))).toBe(false);
  });

  it('in a regulated business quotes nothing from the review and never confirms a patient', () => {
    const dental: BusinessProfile = {
      ...demoBusinessProfile,
      name: 'Harbour Dental',
      sector: 'dental',
      regulated: true,
      remedies: [{ kind: 'callback', label: 'a call from our practice manager', withinHours: 24 }],
    };
    const r = review(
      'My root canal at my appointment last Tuesday still hurts and the receptionist was rude.',
      1,
    );
    const draft = draftFor(r, dental);
    expect(draft.text).not.toMatch(/root canal|appointment|Tuesday|your visit|patient/i);
    expect(hasBlocking(checkReply(draft.text, { regulated: true, reviewText: r.text }))).toBe(false);
    expect(draft.text).toMatch(/privacy/i);
  });

  it('marks a non-English review for translation and still drafts in English', () => {
    const draft = draftFor(
      review(
        'Le vélo est tombé en panne après deux jours, service très décevant et personnel désagréable.',
        1,
      ),
    );
    expect(draft.translateBeforePosting).toBe(true);
    expect(draft.text).toMatch(/Thank|sorry/i);
  });

  it('never repeats an email or phone number the reviewer wrote', () => {
    const r = review(
      'Nobody called me back on 07700 900123 or wrote to kim@mail.example about the broken gears.',
      1,
      'Kim',
    );
    const draft = draftFor(r);
    expect(draft.text).not.toMatch(/07700|kim@mail/);
    expect(hasBlocking(checkReply(draft.text, { reviewText: r.text }))).toBe(false);
  });

  it('keeps a Google reply within 4,096 bytes even with a very long signature', () => {
    const profile = { ...demoBusinessProfile, signOff: 'é'.repeat(190), name: '漢'.repeat(190) };
    const draft = composeDraft(
      review('Bad.'.repeat(2000)),
      triageReview(review('Bad.'.repeat(2000))),
      profile,
      { platform: 'google' },
    );
    expect(Buffer.byteLength(draft.text, 'utf8')).toBeLessThanOrEqual(4096);
  });

  it('is deterministic per review and variant, and offers distinct alternatives', () => {
    const r = review('The saddle I bought cracked within a month.');
    expect(draftFor(r).text).toBe(draftFor(r).text);
    const alternatives = composeAlternatives(r, triageReview(r), demoBusinessProfile, 4);
    expect(alternatives).toHaveLength(4);
    expect(new Set(alternatives.map((d) => d.text)).size).toBe(4);
  });
});
