import { randomUUID } from 'node:crypto';
import { type CreateSourceInput, createSourceInput } from '@rebound/shared';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import {
  mergeTypedSecrets,
  requireBox,
  type SourceSecrets,
  sealSourceSecrets,
} from '../secrets/source-secrets.ts';
import { getSource } from './get-source.ts';
import { refuseDuplicateSource } from './refuse-duplicate-source.ts';
import {
  checkCron,
  checkEndpointOverrides,
  checkLocation,
  generateWebhookSecret,
  namesOf,
  type SaveSourceResult,
  type SourcePolicy,
} from './source-checks.ts';
import { buildSourceConfig, endpointOf, resolveSourceUrl } from './source-config.ts';

export async function createSource(
  db: Db,
  orgId: string,
  actor: Actor,
  raw: CreateSourceInput,
  box: SecretBox | undefined,
  policy: SourcePolicy = { allowEndpointOverrides: false },
): Promise<SaveSourceResult> {
  const input = createSourceInput.parse(raw);
  checkEndpointOverrides(input.settings, policy);
  checkCron(input.schedule.cron);
  await checkLocation(db, orgId, input.locationId);
  const id = randomUUID();
  const webhookSecret = input.kind === 'webhook' ? generateWebhookSecret() : null;
  const secrets: SourceSecrets = mergeTypedSecrets({}, input.secrets);
  if (webhookSecret) secrets.webhookSecret = webhookSecret;
  const hasSecrets = namesOf(secrets).length > 0;
  const config = buildSourceConfig(input.kind, input.settings);
  config.secretsSet = namesOf(secrets);
  secrets.endpoint = endpointOf(config);
  const url = resolveSourceUrl(input.kind, input.settings, config, null);
  await refuseDuplicateSource(db, orgId, { kind: input.kind, url, config }, null);
  const now = new Date();
  await db.insert(sources).values({
    orgId,
    id,
    kind: input.kind,
    name: input.name,
    locationId: input.locationId ?? null,
    url,
    config,
    secretsEnc: hasSecrets ? sealSourceSecrets(requireBox(box), orgId, id, secrets) : null,
    intervalSeconds: input.schedule.intervalSeconds,
    cron: input.schedule.cron || null,
    nextPollAt: now,
  });
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'source.created',
    entityType: 'source',
    entityId: id,
    detail: { kind: input.kind, name: input.name, secretsSet: config.secretsSet },
  });
  return { source: await getSource(db, orgId, id), webhookSecret };
}
