import type { Role } from '@rebound/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { ConfirmButton } from '../../shared/ui/confirm-dialog.tsx';
import type { DataColumn } from '../../shared/ui/data-table.tsx';

export type Member = { userId: string; name: string; email: string; role: Role };

function useRefreshMembers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
}

/** The member's role: a select when the signed-in person may grant it (from the shared grant table). */
function RoleCell({ member, grantable }: { member: Member; grantable: readonly Role[] }) {
  const trpc = useTRPC();
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSuccess: useRefreshMembers() }));
  if (!grantable.includes(member.role)) return <>{member.role}</>;
  const selectId = `role-${member.userId}`;
  return (
    <>
      <label htmlFor={selectId} className="visually-hidden">
        Role of {member.name || member.email}
      </label>
      <select
        id={selectId}
        value={member.role}
        disabled={changeRole.isPending}
        onChange={(e) => changeRole.mutate({ userId: member.userId, role: e.target.value as Role })}
      >
        {grantable.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {changeRole.error ? (
        <p className="error" role="alert">
          {messageOf(changeRole.error)}
        </p>
      ) : null}
    </>
  );
}

/** Removing (after a confirmation) and sending a password reset link, for members the person may manage. */
function MemberActions({ member, grantable }: { member: Member; grantable: readonly Role[] }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: useRefreshMembers() }));
  const reset = useMutation(trpc.members.resetPassword.mutationOptions());
  const error = remove.error ?? reset.error;
  const who = member.name || member.email;
  return (
    <>
      {grantable.includes(member.role) ? (
        <div className="row-actions">
          <ConfirmButton
            label="Remove…"
            title={`Remove ${who}?`}
            confirmLabel="Yes, remove"
            onConfirm={() => remove.mutate({ userId: member.userId })}
          >
            <p>{member.email} loses access to this organization and is signed out at once.</p>
          </ConfirmButton>{' '}
          <button
            type="button"
            disabled={reset.isPending}
            onClick={() => reset.mutate({ userId: member.userId })}
          >
            Send password reset link
          </button>
          {reset.data ? (
            <p role="status">
              A one-time link to choose a new password was sent to {reset.data.sentTo}; it works for an hour.
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
    </>
  );
}

/** The team table's columns; the actions column only for someone who may grant a role. */
export function memberColumns(grantable: readonly Role[]): DataColumn<Member>[] {
  const columns: DataColumn<Member>[] = [
    { header: 'Name', value: (m) => m.name, isSortable: true },
    { header: 'Email', value: (m) => m.email, isSortable: true, isRowHeader: true },
    {
      header: 'Role',
      value: (m) => m.role,
      cell: (m) => <RoleCell member={m} grantable={grantable} />,
      isSortable: true,
    },
  ];
  if (grantable.length)
    columns.push({ header: 'Actions', cell: (m) => <MemberActions member={m} grantable={grantable} /> });
  return columns;
}
