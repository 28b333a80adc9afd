import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

/** After consent: every location or Page the grant reaches, to tick the ones Rebound should watch. */
export function ConnectPicker({ grantId, onDone }: { grantId: string; onDone(message: string): void }) {
  const trpc = useTRPC();
  const choices = useQuery({ ...trpc.oauth.choices.queryOptions({ grantId }), retry: false });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const connect = useMutation(
    trpc.oauth.connect.mutationOptions({
      onSuccess: (r) =>
        onDone(
          `${r.created.length} new source${r.created.length === 1 ? '' : 's'} added${
            r.reconnected.length ? `, ${r.reconnected.length} reconnected` : ''
          }. Their reviews are being read now.`,
        ),
    }),
  );
  const toggle = (key: string) =>
    setPicked((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (choices.isPending) return <p className="loading">Reading what this account can reach…</p>;
  if (choices.isError)
    return (
      <p className="error" role="alert">
        {messageOf(choices.error)}
      </p>
    );
  const { label, choices: list } = choices.data;
  return (
    <form
      className="card connect-picker"
      aria-label={`Choose what to watch from ${label}`}
      onSubmit={(e) => {
        e.preventDefault();
        connect.mutate({ grantId, keys: [...picked] });
      }}
    >
      <h2>Choose what to watch</h2>
      {list.length === 0 ? <p>This account cannot reach any {label} yet.</p> : null}
      <ul className="connect-choices">
        {list.map((c) => (
          <li key={c.key}>
            <label>
              <input type="checkbox" checked={picked.has(c.key)} onChange={() => toggle(c.key)} />
              <span className="choice-name">{c.name}</span>
              {c.detail ? <span className="muted"> · {c.detail}</span> : null}
              {c.watchedBySourceId ? (
                <span className="muted"> (already watched: picking it reconnects it)</span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      {connect.isError ? (
        <p className="error" role="alert">
          {messageOf(connect.error)}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={picked.size === 0 || connect.isPending}>
        Watch {picked.size || ''} selected
      </button>
    </form>
  );
}
