import { outboxFileInput, outboxListInput } from '@rebound/shared';
import { outboxDirOf } from '../../services/feedback/start-outbox.ts';
import { countOutboxByStatus, listOutbox } from '../../services/outbox/index.ts';
import { listOrgOutboxFiles, readOrgOutboxFile } from '../../services/outbox/org-outbox-files.ts';
import { roleProcedure, router } from '../init.ts';

const readers = roleProcedure('marketing', 'owner', 'admin', 'manager');
// Message bodies hold clients' private links: only the people who run campaigns open them.
const managers = roleProcedure('marketing', 'owner', 'admin');

export const outboxRouter = router({
  list: readers.input(outboxListInput).query(({ ctx, input }) => listOutbox(ctx.db, ctx.orgId, input)),
  counts: readers.query(({ ctx }) => countOutboxByStatus(ctx.db, ctx.orgId)),
  mode: readers.query(({ ctx }) => ({ mode: ctx.config.SMTP_URL ? ('smtp' as const) : ('file' as const) })),
  files: managers.query(({ ctx }) =>
    ctx.config.SMTP_URL ? [] : listOrgOutboxFiles(ctx.db, ctx.orgId, outboxDirOf(ctx.config)),
  ),
  file: managers
    .input(outboxFileInput)
    .query(({ ctx, input }) => readOrgOutboxFile(ctx.db, ctx.orgId, outboxDirOf(ctx.config), input.file)),
});
