import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { demoEdit, demoReviews } from './demo-reviews.ts';

const INITIAL = 6;
const MINUTES_PER_REVIEW = 2;

/** JSON inside a script tag must not be able to close it. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Which demo reviews are visible `elapsedMinutes` after the demo started, with any later edit applied. */
export function visibleDemoReviews(elapsedMinutes: number, now: Date) {
  const count = Math.min(
    demoReviews.length,
    INITIAL + Math.floor(Math.max(0, elapsedMinutes) / MINUTES_PER_REVIEW),
  );
  return demoReviews.slice(0, count).map((r) => {
    const edited = r.id === demoEdit.id && elapsedMinutes >= demoEdit.afterMinutes;
    return {
      ...r,
      rating: edited ? demoEdit.rating : r.rating,
      text: edited ? demoEdit.text : r.text,
      published: new Date(now.getTime() - r.daysAgo * 86_400_000).toISOString().slice(0, 10),
    };
  });
}

/** The bundled demo review site: a business page with schema.org Review markup whose reviews grow over time. */
export function createDemoSite(businessName: string) {
  const site = new Hono();
  site.get('/reviews', (c) => {
    const since = Number(c.req.query('since') ?? Date.now());
    const now = new Date();
    const elapsed = Number.isFinite(since) ? (now.getTime() - since) / 60_000 : 0;
    const items = visibleDemoReviews(elapsed, now);
    const avg = items.reduce((s, r) => s + r.rating, 0) / Math.max(1, items.length);
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      name: businessName,
      aggregateRating: { '@type': 'AggregateRating', ratingValue: avg.toFixed(1), reviewCount: items.length },
      review: items.map((r) => ({
        '@type': 'Review',
        '@id': `#review-${r.id}`,
        author: { '@type': 'Person', name: r.author },
        datePublished: r.published,
        name: r.title,
        reviewBody: r.text,
        reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
      })),
    };
    return c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${businessName} — reviews</title>
<script type="application/ld+json">${raw(safeJson(ld))}</script></head>
<body><h1>${businessName}</h1><p>Average ${avg.toFixed(1)} from ${items.length} reviews</p>
${items.map((r) => html`<article><h2>${r.title}</h2><p>${'★'.repeat(r.rating)} by ${r.author} on ${r.published}</p><p>${r.text}</p></article>`)}
</body></html>`);
  });
  return site;
}
