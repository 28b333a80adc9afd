import type { Role } from '@rebound/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

type Member = { userId: string; name: string; email: string; role: Role };

/** One team member, with what the signed-in person may do to them (from the shared grant table). */
export function MemberRow({ member, grantable }: { member: Member; grantable: readonly Role[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isConfirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: refresh }));
  const reset = useMutation(trpc.members.resetPassword.mutationOptions());
  const isManageable = grantable.includes(member.role);
  const error = changeRole.error ?? remove.error ?? reset.error;
  const selectId = `role-${member.userId}`;
  return (
    <tr>
      <td>{member.name}</td>
      <td>{member.email}</td>
      <td>
        {isManageable ? (
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
          </>
        ) : (
          member.role
        )}
      </td>
      {grantable.length ? (
        <td>
          {isManageable ? (
            <div className="row-actions">
              {isConfirming ? (
                <fieldset className="inline-confirm">
                  <legend className="visually-hidden">Confirm removing {member.email}</legend>
                  Remove {member.name || member.email}? They are signed out at once.{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => remove.mutate({ userId: member.userId })}
                  >
                    Yes, remove
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </fieldset>
              ) : (
                <button type="button" onClick={() => setConfirming(true)}>
                  Remove…
                </button>
              )}{' '}
              <button
                type="button"
                disabled={reset.isPending}
                onClick={() => reset.mutate({ userId: member.userId })}
              >
                Send password reset link
              </button>
              {reset.data ? (
                <p role="status">
                  A one-time link to choose a new password was sent to {reset.data.sentTo}; it works for an
                  hour.
                </p>
              ) : null}
            </div>
          ) : null}
          {error ? (
            <p className="error" role="alert">
              {messageOf(error)}
            </p>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
