import { randomBytes, randomUUID } from 'node:crypto';
import {
  type CreateSourceInput,
  createSourceInput,
  missingSourceFields,
  type SecretName,
  typedSecretNames,
  type UpdateSourceInput,
  updateSourceInput,
} from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { locations, sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { isValidCron, nextPollAt } from '../polling/schedule.ts';
import {
  mergeTypedSecrets,
  openSourceSecrets,
  requireBox,
  type SourceSecrets,
  sealSourceSecrets,
  withoutEndpointSecrets,
} from '../secrets/source-secrets.ts';
import { refuseDuplicateSource } from './find-duplicate-source.ts';
import { getSource, loadSourceRow, type SourceView } from './list-sources.ts';
import {
  buildSourceConfig,
  endpointOf,
  refusedEndpointOverrides,
  resolveSourceUrl,
  type StoredSourceConfig,
} from './source-config.ts';

export type SaveSourceResult = { source: SourceView; webhookSecret: string | null };
/** Server policy for saving sources: whether API addresses may be pointed elsewhere (ALLOW_ENDPOINT_OVERRIDES). */
export type SourcePolicy = { allowEndpointOverrides: boolean };

function checkEndpointOverrides(settings: CreateSourceInput['settings'] | undefined, policy: SourcePolicy) {
  const refused = refusedEndpointOverrides(settings, policy.allowEndpointOverrides);
  if (Object.keys(refused).length) throw invalid('Some fields need attention', refused);
}

const reenter = (errors: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [
      k,
      k.startsWith('secrets.')
        ? v.map(
            (m) =>
              `${m} again: the API address changed, and stored credentials only go where they were entered for`,
          )
        : v,
    ]),
  );

/** A webhook signing secret: shown to the user once, stored only encrypted. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function checkCron(cron: string | null | undefined) {
  if (cron && !isValidCron(cron)) {
    throw invalid('Some fields need attention', {
      'schedule.cron': ['This is not a cron expression Rebound understands, like "0 */6 * * *"'],
    });
  }
}

async function checkLocation(db: Db, orgId: string, locationId: string | null | undefined) {
  if (!locationId) return;
  const found = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, locationId)));
  if (!found.length)
    throw invalid('Some fields need attention', { locationId: ['No such location in this organization'] });
}

const namesOf = (secrets: SourceSecrets): SecretName[] =>
  (
    ['apiKey', 'clientSecret', 'refreshToken', 'webhookSecret', 'privateKey', 'serviceAccountJson'] as const
  ).filter((n) => !!secrets[n]);

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

export async function updateSource(
  db: Db,
  orgId: string,
  actor: Actor,
  raw: UpdateSourceInput,
  box: SecretBox | undefined,
  policy: SourcePolicy = { allowEndpointOverrides: false },
): Promise<SaveSourceResult> {
  const input = updateSourceInput.parse(raw);
  checkEndpointOverrides(input.settings, policy);
  const row = await loadSourceRow(db, orgId, input.sourceId);
  checkCron(input.schedule?.cron);
  await checkLocation(db, orgId, input.locationId);
  const stored = row.config as StoredSourceConfig;
  const settings = input.settings ?? {};
  const config = buildSourceConfig(row.kind, settings, stored);
  const url = resolveSourceUrl(row.kind, settings, config, row.url);
  await refuseDuplicateSource(db, orgId, { kind: row.kind, url, config }, row.id);
  const typed = typedSecretNames(input.secrets);
  // A stored secret only ever goes to the address it was entered for: a new address needs them typed again.
  const isEndpointChanged = endpointOf(config) !== endpointOf(stored);
  const kept: SecretName[] = isEndpointChanged
    ? (stored.secretsSet ?? []).filter((n) => n === 'webhookSecret')
    : (stored.secretsSet ?? []);
  const missing = missingSourceFields(
    row.kind,
    { ...settings, ...config, url: url ?? undefined },
    new Set([...kept, ...typed]),
  );
  if (Object.keys(missing).length)
    throw invalid('Some fields need attention', isEndpointChanged ? reenter(missing) : missing);

  const patch: Partial<typeof sources.$inferInsert> = { config, url };
  if (typed.size || (isEndpointChanged && row.secretsEnc)) {
    const opened = openSourceSecrets(box, row);
    const base = isEndpointChanged ? withoutEndpointSecrets(opened) : opened;
    const secrets = { ...mergeTypedSecrets(base, input.secrets), endpoint: endpointOf(config) };
    patch.secretsEnc = sealSourceSecrets(requireBox(box), orgId, row.id, secrets);
    config.secretsSet = namesOf(secrets);
  }
  if (input.name) patch.name = input.name;
  if (input.locationId !== undefined) patch.locationId = input.locationId;
  const now = new Date();
  if (input.schedule) {
    patch.intervalSeconds = input.schedule.intervalSeconds;
    patch.cron = input.schedule.cron || null;
    patch.nextPollAt = nextPollAt({ intervalSeconds: patch.intervalSeconds, cron: patch.cron }, now);
  }
  const isRetargeted = url !== row.url || JSON.stringify(config) !== JSON.stringify(stored) || typed.size > 0;
  if (isRetargeted) Object.assign(patch, { etag: null, lastModified: null, nextPollAt: now });
  await db
    .update(sources)
    .set(patch)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, row.id)));
  const changed = Object.keys(patch).filter((k) => k !== 'secretsEnc');
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'source.updated',
    entityType: 'source',
    entityId: row.id,
    detail: { changed, secretsChanged: [...typed], secretsCleared: isEndpointChanged && !!row.secretsEnc },
  });
  return { source: await getSource(db, orgId, row.id), webhookSecret: null };
}

/** A new webhook secret; the old one stops working at once. */
export async function rotateWebhookSecret(
  db: Db,
  orgId: string,
  actor: Actor,
  sourceId: string,
  box: SecretBox | undefined,
): Promise<SaveSourceResult> {
  const row = await loadSourceRow(db, orgId, sourceId);
  if (row.kind !== 'webhook') throw invalid('Only webhook sources have a signing secret');
  const webhookSecret = generateWebhookSecret();
  const secrets = { ...openSourceSecrets(box, row), webhookSecret };
  const config = { ...(row.config as StoredSourceConfig), secretsSet: namesOf(secrets) };
  await db
    .update(sources)
    .set({ secretsEnc: sealSourceSecrets(requireBox(box), orgId, row.id, secrets), config })
    .where(and(eq(sources.orgId, orgId), eq(sources.id, row.id)));
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'source.webhook_secret_rotated',
    entityType: 'source',
    entityId: row.id,
  });
  return { source: await getSource(db, orgId, row.id), webhookSecret };
}
