import { randomUUID } from 'node:crypto';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { oauthGrants } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';
import { invalid } from '../errors.ts';
import { grantContext } from './grant-keys.ts';
import { buildAuthorizationUrl, randomState } from './oauth-requests.ts';
import { type OAuthProvider, redirectUriFor } from './providers.ts';

/** Long enough to read a consent page and pick an account; short enough that a leaked link is soon useless. */
const CONNECT_STATE_TTL_MS = 10 * 60_000;

export type StartConnectInput = {
  orgId: string;
  userId: string;
  sessionToken: string;
  publicUrl: string;
  reconnectSourceId?: string | null;
  now?: Date;
};

/**
 * Opens a connect attempt: a random `state` bound to this session (only its hash is stored), a PKCE verifier
 * sealed with the app secret, and the consent page address to send the member to.
 */
export async function startConnect(
  db: Db,
  box: SecretBox | undefined,
  provider: OAuthProvider,
  input: StartConnectInput,
): Promise<{ url: string }> {
  if (!box) throw invalid('Connecting needs APP_SECRET to be set, so the tokens can be stored encrypted.');
  const state = randomState();
  const now = input.now ?? new Date();
  const { url, codeVerifier } = await buildAuthorizationUrl(provider.endpoints, provider.client, {
    redirectUri: redirectUriFor(input.publicUrl, provider.id),
    scopes: provider.scopes,
    state,
    extra: provider.authorizeParams,
  });
  const id = randomUUID();
  await db.insert(oauthGrants).values({
    orgId: input.orgId,
    id,
    provider: provider.id,
    userId: input.userId,
    sessionHash: hashToken(input.sessionToken),
    stateHash: hashToken(state),
    // Sealed under the attempt's own id, so a verifier copied to another attempt will not open.
    verifierEnc: box.encrypt(codeVerifier, grantContext(input.orgId, id)),
    reconnectSourceId: input.reconnectSourceId ?? null,
    expiresAt: new Date(now.getTime() + CONNECT_STATE_TTL_MS),
  });
  return { url };
}
