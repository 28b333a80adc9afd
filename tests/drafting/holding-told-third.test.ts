import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// A holding reply names the incident as the reviewer tells it: a key to a room someone was in, goods that ran hot
// (not the other device they harmed), and the one who was hurt rather than the one who found the harm.

function holding(profile: BusinessProfile, text: string, title: string | null = null): string {
  const r = { author: null, rating: 1, text, title, externalId: 'held' };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  expect(triage.escalation.escalate, text).toBe(true);
  return composeDraft(r, triage, profile).text;
}

describe('a key to a room someone was already in', () => {
  it('is named, not told as "security problems"', () => {
    const reply = holding(
      judged('hotel'),
      'Checked in at midnight and the clerk gave me a key to a room with people in it. Nice surprise for everyone. Then the next room smelled awful.',
    );
    expect(reply).toMatch(/key to a room someone was already in/);
    expect(reply).not.toMatch(/security problems/);
  });

  it('leaves a lock that would not close told as the locks (near miss)', () => {
    const reply = holding(
      judged('hotel'),
      'The lock on our door was broken and would not close all night, so anyone could have walked in while we slept.',
    );
    expect(reply).not.toMatch(/key to a room/);
  });
});

describe('goods that ran hot and harmed another device', () => {
  it('tells the overheating, not what happened with the device harmed', () => {
    const reply = holding(
      judged('electronics-store'),
      'I used this power cord in the car for four hours. When I unplugged the ipod it was incredibly hot, and now it does not work at all. The ipod is toast.',
      'Killed my ipod',
    );
    expect(reply).toMatch(/overheating/);
    expect(reply).not.toMatch(/what happened with the ipod/i);
  });
});

describe('who was hurt', () => {
  it('is not the husband who found the cut on the dog', () => {
    const reply = holding(
      judged('groomer'),
      'We picked up our dog after his groom and he kept licking himself. My husband looked closer and found that he had been nicked a couple of times, and there was a large cut behind his ear.',
    );
    expect(reply).not.toMatch(/husband/);
  });

  it('is still the husband when he was the one cut (near miss)', () => {
    const reply = holding(
      judged('salon'),
      'The stylist cut my husband on the neck with the razor during a simple trim. He was bleeding badly and needed stitches at urgent care.',
    );
    expect(reply).toMatch(/husband/);
  });
});
