import { describe, expect, it } from 'vitest';
import { themeSentencesFor } from '../../server/src/drafting/theme-words.ts';
import { themeTaxonomyFor } from '../../server/src/triage/sector-themes.ts';
import { criticalClauses } from '../../server/src/triage/situation/clauses.ts';
import { cleanNounPhrase, findComplaints } from '../../server/src/triage/situation/describe-complaint.ts';
import { splitSentences } from '../../server/src/triage/situation/sentences.ts';
import { triageReview } from '../../server/src/triage/triage-review.ts';

const complaints = (text: string) =>
  findComplaints(splitSentences(text), () => -1, []).map((c) => `${c.subject ?? '-'}|${c.problem}`);

const themesOf = (text: string, group: 'food_hospitality' | 'retail', rating = 2) =>
  triageReview({ rating, text }, { sectorGroup: group, taxonomy: themeTaxonomyFor(group) }).themes;

describe('the complaint read in the reviewer’s words, and nothing else', () => {
  it('names no thing cut from a longer one, or one that points back', () => {
    expect(cleanNounPhrase('blow out')).toBeNull();
    expect(cleanNounPhrase('check up')).toBeNull();
    expect(cleanNounPhrase('next course')).toBeNull();
    expect(cleanNounPhrase('rice cooker for')).toBe('the rice cooker');
    expect(cleanNounPhrase('employee right')).toBeNull();
  });

  it('keeps what the fault was measured by, or leaves the fault out', () => {
    expect(complaints('The battery doesn’t even last a day.')).toEqual([]);
    expect(complaints('The battery doesn’t last.')).toEqual(["the battery|doesn't last"]);
    expect(complaints('The mouse never worked smoothly.')).toEqual([]);
    expect(complaints('The mouse never worked.')).toEqual(['the mouse|never worked']);
  });

  it('reads no fault the reviewer enjoys or only guesses at', () => {
    expect(complaints('The burger was greasy (which I like) and huge.')).toEqual([]);
    expect(complaints('If so, both speakers were defective.')).toEqual([]);
    expect(complaints('Maybe the charger was faulty.')).toEqual([]);
    expect(complaints('The charger was faulty.')).toEqual(['the charger|was faulty']);
  });
});

describe('themes from what the reviewer complained about', () => {
  it('takes no wait from the waiter or the waitress', () => {
    const text = 'Our waitress brought the wrong wine and the risotto was bland.';
    expect(themesOf(text, 'food_hospitality')).not.toContain('wait');
  });

  it('takes the wait and the staff from long lines and unpleasant cashiers', () => {
    const text =
      'The store needs work. Service: long lines and unpleasant cashiers. Produce is an afterthought.';
    expect(themesOf(text, 'retail', 1)).toEqual(expect.arrayContaining(['wait', 'staff']));
  });

  it('takes no wait from what the reviewer wishes they had done', () => {
    const text = 'I wish I had waited for the newer model. The battery died after a week.';
    expect(themesOf(text, 'retail', 1)).not.toContain('wait');
  });

  it('takes no order mistake from what the reviewer forgot, nor a wait from a late arrival', () => {
    expect(
      themesOf('I forgot my glasses at home. The soup was cold and bland.', 'food_hospitality'),
    ).not.toContain('order');
    const hairs = themesOf(
      'Two towels had hair on them. We got in late, so we did not ask to switch.',
      'food_hospitality',
    );
    expect(hairs).toContain('cleanliness');
    expect(hairs).not.toContain('wait');
  });

  it('takes no cleanliness from "gross" said of a drink', () => {
    const text = 'The cocktails are gross and far too sweet. The bartender ignored us for ages.';
    expect(themesOf(text, 'food_hospitality', 1)).not.toContain('cleanliness');
  });

  it('weighs a wish about the reviewer’s own choice as no criticism', () => {
    const clause = criticalClauses('I should have read the reviews first. The zip broke in a week.').find(
      (c) => c.text.startsWith('I should'),
    );
    expect(clause?.score).toBe(0);
  });

  it('weighs praise said through a negative, and the price of what others sell, as no criticism', () => {
    const scoreOf = (text: string, start: string) =>
      criticalClauses(text).find((c) => c.text.startsWith(start))?.score;
    expect(
      scoreOf('I have never had a single problem with the staff here. Lovely gym.', 'I have never'),
    ).toBe(0);
    expect(scoreOf('Works well. Stay away from those high priced others.', 'Stay away')).toBe(0);
    expect(scoreOf('The cable was overpriced and flimsy.', 'The cable')).toBeLessThan(0);
    const quibble = 'Great cable for the money, a bit short. Stay away from those high priced others.';
    expect(themesOf(quibble, 'retail', 4)).not.toContain('price');
  });

  it('never apologises "for the cleanliness"', () => {
    const dirty = 'The bathroom was dirty and we waited forty minutes for a table.';
    for (const sentence of [
      ...themeSentencesFor(['wait', 'cleanliness'], [], dirty),
      ...themeSentencesFor(['cleanliness'], [], dirty),
    ])
      expect(sentence).not.toMatch(/(?:for|about) the cleanliness/);
  });

  it('names no order mistake for a reviewer’s own forgetting', () => {
    expect(themeSentencesFor(['order'], [], 'I forgot my wallet, and the staff were patient.')).toEqual([]);
    expect(themeSentencesFor(['order'], [], 'They forgot our side of fries.')).not.toEqual([]);
  });
});
