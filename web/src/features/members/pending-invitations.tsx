import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../shared/api/trpc.ts';
import { formatDate } from '../../shared/ui/format.ts';

/** Invitations sent and not yet accepted; each can be withdrawn. */
export function PendingInvitations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pending = useQuery(trpc.members.invitations.queryOptions());
  const revoke = useMutation(
    trpc.members.revokeInvitation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.members.invitations.queryKey() }),
    }),
  );
  if (!pending.data?.length) return null;
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">Pending invitations</h2>
      <ul className="plain-list">
        {pending.data.map((i) => (
          <li key={i.invitationId}>
            {i.email} as {i.role} · {i.isExpired ? 'expired' : `valid until ${formatDate(i.expiresAt)}`}{' '}
            <button type="button" onClick={() => revoke.mutate({ invitationId: i.invitationId })}>
              Withdraw
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
