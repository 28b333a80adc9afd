import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { formatDate } from '../../shared/ui/format.ts';
import { ChannelFunnel } from './channel-funnel.tsx';
import { FunnelChart } from './funnel-chart.tsx';
import { LaunchSkipsNote } from './launch-skips.tsx';
import '../../shared/ui/marketing.css';

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
  const [isConfirming, setConfirming] = useState(false);
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
          <button type="button" onClick={() => testSend.mutate({ campaignId })} disabled={testSend.isPending}>
            Send a test to me
          </button>
          {c.status === 'draft' && !isConfirming ? (
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              Send campaign
            </button>
          ) : null}
        </div>
      ) : null}
      {testSend.data ? <p role="status">Test queued for {testSend.data.to}.</p> : null}
      {testSend.error ? (
        <p className="error" role="alert">
          {messageOf(testSend.error)}
        </p>
      ) : null}
      {isConfirming && c.status === 'draft' ? (
        <section className="card" aria-label="Confirm sending">
          <p>Send this request to {reach.data?.count ?? '…'} client(s) now? This cannot be undone.</p>
          <div className="fb-actions">
            <button
              type="button"
              className="primary"
              onClick={() => launch.mutate({ campaignId })}
              disabled={launch.isPending}
            >
              Yes, send it
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </section>
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
        <div className="fb-table-wrap">
          <table className="fb-table" aria-label="Who was asked">
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Asked</th>
                <th scope="col">By</th>
                <th scope="col">E-mail</th>
                <th scope="col">Text</th>
                <th scope="col">Opened</th>
                <th scope="col">Answered</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {(requests.data ?? []).map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.clientName || r.email}
                    <br />
                    <small>{r.email}</small>
                  </td>
                  <td>{formatDate(r.askedAt)}</td>
                  <td>{r.askedBy}</td>
                  <td title={r.lastError ?? undefined}>
                    {r.isEmailed ? (r.delivery ?? '—') : 'not e-mailed'}
                  </td>
                  <td title={r.textError ?? undefined}>{r.phone ? (r.textDelivery ?? '—') : 'not texted'}</td>
                  <td>{formatDate(r.openedAt)}</td>
                  <td>{formatDate(r.answeredAt)}</td>
                  <td>{r.score ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <details>
        <summary>Message</summary>
        <p>
          <strong>Subject:</strong> {c.subjectTemplate}
        </p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable preview must be reachable by keyboard */}
        <pre className="fb-preview" tabIndex={0}>
          {c.bodyTemplate}
        </pre>
        {c.channel !== 'email' ? (
          <p>
            <strong>Text:</strong> {c.smsTemplate}
          </p>
        ) : null}
      </details>
    </section>
  );
}
