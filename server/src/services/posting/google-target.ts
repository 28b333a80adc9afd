import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { reviews, sources } from '../../db/schema/index.ts';
import {
  createGbpConfig,
  type GbpConfig,
  type GbpTokens,
  gbpReviewName,
} from '../../sources/google/client.ts';
import { endpointOf } from '../sources/source-config.ts';

export type GoogleTarget = {
  cfg: GbpConfig;
  tokens: GbpTokens;
  reviewName: string;
  save(tokens: GbpTokens): Promise<void>;
};

type StoredSecrets = {
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
  accessToken?: string | null;
  expiresAt?: number | null;
  accessTokenExpiresAt?: number | null;
  endpoint?: string;
};

// The sources screen binds the ciphertext to its row; older rows were sealed without a context.
const contextsFor = (orgId: string, sourceId: string) => [`source:${orgId}:${sourceId}`, ''];

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * Everything needed to post to the Google review behind a reply: the API config (from `sources.config`), the
 * decrypted credentials (from `sources.secrets_enc`) and a way to store refreshed tokens back.
 */
export async function loadGoogleTarget(
  db: Db,
  box: SecretBox,
  orgId: string,
  reviewId: string,
): Promise<GoogleTarget> {
  const [row] = await db
    .select({
      sourceId: sources.id,
      config: sources.config,
      secretsEnc: sources.secretsEnc,
      externalId: reviews.externalId,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (!row) throw new PostingError('The review behind this reply no longer exists', false);
  if (!row.externalId) throw new PostingError('This Google review has no id to reply to', false);
  if (!row.secretsEnc)
    throw new PostingError('The Google source has no stored credentials; reconnect it', false);
  let plain: string | null = null;
  let context = '';
  for (const c of contextsFor(orgId, row.sourceId)) {
    try {
      plain = box.decrypt(row.secretsEnc, c);
      context = c;
      break;
    } catch {
      // try the next context
    }
  }
  if (plain === null)
    throw new PostingError(
      'The stored Google credentials could not be decrypted with this APP_SECRET',
      false,
    );
  const secrets = JSON.parse(plain) as StoredSecrets;
  const config = row.config as Record<string, unknown>;
  // Credentials go only to the API addresses they were entered for (see openSourceSecrets).
  if (secrets.endpoint !== undefined && secrets.endpoint !== endpointOf(config))
    throw new PostingError(
      'The Google credentials were entered for another API address; enter them again',
      false,
    );
  const clientId = str(secrets.clientId) ?? str(config.clientId);
  const accountId = str(config.accountId);
  const locationId = str(config.locationId) ?? str(config.googleLocationId);
  if (!clientId || !secrets.clientSecret || !secrets.refreshToken || !accountId || !locationId) {
    throw new PostingError('The Google source is missing its account, location or credentials', false);
  }
  const cfg = createGbpConfig({
    clientId,
    clientSecret: secrets.clientSecret,
    ...(str(config.apiBaseUrl) ? { apiBaseUrl: str(config.apiBaseUrl) } : {}),
    ...(str(config.tokenUrl) ? { tokenUrl: str(config.tokenUrl) } : {}),
  });
  const tokens: GbpTokens = {
    refreshToken: secrets.refreshToken,
    accessToken: secrets.accessToken ?? null,
    expiresAt: secrets.expiresAt ?? secrets.accessTokenExpiresAt ?? null,
  };
  return {
    cfg,
    tokens,
    reviewName: gbpReviewName({ accountId, locationId }, row.externalId),
    async save(next) {
      if (next.accessToken === tokens.accessToken && next.refreshToken === tokens.refreshToken) return;
      // Both expiry spellings are kept so either reader of this row understands it.
      const merged: StoredSecrets = {
        ...secrets,
        refreshToken: next.refreshToken,
        accessToken: next.accessToken,
        expiresAt: next.expiresAt,
        accessTokenExpiresAt: next.expiresAt,
      };
      await db
        .update(sources)
        .set({ secretsEnc: box.encrypt(JSON.stringify(merged), context) })
        .where(and(eq(sources.orgId, orgId), eq(sources.id, row.sourceId)));
    },
  };
}

/** A posting problem; `isRetryable` false means trying again cannot help (bad credentials, missing review). */
export class PostingError extends Error {
  constructor(
    message: string,
    readonly isRetryable: boolean,
  ) {
    super(message);
    this.name = 'PostingError';
  }
}
