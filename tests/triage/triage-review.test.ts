import {
  classifyText,
  defaultThemeTaxonomy,
  detectSpike,
  extendTaxonomy,
  triageReview,
} from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

describe('classifyText', () => {
  it.each([
    ['The repair was quick and the staff were lovely.', 'positive'],
    ['It stopped working after a week. Waste of money.', 'negative'],
    ['The coffee was not good.', 'negative'],
    ['Never again.', 'negative'],
    ['Not bad at all, would recommend.', 'positive'],
    ['Do not buy this charger.', 'negative'],
    ['I asked for a refund and returned it.', 'negative'],
  ])('labels "%s" as %s', (text, label) => {
    expect(classifyText(text).label).toBe(label);
  });

  it('weights the clause after "but" more than the one before', () => {
    expect(classifyText('The staff were friendly, but the food was awful and cold.').score).toBeLessThan(0);
    expect(
      classifyText('The food was a bit cold, but the staff were wonderful and the cake amazing.').score,
    ).toBeGreaterThan(0);
  });

  it('makes intensified words count more', () => {
    expect(classifyText('really terrible service').score).toBeLessThan(
      classifyText('terrible service').score,
    );
  });

  it('keeps the score within [-1, 1] and gives empty text a neutral label', () => {
    const long = classifyText('awful '.repeat(500));
    expect(long.score).toBeGreaterThanOrEqual(-1);
    expect(classifyText('')).toEqual({ label: 'neutral', score: 0 });
  });
});

describe('triageReview', () => {
  it('calls a 4-star review with a complaint in it happy with a quibble, labelled positive', () => {
    const t = triageReview({
      rating: 4,
      text: 'Great coffee, but the wait was forty minutes and the staff were rude.',
    });
    expect(t.situation.stance).toBe('happy_with_quibble');
    expect(t.label).toBe('positive');
    expect(t.themes).toEqual(expect.arrayContaining(['wait', 'staff']));
    expect(t.judgedBy).toBe('rating+text');
  });

  it('calls a 3-star review with a complaint mixed and a plain 5-star one positive', () => {
    expect(triageReview({ rating: 3, text: 'Nice shop but my order arrived broken.' }).label).toBe('mixed');
    expect(triageReview({ rating: 5, text: 'Lovely people and a quick fix.' }).label).toBe('positive');
  });

  it('judges by text alone when there is no rating', () => {
    const t = triageReview({ rating: null, text: 'The brakes broke after two days. Do not buy.' });
    expect(t).toMatchObject({ label: 'negative', judgedBy: 'text' });
    expect(t.themes).toContain('defect');
  });

  it('labels non-English text from the rating and reports its language', () => {
    const t = triageReview({
      rating: 1,
      text: 'Das Essen war kalt und der Kellner war sehr unfreundlich, nie wieder hierher.',
    });
    expect(t).toMatchObject({ label: 'negative', judgedBy: 'rating', language: 'de' });
    expect(triageReview({ rating: 5, text: 'x', language: 'fr-FR' })).toMatchObject({
      label: 'positive',
      language: 'fr',
    });
  });

  it('uses theme words a business adds', () => {
    const taxonomy = extendTaxonomy(defaultThemeTaxonomy, {
      bikes: ['brake*', 'puncture'],
      wait: ['queue for ages'],
    });
    const t = triageReview({ rating: 2, text: 'My puncture was still not fixed.' }, { taxonomy });
    expect(t.themes).toContain('bikes');
    expect(taxonomy.wait).toContain('queue for ages');
    expect(defaultThemeTaxonomy.bikes).toBeUndefined();
  });

  it('gives an unhappy review with no theme word the general theme, never service when the staff were praised', () => {
    const hotel = { sectorGroup: 'food_hospitality' as const };
    const praisedStaff = triageReview(
      {
        rating: 2,
        text: 'The staff were lovely and helpful at check in. Sadly the halls looked tired, the place felt old. Would not stay again.',
      },
      hotel,
    );
    expect(praisedStaff.themes).toEqual(['quality']);
    const vague = triageReview(
      { rating: 1, text: 'Just not for us. We expected more and left early.' },
      hotel,
    );
    expect(vague.themes).toEqual(['service']);
  });
});

describe('detectSpike', () => {
  const now = new Date('2025-03-01T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

  it('fires when the count of negatives inside the window reaches the rule', () => {
    expect(detectSpike([hoursAgo(1), hoursAgo(5), hoursAgo(23)], { count: 3, hours: 24 }, now)).toBe(true);
  });

  it('does not count negatives outside the window or in the future', () => {
    expect(detectSpike([hoursAgo(1), hoursAgo(25), hoursAgo(-2)], { count: 2, hours: 24 }, now)).toBe(false);
    expect(detectSpike([], { count: 1, hours: 24 }, now)).toBe(false);
  });
});

describe('language', () => {
  it('reads a short English review without function words as English, not as a foreign language', () => {
    expect(triageReview({ rating: 5, text: 'Lovely café, quick puncture fix' }).judgedBy).toBe('rating+text');
  });
});

describe('themes of a product review', () => {
  it('does not read a battery that loses its charge as a complaint about price', async () => {
    const { triageReview } = await import('@rebound/server/triage/index');
    const battery = {
      author: null,
      rating: 1,
      title: null,
      text: 'The batteries lose their charge after two days even when fully charged.',
    };
    expect(triageReview(battery, { sectorGroup: 'retail' }).themes).not.toContain('price');
    const billed = {
      author: null,
      rating: 1,
      title: null,
      text: 'They charged me twice for the same order.',
    };
    expect(triageReview(billed, { sectorGroup: 'retail' }).themes).toContain('price');
  });
});
