import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { formatDate } from '../../shared/ui/format.ts';
import { ChannelFunnel } from './channel-funnel.tsx';
import { FunnelChart } from './funnel-chart.tsx';
import '../../shared/ui/marketing.css';

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
      <div className="fb-table-wrap">
        <table className="fb-table" aria-label="Campaigns">
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">Status</th>
              <th scope="col">Channel</th>
              <th scope="col">Scale</th>
              <th scope="col">Created</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/campaigns/${c.id}`}>{c.name}</Link>
                </td>
                <td>{c.status === 'draft' ? 'draft' : 'sent'}</td>
                <td>{{ email: 'e-mail', sms: 'text', both: 'e-mail and text' }[c.channel]}</td>
                <td>{c.scale === 'nps' ? '0–10' : '1–5'}</td>
                <td>{formatDate(c.createdAt)}</td>
                <td>{formatDate(c.launchedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
