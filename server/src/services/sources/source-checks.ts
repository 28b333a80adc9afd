import { randomBytes } from 'node:crypto';
import type { CreateSourceInput, SecretName } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { locations } from '../../db/schema/index.ts';
import { invalid } from '../errors.ts';
import { isValidCron } from '../polling/schedule.ts';
import type { SourceSecrets } from '../secrets/source-secrets.ts';
import { refusedEndpointOverrides } from './source-config.ts';
import type { SourceView } from './source-views.ts';

export type SaveSourceResult = { source: SourceView; webhookSecret: string | null };

/** Server policy for saving sources: whether API addresses may be pointed elsewhere (ALLOW_ENDPOINT_OVERRIDES). */
export type SourcePolicy = { allowEndpointOverrides: boolean };

export function checkEndpointOverrides(
  settings: CreateSourceInput['settings'] | undefined,
  policy: SourcePolicy,
) {
  const refused = refusedEndpointOverrides(settings, policy.allowEndpointOverrides);
  if (Object.keys(refused).length) throw invalid('Some fields need attention', refused);
}

/** A webhook signing secret: shown to the user once, stored only encrypted. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function checkCron(cron: string | null | undefined) {
  if (cron && !isValidCron(cron)) {
    throw invalid('Some fields need attention', {
      'schedule.cron': ['This is not a cron expression Rebound understands, like "0 */6 * * *"'],
    });
  }
}

export async function checkLocation(db: Db, orgId: string, locationId: string | null | undefined) {
  if (!locationId) return;
  const found = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, locationId)));
  if (!found.length)
    throw invalid('Some fields need attention', { locationId: ['No such location in this organization'] });
}

export const namesOf = (secrets: SourceSecrets): SecretName[] =>
  (
    ['apiKey', 'clientSecret', 'refreshToken', 'webhookSecret', 'privateKey', 'serviceAccountJson'] as const
  ).filter((n) => !!secrets[n]);
