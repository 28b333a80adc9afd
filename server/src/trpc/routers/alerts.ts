import { alertSettingsInput, listAlertsInput } from '@rebound/shared';
import { listAlerts } from '../../services/alerts/list-alerts.ts';
import { readAlertSettings } from '../../services/alerts/read-alert-settings.ts';
import { rotateWebhookSecret } from '../../services/alerts/rotate-webhook-secret.ts';
import { updateAlertSettings } from '../../services/alerts/update-alert-settings.ts';
import { capabilityProcedure, router } from '../init.ts';

const readers = capabilityProcedure('alerts.read');
const owners = capabilityProcedure('alerts.configure');

export const alertsRouter = router({
  list: readers.input(listAlertsInput).query(({ ctx, input }) => listAlerts(ctx.db, ctx.orgId, input)),
  /** The reply target everyone working the inbox sees as a timer. */
  sla: capabilityProcedure('inbox.work').query(async ({ ctx }) => ({
    slaHours: (await readAlertSettings(ctx.db, ctx.orgId)).slaHours,
  })),
  settings: owners.query(({ ctx }) => readAlertSettings(ctx.db, ctx.orgId)),
  updateSettings: owners
    .input(alertSettingsInput)
    .mutation(({ ctx, input }) => updateAlertSettings(ctx.db, ctx.orgId, ctx.actor, input)),
  rotateWebhookSecret: owners.mutation(({ ctx }) => rotateWebhookSecret(ctx.db, ctx.orgId, ctx.actor)),
});
