import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { ConnectButtons, useStartConnect } from './connect-buttons.tsx';
import { ConnectPicker } from './connect-picker.tsx';
import { CsvUpload } from './csv-upload.tsx';
import { FetchPolicy } from './fetch-policy.tsx';
import { SourceForm } from './source-form.tsx';
import { SourceCard, type SourceItem } from './source-list.tsx';
import './sources.css';

type Panel =
  | { mode: 'add' }
  | { mode: 'edit'; source: SourceItem }
  | { mode: 'import'; source: SourceItem }
  | null;

/** Where Rebound looks for reviews: health, recent runs and the next poll for each place, and managing them. */
export function SourcesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.sources.list.queryOptions(), refetchInterval: 15_000 });
  const [panel, setPanel] = useState<Panel>(null);
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(() => oauthNotice(params));
  const grantId = params.get('connect');
  const [secret, setSecret] = useState<{ sourceId: string | null; value: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sources.list.queryKey() });
  const onError = (error: unknown) => setNotice(messageOf(error));
  const pollNow = useMutation(
    trpc.sources.pollNow.mutationOptions({
      onSuccess: async (r) => {
        setNotice(
          r.ok
            ? `Poll finished: ${r.fetched} found, ${r.created} new, ${r.updated} changed, ${r.removed} removed.`
            : `Poll failed: ${r.error}`,
        );
        await refresh();
      },
      onError,
    }),
  );
  const pause = useMutation(trpc.sources.pause.mutationOptions({ onSuccess: refresh, onError }));
  const resume = useMutation(trpc.sources.resume.mutationOptions({ onSuccess: refresh, onError }));
  const remove = useMutation(
    trpc.sources.remove.mutationOptions({
      onSuccess: async () => {
        setNotice('Source deleted.');
        await refresh();
      },
      onError,
    }),
  );
  const canManage = useCan('sources.manage');
  const canConnect = useCan('sources.connect');
  const canReadFetchPolicy = useCan('sources.readFetchPolicy');
  const startConnect = useStartConnect(setNotice);
  const disconnect = useMutation(
    trpc.oauth.disconnect.mutationOptions({
      onSuccess: async (r) => {
        setNotice(`Disconnected; ${r.disconnected.length} source(s) stopped. Their reviews are kept.`);
        await refresh();
      },
      onError,
    }),
  );

  return (
    <section className="sources">
      <div className="source-head">
        <h1>Sources</h1>
        {canManage && !panel ? (
          <button type="button" className="primary" onClick={() => setPanel({ mode: 'add' })}>
            Add a source
          </button>
        ) : null}
      </div>
      {canConnect && !grantId ? <ConnectButtons onError={setNotice} /> : null}
      {canReadFetchPolicy ? <FetchPolicy /> : null}
      {canConnect && grantId ? (
        <ConnectPicker
          grantId={grantId}
          onDone={async (message) => {
            setNotice(message);
            setParams({});
            await refresh();
          }}
        />
      ) : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {secret ? (
        <div className="card secret-once" role="alert">
          <p>This webhook’s signing secret is shown only now. Copy it into the sending tool:</p>
          <code>{secret.value}</code>
          <button type="button" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      ) : null}
      {panel?.mode === 'add' || panel?.mode === 'edit' ? (
        <SourceForm
          editing={panel.mode === 'edit' ? panel.source : null}
          onCancel={() => setPanel(null)}
          onDone={async (webhookSecret) => {
            if (webhookSecret) setSecret({ sourceId: null, value: webhookSecret });
            setNotice('Source saved.');
            setPanel(null);
            await refresh();
          }}
        />
      ) : null}
      {panel?.mode === 'import' ? (
        <CsvUpload
          source={panel.source}
          onClose={() => {
            setPanel(null);
            void refresh();
          }}
        />
      ) : null}
      {list.isPending ? <p className="loading">Loading sources…</p> : null}
      {list.isError ? (
        <p className="error" role="alert">
          The sources could not be loaded: {list.error.message}
        </p>
      ) : null}
      {list.data && !list.data.length ? (
        <p>No sources yet. Add the pages, feeds and accounts where customers review you.</p>
      ) : null}
      <ul className="source-list">
        {(list.data ?? []).map((source) => (
          <SourceCard
            key={source.id}
            source={source}
            actions={{
              canManage,
              busyId: pollNow.isPending ? (pollNow.variables?.sourceId ?? null) : null,
              onPollNow: (id) => pollNow.mutate({ sourceId: id }),
              onTogglePause: (s) => (s.isPaused ? resume : pause).mutate({ sourceId: s.id }),
              onEdit: (s) => setPanel({ mode: 'edit', source: s }),
              onDelete: (id) => remove.mutate({ sourceId: id }),
              onImport: (s) => setPanel({ mode: 'import', source: s }),
              ...(canConnect
                ? {
                    onReconnect: (s: SourceItem) =>
                      startConnect.mutate({
                        provider: s.kind === 'facebook' ? 'facebook' : 'google',
                        reconnectSourceId: s.id,
                      }),
                    onDisconnect: (id: string) => disconnect.mutate({ sourceId: id }),
                  }
                : {}),
            }}
          />
        ))}
      </ul>
    </section>
  );
}

/** What the member is told on coming back from a consent page. */
function oauthNotice(params: URLSearchParams): string | null {
  const provider = params.get('provider') === 'facebook' ? 'Facebook' : 'Google';
  if (params.get('oauthError') === 'denied')
    return `${provider} access was not granted, so nothing was connected. Try again when you are ready.`;
  if (params.get('oauthError')) return `${provider} could not be connected. Please try again.`;
  if (params.get('reconnected')) return `${provider} is reconnected; the source is being read again.`;
  return null;
}
