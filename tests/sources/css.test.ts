import { ExtractError, extract, extractCss, previewCss } from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';
import { htmlDoc } from './data.ts';

const page = `<html><body>
  <article class="review" data-review-id="r1">
    <h3 class="who">Ana Souza</h3><span class="stars">★★★★☆</span><time datetime="2024-02-01">Feb 1</time>
    <h4>Great</h4><p class="body">Loved the coffee.<br>Will return.</p></article>
  <article class="review" data-review-id="r2">
    <h3 class="who">محمد</h3><span class="stars" aria-label="Rated 2 out of 5"></span><time>March 3, 2024</time>
    <p class="body">Too noisy.</p><p class="body">Second paragraph.</p></article>
  <article class="review" data-review-id="r3">
    <h3 class="who">Bo</h3><span class="stars">4/5</span><p class="body">Fine.</p></article>
  <a rel="next" href="/reviews?page=2">Next</a></body></html>`;

const config = {
  container: 'article.review',
  author: '.who',
  rating: '.stars',
  text: '.body',
  date: 'time',
  title: 'h4',
  id: ':scope',
};

describe('extractCss', () => {
  it('reads each container’s author, rating (stars, aria-label, fraction), dates, text and id', () => {
    const { reviews, nextPageUrl } = extractCss(htmlDoc(page, 'https://cafe.example/reviews'), config);
    expect(reviews.map((r) => [r.externalId, r.author, r.rating, r.publishedAt, r.title])).toEqual([
      ['r1', 'Ana Souza', 4, '2024-02-01T00:00:00.000Z', 'Great'],
      ['r2', 'محمد', 2, '2024-03-03T00:00:00.000Z', null],
      ['r3', 'Bo', 4, null, null],
    ]);
    expect(reviews[0]?.text).toBe('Loved the coffee.\nWill return.');
    expect(reviews[1]?.text).toBe('Too noisy.\n\nSecond paragraph.');
    expect(nextPageUrl).toBe('https://cafe.example/reviews?page=2');
  });

  it('reads the rating from a configured attribute, a stars-N class, or counts star icons', () => {
    const body = `<div class="r"><span class="rating" data-score="9">x</span><p>a</p></div>
      <div class="r"><span class="rating stars-3"></span><p>b</p></div>
      <div class="r"><span class="rating"><i class="on"></i><i class="on"></i></span><p>c</p></div>`;
    const byAttribute = extractCss(htmlDoc(body), {
      container: '.r',
      text: 'p',
      rating: '.rating',
      ratingAttribute: 'data-score',
      ratingWorst: 0,
      ratingBest: 10,
    });
    expect(byAttribute.reviews[0]?.rating).toBe(4.6);
    expect(byAttribute.reviews[0]?.ratingScale).toEqual({ worst: 0, best: 10 });
    const byClass = extractCss(htmlDoc(body), { container: '.r', text: 'p', rating: '.rating' });
    expect(byClass.reviews[1]?.rating).toBe(3);
    const byIcons = extractCss(htmlDoc(body), { container: '.r', text: 'p', rating: '.rating .on' });
    expect(byIcons.reviews[2]?.rating).toBe(2);
  });

  it('throws a plain-words ExtractError for an invalid selector, and extract() asks for a config', () => {
    expect(() => extractCss(htmlDoc(page), { container: 'article[', text: 'p' })).toThrow(ExtractError);
    expect(() => extract(htmlDoc(page), 'css')).toThrow(/selectors/);
  });
});

describe('previewCss', () => {
  it('returns the first ten items and the total', () => {
    const many = Array.from({ length: 14 }, (_, i) => `<li class="c"><b>U${i}</b><q>Text ${i}</q></li>`).join(
      '',
    );
    const preview = previewCss(htmlDoc(`<ul>${many}</ul>`), { container: '.c', author: 'b', text: 'q' });
    expect(preview.items).toHaveLength(10);
    expect(preview.total).toBe(14);
    expect(preview.warnings).toEqual([]);
  });

  it('warns per field: container matched nothing, a field matched nothing or only sometimes, unreadable ratings, bad CSS', () => {
    expect(previewCss(htmlDoc(page), { container: '.nothing', text: 'p' }).warnings).toEqual([
      { field: 'container', message: 'The container selector ".nothing" matched nothing.' },
    ]);
    const warnings = previewCss(htmlDoc(page), {
      ...config,
      title: 'h4',
      author: '.missing',
      rating: 'h3',
      date: '[[',
    }).warnings;
    expect(warnings.map((w) => w.field).sort()).toEqual(['author', 'date', 'rating', 'title']);
    expect(warnings.find((w) => w.field === 'title')?.message).toBe(
      'The title selector matched in 1 of 3 containers.',
    );
    expect(warnings.find((w) => w.field === 'rating')?.message).toContain('could not be read in 3 of 3');
    expect(warnings.find((w) => w.field === 'date')?.message).toContain('not valid CSS');
  });
});
