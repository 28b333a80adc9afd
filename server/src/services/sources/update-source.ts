import {
  missingSourceFields,
  type SecretName,
  typedSecretNames,
  type UpdateSourceInput,
  updateSourceInput,
} from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { nextPollAt } from '../polling/schedule.ts';
import {
  mergeTypedSecrets,
  openSourceSecrets,
  requireBox,
  sealSourceSecrets,
  withoutEndpointSecrets,
} from '../secrets/source-secrets.ts';
import { getSource } from './get-source.ts';
import { loadSourceRow } from './load-source-row.ts';
import { refuseDuplicateSource } from './refuse-duplicate-source.ts';
import {
  checkCron,
  checkEndpointOverrides,
  checkLocation,
  namesOf,
  type SaveSourceResult,
  type SourcePolicy,
} from './source-checks.ts';
import { buildSourceConfig, endpointOf, resolveSourceUrl, type StoredSourceConfig } from './source-config.ts';

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
