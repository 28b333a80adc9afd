import { auditFilterInput, auditListInput } from '@rebound/shared/schemas/audit';
import { listAuditActions } from '../../services/audit/list-audit-actions.ts';
import { listAuditLog } from '../../services/audit/list-audit-log.ts';
import { listAuditPeople } from '../../services/audit/list-audit-people.ts';
import { exportAuditCsv } from '../../services/replies/export-audit-csv.ts';
import { capabilityProcedure, router } from '../init.ts';

export const auditRouter = router({
  /** The audit page: the newest matching entries, with who and which actions can be filtered on. */
  list: capabilityProcedure('audit.read')
    .input(auditListInput)
    .query(async ({ ctx, input }) => {
      const [entries, people, actions] = await Promise.all([
        listAuditLog(ctx.db, ctx.orgId, input),
        listAuditPeople(ctx.db, ctx.orgId),
        listAuditActions(ctx.db, ctx.orgId),
      ]);
      return { entries, people, actions };
    }),
  /** The org's audit log as CSV text (with the page's filters); the dashboard turns it into a file download. */
  exportCsv: capabilityProcedure('audit.read')
    .input(auditFilterInput)
    .query(async ({ ctx, input }) => ({
      filename: `rebound-audit-${new Date().toISOString().slice(0, 10)}.csv`,
      csv: await exportAuditCsv(ctx.db, ctx.orgId, input),
    })),
});
