import type { AppRouter } from '@rebound/server/trpc/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { ConfirmButton } from '../../shared/ui/confirm-dialog.tsx';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { formatDate } from '../../shared/ui/format.ts';
import { ChannelFunnel } from './channel-funnel.tsx';
import { FunnelChart } from './funnel-chart.tsx';
import { LaunchSkipsNote } from './launch-skips.tsx';
import '../../shared/ui/marketing.css';

type Request = inferRouterOutputs<AppRouter>['campaigns']['requests'][number];

const requestColumns: DataColumn<Request>[] = [
  {
    header: 'Client',
    value: (r) => r.clientName || r.email,
    cell: (r) => (
      <>
        {r.clientName || r.email}
        <br />
        <small>{r.email}</small>
      </>
    ),
    isSortable: true,
  },
  timeColumn('Asked', (r) => r.askedAt, formatDate),
  { header: 'By', value: (r) => r.askedBy, isSortable: true },
  {
    header: 'E-mail',
    value: (r) => (r.isEmailed ? (r.delivery ?? '—') : 'not e-mailed'),
    cellProps: (r) => ({ title: r.lastError ?? undefined }),
    isSortable: true,
  },
  {
    header: 'Text',
    value: (r) => (r.phone ? (r.textDelivery ?? '—') : 'not texted'),
    cellProps: (r) => ({ title: r.textError ?? undefined }),
    isSortable: true,
  },
  timeColumn('Opened', (r) => r.openedAt, formatDate),
  timeColumn('Answered', (r) => r.answeredAt, formatDate),
  { header: 'Score', value: (r) => r.score, isSortable: true },
];

export function CampaignPage({ campaignId }: { campaignId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canSend = useCan('campaigns.send');
  const campaign = useQuery(trpc.campaigns.get.queryOptions({ campaignId }));
  const isLaunched = campaign.data?.status === 'launched';
  const funnel = useQuery({
    ...trpc.campaigns.funnel.queryOptions({ campaignId }),
    refetchInterval: isLaunched ? 3000 : false,
  });
  const requests = useQuery({
    ...trpc.campaigns.requests.queryOptions({ campaignId }),
    enabled: isLaunched,
    refetchInterval: 3000,
  });
  const reach = useQuery({
    ...trpc.campaigns.audience.queryOptions({
      audience: campaign.data?.audience ?? { mode: 'rules', servedWithinDays: 1, tags: [] },
      frequencyCapDays: campaign.data?.frequencyCapDays ?? 90,
    }),
    enabled: campaign.data?.status === 'draft',
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() });
  const testSend = useMutation(trpc.campaigns.testSend.mutationOptions());
  const launch = useMutation(trpc.campaigns.launch.mutationOptions({ onSuccess: refresh }));

  if (campaign.isPending) return <p className="loading">Loading…</p>;
  if (campaign.isError)
    return (
      <p className="error" role="alert">
        {campaign.error.message}
      </p>
    );
  const c = campaign.data;
  const skips = launch.data?.skipped ?? c.launchSkips;
  const channelLabel = { email: 'by e-mail', sms: 'by text message', both: 'by e-mail and text' }[c.channel];
  return (
    <section>
      <h1>{c.name}</h1>
      <p>
        {c.status === 'draft' ? 'Draft' : `Sent ${formatDate(c.launchedAt)}`} · {channelLabel} ·{' '}
        {c.scale === 'nps' ? '0–10 question' : '1–5 question'} · at most {c.ratePerMinute} per minute · open
        tracking {c.trackOpens ? 'on' : 'off'}
        {c.sendAt ? ` · scheduled for ${new Date(c.sendAt).toLocaleString()}` : ''}
      </p>
      {canSend ? (
        <div className="fb-actions">
          {c.channel !== 'sms' ? (
            <button
              type="button"
              onClick={() => testSend.mutate({ campaignId })}
              disabled={testSend.isPending}
            >
              Send a test to me
            </button>
          ) : null}
          {c.status === 'draft' ? (
            <ConfirmButton
              label="Send campaign"
              className="primary"
              isDisabled={launch.isPending}
              title="Send this campaign now?"
              confirmLabel="Yes, send it"
              cancelLabel="Not yet"
              onConfirm={() => launch.mutate({ campaignId })}
            >
              <p>Send this request to {reach.data?.count ?? '…'} client(s) now? This cannot be undone.</p>
            </ConfirmButton>
          ) : null}
        </div>
      ) : null}
      {testSend.data ? <p role="status">Test queued for {testSend.data.to}.</p> : null}
      {testSend.error ? (
        <p className="error" role="alert">
          {messageOf(testSend.error)}
        </p>
      ) : null}
      {launch.data ? (
        <p role="status">
          {launch.data.emails + launch.data.texts} message(s) queued.
          {c.channel === 'email'
            ? ''
            : ` ${launch.data.emails} e-mail(s) and ${launch.data.texts} text(s) to ${launch.data.queued} client(s).`}
        </p>
      ) : null}
      {skips && isLaunched ? <LaunchSkipsNote skips={skips} channel={c.channel} /> : null}
      {launch.error ? (
        <p className="error" role="alert">
          {messageOf(launch.error)}
        </p>
      ) : null}
      {funnel.data ? <FunnelChart funnel={funnel.data} title="This campaign" /> : null}
      {funnel.data && c.channel !== 'email' ? (
        <ChannelFunnel funnel={funnel.data.byChannel} title="Funnel by channel for this campaign" />
      ) : null}
      {isLaunched ? (
        <DataTable
          label="Who was asked"
          className="fb-table"
          rows={requests.data ?? []}
          columns={requestColumns}
          rowKey={(r) => r.id}
          emptyText={requests.isPending ? 'Loading…' : 'Nobody was asked.'}
          csvName="campaign-requests"
        />
      ) : null}
      <details>
        <summary>Message</summary>
        {c.channel !== 'sms' ? (
          <>
            <p>
              <strong>Subject:</strong> {c.subjectTemplate}
            </p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable preview must be reachable by keyboard */}
            <pre className="fb-preview" tabIndex={0}>
              {c.bodyTemplate}
            </pre>
          </>
        ) : null}
        {c.channel !== 'email' ? (
          <p>
            <strong>Text:</strong> {c.smsTemplate}
          </p>
        ) : null}
      </details>
    </section>
  );
}
