import { campaigns } from '../../db/schema/index.ts';

export const campaignColumns = {
  id: campaigns.id,
  name: campaigns.name,
  locationId: campaigns.locationId,
  status: campaigns.status,
  scale: campaigns.scale,
  subjectTemplate: campaigns.subjectTemplate,
  bodyTemplate: campaigns.bodyTemplate,
  channel: campaigns.channel,
  smsTemplate: campaigns.smsTemplate,
  launchSkips: campaigns.launchSkips,
  audience: campaigns.audience,
  trackOpens: campaigns.trackOpens,
  ratePerMinute: campaigns.ratePerMinute,
  frequencyCapDays: campaigns.frequencyCapDays,
  sendAt: campaigns.sendAt,
  createdAt: campaigns.createdAt,
  launchedAt: campaigns.launchedAt,
};
