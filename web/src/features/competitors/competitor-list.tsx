import { competitorKindLabels } from '@rebound/shared/schemas/competitors';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { ConfirmButton } from '../../shared/ui/confirm-dialog.tsx';
import { formatDate } from '../../shared/ui/format.ts';
import { formatCount, formatRating } from './format.ts';

/** A location's competitors, their health and last reading, with refresh and remove. */
export function CompetitorList({ locationId }: { locationId: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.competitors.list.queryOptions());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.competitors.pathKey() });
  const refresh = useMutation(trpc.competitors.refresh.mutationOptions({ onSettled: invalidate }));
  const remove = useMutation(trpc.competitors.remove.mutationOptions({ onSettled: invalidate }));
  const rows = (list.data ?? []).filter((c) => c.locationId === locationId);
  if (list.isPending) return <p className="loading">Loading competitors…</p>;
  if (list.isError) return <p className="error">Competitors could not be loaded: {list.error.message}</p>;
  return (
    <section className="bench-card" aria-labelledby="bench-list">
      <h2 id="bench-list">Competitors watched ({rows.length} of 10)</h2>
      {rows.length === 0 ? (
        <p className="dash-empty">No competitor is compared with this location yet. Add one below.</p>
      ) : (
        <ul className="bench-list">
          {rows.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <small className="hint">{competitorKindLabels[c.kind]}</small>
              <div>
                {formatRating(c.rating)} from {formatCount(c.ratingCount)} ratings · {c.reviewsRead} reviews
                read · {c.lastPolledAt ? `read ${formatDate(c.lastPolledAt)}` : 'not read yet'}
              </div>
              {c.health !== 'ok' && c.lastError ? (
                <p className="error" role="status">
                  {c.lastError}
                </p>
              ) : null}
              <div className="bench-actions">
                <button
                  type="button"
                  disabled={refresh.isPending}
                  onClick={() => refresh.mutate({ competitorId: c.id })}
                >
                  Read now<span className="visually-hidden"> {c.name}</span>
                </button>
                <ConfirmButton
                  label={
                    <>
                      Remove<span className="visually-hidden"> {c.name}</span>
                    </>
                  }
                  isDisabled={remove.isPending}
                  title={`Stop comparing with ${c.name}?`}
                  confirmLabel="Yes, remove"
                  onConfirm={() => remove.mutate({ competitorId: c.id })}
                >
                  <p>What was read from it is deleted.</p>
                </ConfirmButton>
              </div>
            </li>
          ))}
        </ul>
      )}
      {refresh.isError || remove.isError ? (
        <p className="error" role="alert">
          {messageOf(refresh.error ?? remove.error)}
        </p>
      ) : null}
    </section>
  );
}
