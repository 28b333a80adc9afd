import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { reviews, sources } from '../../db/schema/index.ts';
import { StoreApiError } from '../../sources/store-api/errors.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';
import { isStoreKind, type StoreConfig, storeConfigOf } from './app-store-config.ts';

export type StoreTarget = { target: StoreConfig; externalId: string };

/**
 * The app store API config and platform review id behind one of our reviews; null when the review comes from
 * another kind of source. The key is opened only for the API address it was entered for.
 */
export async function loadStoreTarget(
  db: Db,
  box: SecretBox | null,
  orgId: string,
  reviewId: string,
): Promise<StoreTarget | null> {
  const [row] = await db
    .select({
      sourceId: sources.id,
      kind: sources.kind,
      config: sources.config,
      secretsEnc: sources.secretsEnc,
      externalId: reviews.externalId,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (!row || !isStoreKind(row.kind)) return null;
  if (!row.externalId) throw new StoreApiError('invalid', 'This review has no platform id to reply to');
  if (!box) throw new StoreApiError('server', 'APP_SECRET is not set, so the stored API key cannot be read');
  let secrets: ReturnType<typeof openSourceSecrets>;
  try {
    secrets = openSourceSecrets(box, {
      orgId,
      id: row.sourceId,
      secretsEnc: row.secretsEnc,
      config: row.config,
    });
  } catch {
    throw new StoreApiError('auth', 'The stored API key could not be decrypted with this APP_SECRET');
  }
  return { target: storeConfigOf(row.kind, row.config, secrets), externalId: row.externalId };
}
