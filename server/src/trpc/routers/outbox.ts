import { outboxFileInput, outboxListInput } from '@rebound/shared';
import { outboxDirOf } from '../../services/feedback/outbox-config.ts';
import { countOutboxByStatus, listOutbox } from '../../services/outbox/index.ts';
import { listOrgOutboxFiles, readOrgOutboxFile } from '../../services/outbox/org-outbox-files.ts';
import { capabilityProcedure, router } from '../init.ts';

const readers = capabilityProcedure('outbox.read');

export const outboxRouter = router({
  list: readers.input(outboxListInput).query(({ ctx, input }) => listOutbox(ctx.db, ctx.orgId, input)),
  counts: readers.query(({ ctx }) => countOutboxByStatus(ctx.db, ctx.orgId)),
  mode: readers.query(({ ctx }) => ({ mode: ctx.config.SMTP_URL ? ('smtp' as const) : ('file' as const) })),
  // Message bodies follow what they are about (services/outbox/message-access.ts), decided per message.
  files: readers.query(({ ctx }) =>
    ctx.config.SMTP_URL ? [] : listOrgOutboxFiles(ctx.db, ctx.orgId, ctx.role, outboxDirOf(ctx.config)),
  ),
  file: readers
    .input(outboxFileInput)
    .query(({ ctx, input }) =>
      readOrgOutboxFile(ctx.db, ctx.orgId, ctx.role, outboxDirOf(ctx.config), input.file),
    ),
});
