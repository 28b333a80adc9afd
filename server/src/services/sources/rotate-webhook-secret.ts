import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { openSourceSecrets, requireBox, sealSourceSecrets } from '../secrets/source-secrets.ts';
import { getSource } from './get-source.ts';
import { loadSourceRow } from './load-source-row.ts';
import { generateWebhookSecret, namesOf, type SaveSourceResult } from './source-checks.ts';
import type { StoredSourceConfig } from './source-config.ts';

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
