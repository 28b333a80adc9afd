import { type Finding, hasBlocking } from '@rebound/shared/tone-check/index';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { ConfirmButton } from '../../shared/ui/confirm-dialog.tsx';

type Item = {
  draftId: string;
  label: string;
  isEscalated: boolean;
  rating: number | null;
  findings: Finding[];
};

// Mirrors the server's rule (bulkSkipReason) to choose what to offer; the server decides again on its own.
const isThankYou = (it: Item) =>
  !it.isEscalated && it.label === 'positive' && (it.rating ?? 0) >= 4 && !hasBlocking(it.findings);

/** One yes for the thank-you replies under happy reviews; each is still approved, and audited, on its own. */
export function BulkApproveBar({ items }: { items: Item[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const eligible = items.filter(isThankYou);
  const bulk = useMutation(
    trpc.replies.bulkApprove.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.replies.pathKey() }),
        ]),
    }),
  );
  if (!eligible.length && !bulk.data) return null;
  const n = eligible.length;
  return (
    <div className="bulk-approve">
      {n ? (
        <ConfirmButton
          label={`Accept all ${n} thank-you ${n === 1 ? 'reply' : 'replies'}…`}
          isDisabled={bulk.isPending}
          title={`Approve ${n} thank-you ${n === 1 ? 'reply' : 'replies'}?`}
          confirmLabel="Yes, approve them"
          onConfirm={() => bulk.mutate({ draftIds: eligible.map((e) => e.draftId) })}
        >
          <p>
            They go out as drafted, each approved and audited on its own. Escalated and unhappy reviews are
            never included.
          </p>
        </ConfirmButton>
      ) : null}
      {bulk.data ? (
        <span role="status">
          Approved {bulk.data.approved.length}
          {bulk.data.skipped.length ? `; ${bulk.data.skipped.length} left for a look of their own` : ''}.
        </span>
      ) : null}
      {bulk.error ? (
        <span className="error" role="alert">
          {messageOf(bulk.error)}
        </span>
      ) : null}
    </div>
  );
}
