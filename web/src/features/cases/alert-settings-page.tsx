import { type AlertKind, alertKindLabels, alertKinds } from '@rebound/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { type DataColumn, DataTable } from '../../shared/ui/data-table.tsx';
import './cases.css';

type Recipients = Record<AlertKind, string[]>;
type Member = { userId: string; name: string; email: string; role: string };

/** Who hears about what, the reply target, and the outgoing webhook with its signing secret. */
export function AlertSettingsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.alerts.settings.queryOptions());
  const members = useQuery(trpc.members.list.queryOptions());
  const recent = useQuery(trpc.alerts.list.queryOptions({ limit: 20 }));
  const [slaHours, setSla] = useState('24');
  const [webhookUrl, setWebhook] = useState('');
  const [recipients, setRecipients] = useState<Recipients>({
    new_negative: [],
    escalated: [],
    sla_breach: [],
    task_overdue: [],
  });
  useEffect(() => {
    if (!settings.data) return;
    setSla(String(settings.data.slaHours));
    setWebhook(settings.data.webhookUrl);
    setRecipients(settings.data.recipients);
  }, [settings.data]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alerts.pathKey() });
  const save = useMutation(trpc.alerts.updateSettings.mutationOptions({ onSuccess: refresh }));
  const rotate = useMutation(trpc.alerts.rotateWebhookSecret.mutationOptions({ onSuccess: refresh }));
  const errors = fieldErrorsOf(save.error);
  const toggle = (kind: AlertKind, userId: string) =>
    setRecipients((r) => ({
      ...r,
      [kind]: r[kind].includes(userId) ? r[kind].filter((id) => id !== userId) : [...r[kind], userId],
    }));
  if (settings.isPending || members.isPending) return <p className="loading">Loading…</p>;
  if (settings.isError)
    return (
      <p className="error" role="alert">
        {settings.error.message}
      </p>
    );
  return (
    <div className="cases">
      <h1>Alerts</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ slaHours: Number(slaHours), recipients, webhookUrl: webhookUrl.trim() });
        }}
      >
        <div className="field">
          <label htmlFor="sla-hours">Reply target for negative reviews (hours)</label>
          <input
            id="sla-hours"
            type="number"
            min={1}
            max={336}
            value={slaHours}
            onChange={(e) => setSla(e.target.value)}
          />
          {errors.slaHours ? <small className="error">{errors.slaHours.join(' ')}</small> : null}
        </div>
        <DataTable
          label="Who receives which alert by email"
          isLabelVisible
          className="case-table"
          rows={members.data ?? []}
          rowKey={(m) => m.userId}
          columns={[
            {
              header: 'Member',
              value: (m) => m.name || m.email,
              cell: (m) => (
                <>
                  {m.name || m.email} <small className="hint">({m.role})</small>
                </>
              ),
              isRowHeader: true,
            },
            ...alertKinds.map(
              (k): DataColumn<Member> => ({
                header: alertKindLabels[k],
                cell: (m) => (
                  <input
                    type="checkbox"
                    aria-label={`${alertKindLabels[k]} to ${m.email}`}
                    checked={recipients[k].includes(m.userId)}
                    onChange={() => toggle(k, m.userId)}
                  />
                ),
              }),
            ),
          ]}
          emptyText="No members yet."
        />
        <div className="field">
          <label htmlFor="webhook-url">Outgoing webhook address (Slack-style incoming webhooks work)</label>
          <input
            id="webhook-url"
            type="url"
            value={webhookUrl}
            onChange={(e) => setWebhook(e.target.value)}
            placeholder="https://hooks.example.com/…"
          />
          {errors.webhookUrl ? <small className="error">{errors.webhookUrl.join(' ')}</small> : null}
        </div>
        {settings.data.webhookSecret ? (
          <p>
            Each request carries <code>X-Rebound-Signature: sha256=…</code>, an HMAC-SHA256 of the body with
            this secret: <code>{settings.data.webhookSecret}</code>{' '}
            <button type="button" className="link-button" onClick={() => rotate.mutate()}>
              Rotate
            </button>
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={save.isPending}>
          Save alert settings
        </button>
        {save.isSuccess ? <p role="status">Saved.</p> : null}
        {save.error && !Object.keys(errors).length ? <p className="error">{messageOf(save.error)}</p> : null}
      </form>
      <h2>Recent alerts</h2>
      <ul>
        {(recent.data ?? []).map((a) => (
          <li key={a.id}>
            {new Date(a.createdAt).toLocaleString()} · {a.title} · <em>{a.state}</em>
            {a.lastError ? <small className="error"> ({a.lastError})</small> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
