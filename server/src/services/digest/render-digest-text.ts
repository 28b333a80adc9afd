import type { Digest } from './build-digest.ts';

const rating = (v: number | null) => (v == null ? 'no rating yet' : v.toFixed(2));
const pct = (v: number | null) => (v == null ? '—' : `${Math.round(v * 100)}%`);
const hours = (m: number | null) =>
  m == null ? '—' : m < 90 ? `${Math.round(m)} min` : `${Math.round(m / 6) / 10} h`;

function trendWord(now: number | null, before: number | null): string {
  if (now == null || before == null) return '';
  const d = now - before;
  if (Math.abs(d) < 0.005) return ' (unchanged)';
  return d > 0 ? ` (up ${d.toFixed(2)})` : ` (down ${Math.abs(d).toFixed(2)})`;
}

/** Plain text in our own words; review snippets are quoted as text and cut short. */
export function renderDigestText(
  d: Digest,
  opts: { orgName: string; dashboardUrl: string },
): { subject: string; text: string } {
  const s = d.overview.summary;
  const p = d.overview.previous.summary;
  const lines = [
    `Your week at ${opts.orgName}: ${d.week.from} to ${d.week.to}`,
    '',
    `Average rating: ${rating(s.averageRating)}${trendWord(s.averageRating, p.averageRating)} from ${s.reviews} new reviews (${p.reviews} the week before).`,
    `Rolling 30 days: ${rating(d.overview.rolling.days30)}. Rolling 90 days: ${rating(d.overview.rolling.days90)}.`,
    `Negative reviews: ${s.negative} (${pct(s.negativeShare)} of the week's reviews).`,
    `Response rate: ${pct(s.responseRate)}; median time to first reply: ${hours(s.medianReplyMinutes)}; negatives answered within 24 hours: ${pct(s.negativeAnsweredWithin24hShare)}.`,
    `Reviewers who raised their rating after a reply: ${s.recovered}.`,
    '',
    'Needs attention',
  ];
  if (!d.attention.length && !d.openCases && !d.overview.spikes.length)
    lines.push('- Nothing is waiting: every negative review has a reply and no case is open.');
  for (const spike of d.overview.spikes) {
    lines.push(
      `- ${spike.negatives} negative reviews on ${spike.day}${spike.recoveredOn ? `, back to the usual average ${spike.daysToRecover} days later` : ', and the average has not recovered yet'}.`,
    );
  }
  if (d.openCases) lines.push(`- ${d.openCases} recovery case${d.openCases === 1 ? ' is' : 's are'} open.`);
  for (const a of d.attention) {
    const snippet = a.text.replace(/\s+/g, ' ').trim();
    lines.push(
      `- No reply yet: ${a.rating ?? '–'}★ from ${a.author ?? 'an anonymous reviewer'} on ${a.sourceName}: "${snippet.length > 140 ? `${snippet.slice(0, 139)}…` : snippet}"`,
    );
  }
  if (d.themes.length) {
    lines.push(
      '',
      `Most common complaints: ${d.themes.map((t) => `${t.theme.replace(/_/g, ' ')} (${t.complaints})`).join(', ')}.`,
    );
  }
  lines.push(
    '',
    `See the dashboard: ${opts.dashboardUrl}`,
    '',
    'You receive this weekly summary as a manager or owner in Rebound.',
  );
  return {
    subject: `Rebound weekly: ${rating(s.averageRating)} average, ${s.negative} negative, ${d.attention.length} waiting for a reply`,
    text: lines.join('\n'),
  };
}
