import { type DataColumn, DataTable } from '../../shared/ui/data-table.tsx';

const steps = [
  ['asked', 'Asked'],
  ['queued', 'Waiting'],
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['failed', 'Failed or undelivered'],
  ['cancelled', 'Stopped at send time'],
  ['openedPage', 'Opened the feedback page'],
  ['responded', 'Answered'],
] as const;

/** One count per step; null where the channel cannot know (e-mail has no delivery receipts). */
type ChannelSteps = Record<(typeof steps)[number][0], number | null>;
export type FunnelByChannel = { email: ChannelSteps; sms: ChannelSteps };

type StepRow = { key: string; label: string; email: number | null; sms: number | null };

const columns: DataColumn<StepRow>[] = [
  { header: 'Step', value: (r) => r.label, isRowHeader: true },
  { header: 'E-mail', value: (r) => r.email, cellProps: () => ({ 'data-channel': 'email' }) },
  { header: 'Text message', value: (r) => r.sms, cellProps: () => ({ 'data-channel': 'sms' }) },
];

/** The funnel side by side per channel; draws what it is given. */
export function ChannelFunnel({ funnel, title }: { funnel: FunnelByChannel; title: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <DataTable
        label={title}
        className="fb-table"
        rows={steps.map(([key, label]) => ({ key, label, email: funnel.email[key], sms: funnel.sms[key] }))}
        columns={columns}
        rowKey={(r) => r.key}
        rowProps={(r) => ({ 'data-step': r.key })}
        emptyText="No steps."
      />
      <p className="hint">
        Mail servers send no delivery receipts, so e-mail shows no delivered count. A client asked on both
        channels counts for the one whose link they used first.
      </p>
    </section>
  );
}
