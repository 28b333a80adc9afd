import { alertSettingsInput, listAlertsInput } from '@rebound/shared';
import {
  readAlertSettings,
  rotateWebhookSecret,
  updateAlertSettings,
} from '../../services/alerts/alert-settings.ts';
import { listAlerts } from '../../services/alerts/list-alerts.ts';
import { roleProcedure, router } from '../init.ts';

const readers = roleProcedure('owner', 'manager');
// Where alerts go (and the webhook secret) is the owner's call, as is who sees what.
const owners = roleProcedure('owner');

export const alertsRouter = router({
  list: readers.input(listAlertsInput).query(({ ctx, input }) => listAlerts(ctx.db, ctx.orgId, input)),
  /** The reply target everyone working the inbox sees as a timer. */
  sla: readers.query(async ({ ctx }) => ({
    slaHours: (await readAlertSettings(ctx.db, ctx.orgId)).slaHours,
  })),
  settings: owners.query(({ ctx }) => readAlertSettings(ctx.db, ctx.orgId)),
  updateSettings: owners
    .input(alertSettingsInput)
    .mutation(({ ctx, input }) => updateAlertSettings(ctx.db, ctx.orgId, ctx.actor, input)),
  rotateWebhookSecret: owners.mutation(({ ctx }) => rotateWebhookSecret(ctx.db, ctx.orgId, ctx.actor)),
});
