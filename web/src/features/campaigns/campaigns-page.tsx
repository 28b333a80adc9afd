import type { AppRouter } from '@rebound/server/trpc/router';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { Link } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { formatDate } from '../../shared/ui/format.ts';
import { ChannelFunnel } from './channel-funnel.tsx';
import { FunnelChart } from './funnel-chart.tsx';
import '../../shared/ui/marketing.css';

type Campaign = inferRouterOutputs<AppRouter>['campaigns']['list'][number];

const channelWords = { email: 'e-mail', sms: 'text', both: 'e-mail and text' } as const;

const campaignColumns: DataColumn<Campaign>[] = [
  {
    header: 'Campaign',
    value: (c) => c.name,
    cell: (c) => <Link href={`/campaigns/${c.id}`}>{c.name}</Link>,
    isSortable: true,
  },
  { header: 'Status', value: (c) => (c.status === 'draft' ? 'draft' : 'sent'), isSortable: true },
  { header: 'Channel', value: (c) => channelWords[c.channel], isSortable: true },
  { header: 'Scale', value: (c) => (c.scale === 'nps' ? '0–10' : '1–5'), isSortable: true },
  timeColumn('Created', (c) => c.createdAt, formatDate),
  timeColumn('Sent', (c) => c.launchedAt, formatDate),
];

export function CampaignsPage() {
  const trpc = useTRPC();
  const canManage = useCan('campaigns.edit');
  const list = useQuery(trpc.campaigns.list.queryOptions());
  const funnel = useQuery(trpc.campaigns.funnel.queryOptions({}));
  return (
    <section>
      <h1>Feedback campaigns</h1>
      {canManage ? (
        <p>
          <Link href="/campaigns/new" className="button primary">
            New campaign
          </Link>
        </p>
      ) : null}
      {funnel.data ? <FunnelChart funnel={funnel.data} title="All campaigns" /> : null}
      {funnel.data ? (
        <ChannelFunnel funnel={funnel.data.byChannel} title="Funnel by channel, every campaign" />
      ) : null}
      {list.isPending ? <p className="loading">Loading…</p> : null}
      <DataTable
        label="Campaigns"
        className="fb-table"
        rows={list.data ?? []}
        columns={campaignColumns}
        rowKey={(c) => c.id}
        emptyText={list.isPending ? 'Loading…' : 'No campaigns yet.'}
        csvName="campaigns"
      />
    </section>
  );
}
