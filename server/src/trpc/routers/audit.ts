import { auditExportInput } from '@rebound/shared';
import { exportAuditCsv } from '../../services/replies/export-audit.ts';
import { roleProcedure, router } from '../init.ts';

export const auditRouter = router({
  /** The org's audit log as CSV text; the dashboard turns it into a file download. */
  exportCsv: roleProcedure('owner', 'admin')
    .input(auditExportInput)
    .query(async ({ ctx, input }) => ({
      filename: `rebound-audit-${new Date().toISOString().slice(0, 10)}.csv`,
      csv: await exportAuditCsv(ctx.db, ctx.orgId, input),
    })),
});
