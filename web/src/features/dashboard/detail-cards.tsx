import type { TrendsFilterInput } from '@rebound/shared';
import type { CsvColumn } from '@rebound/shared/csv';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Card, CardTable } from './card.tsx';
import { formatMinutes, formatPercent, formatRating } from './format.ts';

/** Top complaint themes against the previous period. */
export function ThemesCard({ filter }: { filter: TrendsFilterInput }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.trends.themes.queryOptions(filter));
  const rows = q.data?.top ?? [];
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: 'Theme', value: (t) => t.theme },
    { header: 'Complaints', value: (t) => t.complaints },
    { header: 'Previous period', value: (t) => t.previousComplaints },
    { header: 'All mentions', value: (t) => t.mentions },
  ];
  return (
    <Card
      title="Top complaint themes"
      csvName="themes"
      period={filter}
      rows={rows}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!rows.length}
      emptyText="No complaints with a recognised theme in this period."
    >
      <CardTable caption="Top complaint themes" rows={rows} columns={columns} />
    </Card>
  );
}

/** Locations (or sources) side by side. */
export function CompareCard({ filter }: { filter: TrendsFilterInput }) {
  const trpc = useTRPC();
  const [by, setBy] = useState<'location' | 'source'>('location');
  const q = useQuery(trpc.trends.compare.queryOptions({ filter, by }));
  const rows = q.data ?? [];
  const id = useId();
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: by === 'location' ? 'Location' : 'Source', value: (r) => r.name },
    { header: 'Reviews', value: (r) => r.reviews },
    { header: 'Average rating', value: (r) => formatRating(r.averageRating) },
    { header: 'Negative share', value: (r) => formatPercent(r.negativeShare) },
    { header: 'Response rate', value: (r) => formatPercent(r.responseRate) },
    { header: 'Median first reply', value: (r) => formatMinutes(r.medianReplyMinutes) },
    { header: 'Negatives answered in 24 h', value: (r) => formatPercent(r.negativeAnsweredWithin24hShare) },
    { header: 'Recovered', value: (r) => r.recovered },
  ];
  return (
    <Card
      title={`Compare ${by === 'location' ? 'locations' : 'sources'}`}
      csvName={`compare-${by}`}
      period={filter}
      rows={rows}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!rows.length}
      emptyText="Nothing to compare in this period."
    >
      <div className="field inline">
        <label htmlFor={`${id}-by`}>Compare by</label>
        <select
          id={`${id}-by`}
          value={by}
          onChange={(e) => setBy(e.target.value === 'source' ? 'source' : 'location')}
        >
          <option value="location">Location</option>
          <option value="source">Source</option>
        </select>
      </div>
      <CardTable caption="Comparison" rows={rows} columns={columns} />
    </Card>
  );
}

/** Negative reviews still waiting for a reply. Review text is shown as text, never as markup. */
export function AttentionCard({ filter }: { filter: TrendsFilterInput }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.trends.attention.queryOptions(filter));
  const rows = q.data ?? [];
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: 'First seen', value: (r) => r.firstSeenAt.slice(0, 16).replace('T', ' ') },
    { header: 'Source', value: (r) => r.sourceName },
    { header: 'Author', value: (r) => r.author ?? 'Anonymous' },
    { header: 'Rating', value: (r) => r.rating },
    { header: 'Text', value: (r) => r.text },
  ];
  return (
    <Card
      title="Needs attention"
      csvName="needs-attention"
      period={filter}
      rows={rows}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!rows.length}
      emptyText="Every negative review has a reply. Well done."
    >
      <ul className="attention">
        {rows.map((r) => (
          <li key={r.reviewId}>
            <p className="attention-meta">
              {r.isEscalated ? <span className="badge danger">escalated</span> : null} {r.rating ?? '–'} ★ ·{' '}
              {r.author ?? 'Anonymous'} · {r.sourceName} · <Link href={`/reviews/${r.reviewId}`}>open</Link>
            </p>
            <p className="attention-text">{r.title ? `${r.title} — ${r.text}` : r.text}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Open recovery cases by playbook stage (now, all locations). */
export function CasesCard({ filter }: { filter: TrendsFilterInput }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.trends.cases.queryOptions());
  const rows = q.data?.stages ?? [];
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: 'Stage', value: (s) => s.label },
    { header: 'Open cases', value: (s) => s.count },
  ];
  return (
    <Card
      title="Open recovery cases"
      csvName="open-cases"
      period={filter}
      rows={rows}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!q.data?.open}
      emptyText="No open recovery case right now."
    >
      <CardTable caption="Open cases by stage" rows={rows} columns={columns} />
    </Card>
  );
}

/** The feedback funnel, satisfaction and NPS for requests sent in the period. */
export function FeedbackCard({ filter }: { filter: TrendsFilterInput }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.trends.feedback.queryOptions(filter));
  const funnel = q.data?.funnel ?? [];
  const first = funnel[0]?.count ?? 0;
  const columns: CsvColumn<(typeof funnel)[number]>[] = [
    { header: 'Step', value: (s) => s.label },
    { header: 'Requests', value: (s) => s.count },
    { header: 'Share of requested', value: (s) => formatPercent(first ? s.count / first : null) },
  ];
  return (
    <Card
      title="Feedback funnel"
      csvName="feedback-funnel"
      period={filter}
      rows={funnel}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!first}
      emptyText="No feedback requests were sent in this period."
    >
      <CardTable caption="Feedback funnel" rows={funnel} columns={columns} />
      <p className="kpi-line">
        Satisfaction: {formatPercent(q.data?.satisfaction.satisfiedShare)} of{' '}
        {q.data?.satisfaction.answers ?? 0} five-point answers gave 4 or 5 (mean{' '}
        {formatRating(q.data?.satisfaction.averageScore)}). NPS:{' '}
        {q.data?.nps.score == null ? '—' : Math.round(q.data.nps.score)} from {q.data?.nps.answers ?? 0}{' '}
        answers.
      </p>
    </Card>
  );
}
