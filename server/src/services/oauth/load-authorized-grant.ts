import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { oauthGrants } from '../../db/schema/index.ts';
import { invalid, notFound } from '../errors.ts';
import { openGrantTokens } from './grant-tokens.ts';
import type { TokenSet } from './oauth-requests.ts';
import type { OAuthProviderId } from './providers.ts';

/** How long after consent the member may still pick what to watch with that grant. */
const GRANT_PICK_TTL_MS = 60 * 60_000;

export type AuthorizedGrant = {
  id: string;
  provider: OAuthProviderId;
  tokens: TokenSet;
  reconnectSourceId: string | null;
};

/** A grant this member authorised in this organization within the last hour; anyone else's reads as not found. */
export async function loadAuthorizedGrant(
  db: Db,
  box: SecretBox | undefined,
  scope: { orgId: string; userId: string },
  grantId: string,
  now: Date = new Date(),
): Promise<AuthorizedGrant> {
  const [row] = await db
    .select({
      id: oauthGrants.id,
      provider: oauthGrants.provider,
      status: oauthGrants.status,
      tokensEnc: oauthGrants.tokensEnc,
      reconnectSourceId: oauthGrants.reconnectSourceId,
      createdAt: oauthGrants.createdAt,
    })
    .from(oauthGrants)
    .where(
      and(
        eq(oauthGrants.orgId, scope.orgId),
        eq(oauthGrants.id, grantId),
        eq(oauthGrants.userId, scope.userId),
      ),
    );
  if (row?.status !== 'authorized' || !row.tokensEnc) throw notFound('Connection');
  if (now.getTime() - row.createdAt.getTime() > GRANT_PICK_TTL_MS)
    throw invalid('This connection is more than an hour old; connect again to pick what to watch.');
  if (!box) throw invalid('APP_SECRET is not set, so the connection cannot be read.');
  return {
    id: row.id,
    provider: row.provider,
    tokens: openGrantTokens(box, scope.orgId, row.id, row.tokensEnc),
    reconnectSourceId: row.reconnectSourceId,
  };
}
