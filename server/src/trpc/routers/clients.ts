import { randomUUID } from 'node:crypto';
import {
  importClientsInput,
  importProgressInput,
  listClientsInput,
  previewImportInput,
  saveClientInput,
  suppressInput,
  tagClientsInput,
} from '@rebound/shared';
import { countClients } from '../../services/clients/count-clients.ts';
import { importClients } from '../../services/clients/import-clients.ts';
import { listClients } from '../../services/clients/list-clients.ts';
import { previewClientsCsv } from '../../services/clients/preview-clients-csv.ts';
import { readImportProgress } from '../../services/clients/read-import-progress.ts';
import { saveClient } from '../../services/clients/save-client.ts';
import { listSuppressions, suppressEmail } from '../../services/clients/suppressions.ts';
import { tagClients } from '../../services/clients/tag-clients.ts';
import { trackImport } from '../../services/clients/track-import.ts';
import { capabilityProcedure, router } from '../init.ts';

const managers = capabilityProcedure('clients.manage');
const readers = capabilityProcedure('clients.read');

export const clientsRouter = router({
  list: readers.input(listClientsInput).query(({ ctx, input }) => listClients(ctx.db, ctx.orgId, input)),
  count: readers.query(({ ctx }) => countClients(ctx.db, ctx.orgId)),
  save: managers
    .input(saveClientInput)
    .mutation(({ ctx, input }) => saveClient(ctx.db, ctx.orgId, ctx.actor, input)),
  tag: managers.input(tagClientsInput).mutation(({ ctx, input }) => tagClients(ctx.db, ctx.orgId, input)),
  suppressions: readers.query(({ ctx }) => listSuppressions(ctx.db, ctx.orgId)),
  suppress: managers.input(suppressInput).mutation(({ ctx, input }) =>
    suppressEmail(ctx.db, ctx.orgId, input.email, {
      reason: 'manual',
      source: 'dashboard',
      actor: ctx.actor,
    }),
  ),
  previewImport: managers.input(previewImportInput).mutation(({ input }) => previewClientsCsv(input.csv)),
  importCsv: managers.input(importClientsInput).mutation(async ({ ctx, input }) => {
    const progress = trackImport(ctx.orgId, input.importId ?? randomUUID());
    try {
      return await importClients(ctx.db, ctx.orgId, ctx.actor, input, (done, total) =>
        progress.update(done, total),
      );
    } finally {
      progress.finish();
    }
  }),
  importProgress: managers
    .input(importProgressInput)
    .query(({ ctx, input }) => readImportProgress(ctx.orgId, input.importId)),
});
