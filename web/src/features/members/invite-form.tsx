import type { Role } from '@rebound/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';

/** Invite someone by e-mail: they accept with the link they receive, whether or not they already use Rebound. */
export function InviteForm({ grantable }: { grantable: readonly Role[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(
    grantable.includes('marketing') ? 'marketing' : (grantable[0] ?? 'marketing'),
  );
  const invite = useMutation(
    trpc.members.add.mutationOptions({
      onSuccess: async () => {
        setEmail('');
        await queryClient.invalidateQueries({ queryKey: trpc.members.invitations.queryKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(invite.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate({ email, role });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-member-title">
      <h2 id="add-member-title">Invite a team member</h2>
      <Field
        label="Email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        errors={errors.email}
        hint="They get a link to accept, valid for seven days. They choose their own password."
        required
      />
      <div className="field">
        <label htmlFor="member-role">Role</label>
        <select id="member-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {grantable.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      {invite.data ? (
        <p role="status">
          Invitation sent to {invite.data.email} as {invite.data.role}.
        </p>
      ) : null}
      {invite.error && !Object.keys(errors).length ? (
        <p className="error" role="alert">
          {messageOf(invite.error)}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={invite.isPending}>
        Send invitation
      </button>
    </form>
  );
}
