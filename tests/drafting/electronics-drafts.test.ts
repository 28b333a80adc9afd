import { composeDraft, demoBusinessProfile } from '@rebound/server/drafting/index';
import * as templates from '@rebound/server/drafting/templates';
import { phrasesForTheme } from '@rebound/server/drafting/theme-phrases';
import { triageReview } from '@rebound/server/triage/index';
import { checkReply, hasBlocking } from '@rebound/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMultiDomain, type MultiDomainReview } from '../triage/load-sentiment-data.ts';

type Drafted = { review: MultiDomainReview; text: string; themes: string[] };

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

describe('drafts for 1,000 real negative electronics reviews', () => {
  let drafted: Drafted[] = [];

  beforeAll(() => {
    drafted = loadMultiDomain('electronics_negative.review').map((review) => {
      // The classifier never sees the rating; the composer gets it as a platform would supply it.
      const triage = triageReview({ rating: review.rating, text: review.text, title: review.title });
      const draft = composeDraft(
        { author: review.reviewer, rating: review.rating, text: review.text, title: review.title },
        triage,
        demoBusinessProfile,
      );
      return { review, text: draft.text, themes: triage.themes };
    });
  });

  it('parses all 1,000 reviews', () => {
    expect(drafted).toHaveLength(1000);
  });

  it('never produces a draft with a blocking safety finding', () => {
    const blocked = drafted.filter((d) => hasBlocking(checkReply(d.text, { reviewText: d.review.text })));
    expect(blocked.map((d) => d.text).slice(0, 3)).toEqual([]);
  });

  it('keeps at least 95 % of the drafts distinct', () => {
    expect(new Set(drafted.map((d) => d.text)).size).toBeGreaterThanOrEqual(950);
  });

  // Every word our own wording can produce: templates, theme phrases and the business profile.
  const templateVocabulary = words(
    [
      JSON.stringify(templates),
      JSON.stringify(demoBusinessProfile),
      ...Object.keys(demoBusinessProfile.themeExtensions ?? {}),
      ...'wait staff price quality defect communication cleanliness delivery booking usability food'
        .split(' ')
        .flatMap((theme) => phrasesForTheme(theme)),
    ].join(' '),
  );
  const hasReviewDetail = (d: Drafted): boolean => {
    const reviewWords = words(`${d.review.title} ${d.review.text}`);
    return [...words(d.text)].some((w) => !templateVocabulary.has(w) && reviewWords.has(w));
  };
  const namesOwnTheme = (d: Drafted): boolean =>
    d.themes.some((theme) => phrasesForTheme(theme).some((phrase) => d.text.includes(phrase)));

  it('mentions in every draft a theme found in its review or a word taken from it', () => {
    const generic = drafted.filter((d) => !hasReviewDetail(d) && !namesOwnTheme(d));
    expect(generic.map((d) => d.text).slice(0, 3)).toEqual([]);
  });

  it('quotes a concrete word from its own review (not our template wording) in at least 90 % of drafts', () => {
    expect(drafted.filter(hasReviewDetail).length).toBeGreaterThanOrEqual(900);
  });

  it('keeps every draft within Google’s 4,096-byte reply limit', () => {
    const longest = Math.max(...drafted.map((d) => Buffer.byteLength(d.text, 'utf8')));
    expect(longest).toBeLessThanOrEqual(4096);
  });

  it('never repeats the reviewer’s full name or location', () => {
    const leaks = drafted.filter(
      (d) => d.review.reviewer.includes(' ') && d.text.includes(d.review.reviewer),
    );
    expect(leaks).toEqual([]);
  });
});
