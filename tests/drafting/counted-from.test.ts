import { varyCountedFrom } from '@rebound/server/drafting/counted-from';
import { composeDraft, RECENT_REPLIES } from '@rebound/server/drafting/index';
import { createWriter } from '@rebound/server/drafting/writer';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged } from './remedy-helpers.ts';

const store = judged('electronics-store');
const { situation } = triageReview(
  { rating: 1, text: 'The speaker died after four days and will not switch on.' },
  { sectorGroup: sectorGroupOf(store.sector) },
);
const writerAfter = (recent: string[], seed: number) => createWriter(store, situation, seed, true, recent);

const offer = 'I can put a full refund in place within three days of hearing from you.';
const earlier = 'I am sorry the charger failed. I can send a new one within two days of hearing from you.';

describe('a time counted from the reviewer message', () => {
  it('is worded apart from the latest replies that counted it the same way, keeping the span', () => {
    for (let seed = 0; seed < 12; seed++) {
      const told = varyCountedFrom(writerAfter([earlier], seed), offer);
      expect(told).not.toContain('of hearing from you');
      expect(told).toMatch(/^I can put a full refund in place within three days (?:of|from) [a-z ]+\.$/);
    }
  });

  it('a page that has not counted it that way lately leaves the wording as it is', () => {
    expect(varyCountedFrom(writerAfter([], 3), offer)).toBe(offer);
    expect(
      varyCountedFrom(writerAfter(['I can send a new one within two days of your message.'], 3), offer),
    ).toBe(offer);
  });

  it('never says the word the sentence already leans on, nor "your" or writing before a number to ring', () => {
    const hears = 'You will hear from me within a day of hearing from you.';
    const rings = `I will get back to you within a day of hearing from you: ring ${store.contactPhone}.`;
    for (let seed = 0; seed < 12; seed++) {
      const w = writerAfter([earlier], seed);
      expect(varyCountedFrom(w, hears)).not.toMatch(/\bhear(?:ing)? (?:from|back)\b.*\bhear/);
      expect(varyCountedFrom(w, hears).match(/\bhear/g)).toHaveLength(1);
      const rung = varyCountedFrom(w, rings);
      expect(rung).not.toContain('of hearing from you');
      expect(rung).not.toMatch(/within a day [a-z ]*\byour\b|\bwrit/);
    }
  });

  it('a page of twenty offers counted from the message repeats none of its wordings', () => {
    const page: string[] = [];
    for (let i = 0; i < 20; i++) {
      const told = varyCountedFrom(writerAfter(page, i), offer);
      page.push(told);
    }
    const wordings = page.map((p) => p.replace(/^.*within three days /, ''));
    // The first keeps the wording written; every one after it is new to the page until the wordings run out.
    expect(new Set(wordings.slice(0, 14)).size).toBe(14);
  });
});

describe('a page of drafted replies to unhappy shoppers', () => {
  it('counts its times from the reviewer message in ways no two of twenty replies share', () => {
    const reviews = loadMultiDomain('electronics_negative.review').slice(100, 180);
    const page: string[] = [];
    for (const r of reviews) {
      const review = asDraftReview(r);
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(store.sector) });
      page.push(composeDraft(review, triage, store, { recent: page.slice(-RECENT_REPLIES) }).text);
    }
    const counted = (text: string) =>
      text.match(
        /\b(?:day|days|hours) ((?:of|from) (?:hearing|your|you|first|receiving|the time|when)(?: [a-z]+){1,3})/,
      )?.[1];
    const windows = Array.from({ length: page.length - 19 }, (_, i) => page.slice(i, i + 20));
    const told = page.map(counted).filter((c) => c !== undefined);
    expect(told.length).toBeGreaterThan(10);
    for (const window of windows) {
      const wordings = window.map(counted).filter((c) => c !== undefined);
      expect(new Set(wordings).size, wordings.join(' | ')).toBe(wordings.length);
    }
  });
});
