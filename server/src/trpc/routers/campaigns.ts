import {
  audiencePreviewInput,
  campaignIdInput,
  campaignRequestsInput,
  funnelInput,
  previewMessageInput,
  saveCampaignInput,
} from '@rebound/shared';
import { campaignFunnel, listCampaignRequests } from '../../services/campaigns/funnel.ts';
import { getCampaign } from '../../services/campaigns/get-campaign.ts';
import { launchCampaign } from '../../services/campaigns/launch-campaign.ts';
import { listCampaigns } from '../../services/campaigns/list-campaigns.ts';
import { listLocations } from '../../services/campaigns/list-locations.ts';
import { resolveMailSettings } from '../../services/campaigns/mail-settings.ts';
import { previewMessage } from '../../services/campaigns/preview-message.ts';
import { saveCampaign } from '../../services/campaigns/save-campaign.ts';
import { selectAudience } from '../../services/campaigns/select-audience.ts';
import { sendTestMessage } from '../../services/campaigns/send-test-message.ts';
import { capabilityProcedure, router } from '../init.ts';

const editors = capabilityProcedure('campaigns.edit');
const senders = capabilityProcedure('campaigns.send');
const readers = capabilityProcedure('campaigns.read');

type Ctx = { config: Parameters<typeof resolveMailSettings>[0]; services: { publicUrl?: string } };
const settingsOf = (ctx: Ctx) => resolveMailSettings(ctx.config, ctx.services.publicUrl);

export const campaignsRouter = router({
  list: readers.query(({ ctx }) => listCampaigns(ctx.db, ctx.orgId)),
  get: readers
    .input(campaignIdInput)
    .query(({ ctx, input }) => getCampaign(ctx.db, ctx.orgId, input.campaignId)),
  locations: readers.query(({ ctx }) => listLocations(ctx.db, ctx.orgId)),
  save: editors
    .input(saveCampaignInput)
    .mutation(({ ctx, input }) =>
      saveCampaign(ctx.db, ctx.orgId, ctx.actor, input, settingsOf(ctx).publicUrl),
    ),
  /** Live preview of the message: the web editor calls this as the template changes. */
  preview: readers
    .input(previewMessageInput)
    .query(({ ctx, input }) =>
      previewMessage(ctx.db, ctx.orgId, input, settingsOf(ctx), ctx.session.name || ctx.session.email),
    ),
  audience: readers.input(audiencePreviewInput).query(async ({ ctx, input }) => {
    const audience = await selectAudience(ctx.db, ctx.orgId, input.audience, {
      frequencyCapDays: input.frequencyCapDays,
      ...(input.channel ? { channel: input.channel } : {}),
    });
    return {
      count: audience.eligible.length,
      sample: audience.eligible.slice(0, 20),
      excluded: audience.excluded,
      notes: audience.notes,
    };
  }),
  testSend: senders.input(campaignIdInput).mutation(async ({ ctx, input }) => {
    const actor = { ...ctx.actor, name: ctx.session.name || ctx.session.email, email: ctx.session.email };
    const sent = await sendTestMessage(ctx.db, ctx.orgId, actor, input.campaignId, settingsOf(ctx));
    ctx.services.wakeOutbox?.();
    return sent;
  }),
  launch: senders.input(campaignIdInput).mutation(async ({ ctx, input }) => {
    const actor = { ...ctx.actor, name: ctx.session.name || ctx.session.email };
    const result = await launchCampaign(ctx.db, ctx.orgId, actor, input.campaignId, settingsOf(ctx));
    ctx.services.wakeOutbox?.();
    return result;
  }),
  funnel: readers
    .input(funnelInput)
    .query(({ ctx, input }) => campaignFunnel(ctx.db, ctx.orgId, input.campaignId)),
  requests: readers
    .input(campaignRequestsInput)
    .query(({ ctx, input }) => listCampaignRequests(ctx.db, ctx.orgId, input.campaignId, input.limit)),
});
