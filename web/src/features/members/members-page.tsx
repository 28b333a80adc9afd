import { grantableRoles } from '@rebound/shared/role-grants';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useMe } from '../../shared/auth/use-me.ts';
import { DataTable } from '../../shared/ui/data-table.tsx';
import { InviteForm } from './invite-form.tsx';
import { memberColumns } from './member-row.tsx';
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
      <DataTable
        label="Team members"
        rows={list.data ?? []}
        columns={memberColumns(grantable)}
        rowKey={(m) => m.userId}
        emptyText={list.isPending ? 'Loading…' : 'No members yet.'}
      />
      {grantable.length ? (
        <>
          <PendingInvitations />
          <InviteForm grantable={grantable} />
        </>
      ) : null}
    </section>
  );
}
