import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, locations } from '../../db/schema/index.ts';
import { isValidTimeZone, nextSendingTime } from '../../sms/quiet-hours.ts';
import { isSmsOptedOut, normalizePhone } from './opt-outs.ts';

export type TextVerdict =
  | { send: true; phone: string; timeZone: string; sendAt: Date }
  | { send: false; reason: 'no-phone' | 'no-consent' | 'withdrawn' | 'opted-out' | 'not-found' };

/**
 * Whether a client may be texted, and when. Asked at launch (to skip and count) and again at send time
 * (a STOP may have arrived meanwhile). Consent to texts must be recorded on the client; an e-mail consent
 * is not enough. Quiet hours use the client's zone, else the location's, else UTC.
 */
export async function decideTextForClient(
  db: Db,
  orgId: string,
  clientId: string,
  now: Date,
): Promise<TextVerdict> {
  const [client] = await db
    .select({
      phone: clients.phone,
      consent: clients.consent,
      smsConsentAt: clients.smsConsentAt,
      timeZone: clients.timeZone,
      locationZone: locations.timezone,
    })
    .from(clients)
    .leftJoin(locations, and(eq(locations.orgId, clients.orgId), eq(locations.id, clients.locationId)))
    .where(and(eq(clients.orgId, orgId), eq(clients.id, clientId)));
  if (!client) return { send: false, reason: 'not-found' };
  const phone = client.phone ? normalizePhone(client.phone) : null;
  if (!phone) return { send: false, reason: 'no-phone' };
  if (client.consent === 'withdrawn') return { send: false, reason: 'withdrawn' };
  if (!client.smsConsentAt) return { send: false, reason: 'no-consent' };
  if (await isSmsOptedOut(db, phone)) return { send: false, reason: 'opted-out' };
  const timeZone =
    [client.timeZone, client.locationZone].find((z): z is string => !!z && isValidTimeZone(z)) ?? 'UTC';
  return { send: true, phone, timeZone, sendAt: nextSendingTime(now, timeZone) };
}
