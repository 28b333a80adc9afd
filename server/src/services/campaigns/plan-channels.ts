import type { Db } from '../../db/client.ts';
import type { CampaignChannel, LaunchSkips } from '../../db/schema/index.ts';
import { decideTextForClient } from '../sms/can-text-client.ts';
import type { AudienceClient } from './select-audience.ts';

export type ChannelPlan = {
  client: AudienceClient;
  isEmailed: boolean;
  /** The number and the earliest time on the client's clock a text may go, or null when not texted. */
  text: { phone: string; sendAt: Date } | null;
};

const emptySkips = (): LaunchSkips => ({
  email: { suppressed: 0, noEmail: 0 },
  sms: { noConsent: 0, noPhone: 0, optedOut: 0 },
  unreached: 0,
});

const usesEmail = (channel: CampaignChannel) => channel !== 'sms';
const usesText = (channel: CampaignChannel) => channel !== 'email';
// Addresses were checked at import; this only catches the empty or broken ones a phone-only record carries.
const hasMailableAddress = (email: string) => /^[^\s@]+@[^\s@]+$/.test(email.trim());

/**
 * Which channels reach each client of the audience, counting every skip by channel and reason. A text needs
 * a valid number, recorded consent to texts and no STOP (the same rule the send-time check applies); an
 * e-mail needs an address that is not suppressed. A client reached on neither is not asked at all.
 */
export async function planChannels(
  db: Db,
  orgId: string,
  channel: CampaignChannel,
  audience: readonly AudienceClient[],
  startAt: Date,
): Promise<{ plans: ChannelPlan[]; skips: LaunchSkips }> {
  const skips = emptySkips();
  const plans: ChannelPlan[] = [];
  for (const client of audience) {
    let isEmailed = false;
    if (usesEmail(channel)) {
      if (!hasMailableAddress(client.email)) skips.email.noEmail += 1;
      else if (client.isEmailSuppressed) skips.email.suppressed += 1;
      else isEmailed = true;
    }
    let text: ChannelPlan['text'] = null;
    if (usesText(channel)) {
      const verdict = await decideTextForClient(db, orgId, client.id, startAt);
      if (verdict.send) text = { phone: verdict.phone, sendAt: verdict.sendAt };
      else if (verdict.reason === 'no-phone') skips.sms.noPhone += 1;
      else if (verdict.reason === 'opted-out') skips.sms.optedOut += 1;
      // Withdrawn clients never reach this point (the audience leaves them out); counted as no consent if so.
      else if (verdict.reason !== 'not-found') skips.sms.noConsent += 1;
    }
    if (isEmailed || text) plans.push({ client, isEmailed, text });
    else skips.unreached += 1;
  }
  return { plans, skips };
}
