import { grantableRoles } from '@rebound/shared/role-grants';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useMe } from '../../shared/auth/use-me.ts';
import { InviteForm } from './invite-form.tsx';
import { MemberRow } from './member-row.tsx';
import { PendingInvitations } from './pending-invitations.tsx';
import './members.css';

export function MembersPage() {
  const trpc = useTRPC();
  const me = useMe();
  const list = useQuery(trpc.members.list.queryOptions());
  const grantable = grantableRoles(me.data?.role);
  return (
    <section>
      <h1>Team</h1>
      {list.isPending ? <p className="loading">Loading…</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            {grantable.length ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((m) => (
            <MemberRow key={m.userId} member={m} grantable={grantable} />
          ))}
        </tbody>
      </table>
      {grantable.length ? (
        <>
          <PendingInvitations />
          <InviteForm grantable={grantable} />
        </>
      ) : null}
    </section>
  );
}
