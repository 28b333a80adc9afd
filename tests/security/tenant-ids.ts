import { eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client.ts';
import { listTables } from './world.ts';

/**
 * Which table an id-like input key points into. The cross-tenant test fills every such key with a real id of the
 * victim organization; a new key fails the test until it is listed here (or the procedure gets a fixture in
 * `crossTenantFixtures`).
 */
export const idTables: Record<string, { table: string; column?: string }> = {
  orgId: { table: 'organizations', column: 'id' },
  locationId: { table: 'locations' },
  sourceId: { table: 'sources' },
  runId: { table: 'poll_runs' },
  pollRunId: { table: 'poll_runs' },
  reviewId: { table: 'reviews' },
  versionId: { table: 'review_versions' },
  draftId: { table: 'reply_drafts' },
  replyId: { table: 'replies' },
  caseId: { table: 'recovery_cases' },
  eventId: { table: 'case_events' },
  taskId: { table: 'case_tasks' },
  remedyId: { table: 'case_remedies' },
  alertId: { table: 'alerts' },
  clientId: { table: 'clients' },
  campaignId: { table: 'campaigns' },
  requestId: { table: 'feedback_requests' },
  feedbackRequestId: { table: 'feedback_requests' },
  outboxId: { table: 'outbox' },
  messageId: { table: 'outbox' },
  digestId: { table: 'digest_runs' },
  userId: { table: 'memberships', column: 'userId' },
  memberId: { table: 'memberships', column: 'userId' },
  ownerUserId: { table: 'memberships', column: 'userId' },
  // The audit page's "person" filter: a member of the victim organization.
  actorUserId: { table: 'memberships', column: 'userId' },
  invitationId: { table: 'member_invitations' },
  competitorId: { table: 'competitors' },
  // A Google or Facebook connect attempt (its grant), begun by a member of the organization.
  grantId: { table: 'oauth_grants' },
  // "Reconnect Google" names the source whose grant lapsed.
  reconnectSourceId: { table: 'sources' },
  // Import progress lives in memory, not in a table: its id comes from the seeding (seededExtraIds).
  importId: { table: '(memory)' },
};

/** One real id per id key, taken from the organization's own rows; keys whose table is empty are left out. */
export async function collectIds(db: Db, orgId: string): Promise<Map<string, string>> {
  const tables = new Map(listTables().map((t) => [t.name, t]));
  const out = new Map<string, string>();
  for (const [key, ref] of Object.entries(idTables)) {
    const t = tables.get(ref.table);
    if (!t) continue;
    const columns = getTableColumns(t.table);
    const idColumn = columns[ref.column ?? 'id'];
    const orgColumn = t.hasOrgId ? columns.orgId : columns.id;
    if (!idColumn || !orgColumn) continue;
    const rows = await db.select({ id: idColumn }).from(t.table).where(eq(orgColumn, orgId)).limit(1);
    const id = rows[0]?.id;
    if (typeof id === 'string') out.set(key, id);
  }
  return out;
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every id that appears in an organization's rows: none of them may show up in another organization's answers. */
export function idsIn(snapshot: Record<string, string[]>): Set<string> {
  const out = new Set<string>();
  for (const rows of Object.values(snapshot))
    for (const row of rows) for (const m of row.matchAll(uuidPattern)) out.add(m[0].toLowerCase());
  return out;
}
