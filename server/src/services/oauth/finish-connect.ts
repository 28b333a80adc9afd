import { and, eq, gt, isNull } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { oauthGrants } from '../../db/schema/index.ts';
import type { HttpFn } from '../../sources/google/types.ts';
import { hashToken } from '../auth/tokens.ts';
import { grantContext, grantKey } from './grant-keys.ts';
import { sealGrantTokens } from './grant-tokens.ts';
import {
  exchangeAuthorizationCode,
  exchangeWithGrant,
  OAuthGrantError,
  type TokenSet,
} from './oauth-requests.ts';
import { type OAuthProvider, redirectUriFor } from './providers.ts';

export type FinishOutcome =
  | { kind: 'authorized'; grantId: string; orgId: string; reconnectSourceId: string | null }
  /** The state is unknown, belongs to another session, was used already or has expired. */
  | { kind: 'bad_state' }
  | { kind: 'denied' }
  | { kind: 'failed'; message: string };

/**
 * The provider sent the member back. The state must be one this session started, unexpired, and it is used up
 * here whatever happens next; then oauth4webapi checks the answer and trades the code (with the PKCE verifier).
 */
export async function finishConnect(
  db: Db,
  box: SecretBox,
  provider: OAuthProvider,
  http: HttpFn,
  input: { callbackUrl: URL; sessionToken: string | null; publicUrl: string; now?: Date },
): Promise<FinishOutcome> {
  const state = input.callbackUrl.searchParams.get('state');
  if (!state || !input.sessionToken) return { kind: 'bad_state' };
  const now = input.now ?? new Date();
  const [grant] = await db
    .update(oauthGrants)
    .set({ usedAt: now })
    .where(
      and(
        eq(oauthGrants.stateHash, hashToken(state)),
        eq(oauthGrants.provider, provider.id),
        eq(oauthGrants.sessionHash, hashToken(input.sessionToken)),
        isNull(oauthGrants.usedAt),
        gt(oauthGrants.expiresAt, now),
      ),
    )
    .returning({
      orgId: oauthGrants.orgId,
      id: oauthGrants.id,
      verifierEnc: oauthGrants.verifierEnc,
      reconnectSourceId: oauthGrants.reconnectSourceId,
    });
  if (!grant) return { kind: 'bad_state' };
  const fail = async (error: string) =>
    db.update(oauthGrants).set({ status: 'failed', error }).where(grantKey(grant.orgId, grant.id));
  try {
    const codeVerifier = box.decrypt(grant.verifierEnc, grantContext(grant.orgId, grant.id));
    let tokens = await exchangeAuthorizationCode(provider.endpoints, provider.client, http, {
      callbackUrl: input.callbackUrl,
      expectedState: state,
      codeVerifier,
      redirectUri: redirectUriFor(input.publicUrl, provider.id),
    });
    if (provider.id === 'facebook') tokens = await longLivedFacebookToken(provider, http, tokens);
    if (provider.id === 'google' && !tokens.refreshToken)
      throw new OAuthGrantError('invalid', 'Google granted access without a refresh token');
    await db
      .update(oauthGrants)
      .set({ status: 'authorized', tokensEnc: sealGrantTokens(box, grant.orgId, grant.id, tokens) })
      .where(grantKey(grant.orgId, grant.id));
    return {
      kind: 'authorized',
      grantId: grant.id,
      orgId: grant.orgId,
      reconnectSourceId: grant.reconnectSourceId,
    };
  } catch (error) {
    if (error instanceof OAuthGrantError && error.failure === 'denied') {
      await fail('denied');
      return { kind: 'denied' };
    }
    const message =
      error instanceof OAuthGrantError ? error.message : 'The answer from the provider could not be used';
    await fail(message);
    return { kind: 'failed', message };
  }
}

/** Facebook's code gives a user token good for an hour or two; pages read with a long-lived one do not lapse. */
async function longLivedFacebookToken(
  provider: OAuthProvider,
  http: HttpFn,
  short: TokenSet,
): Promise<TokenSet> {
  const long = await exchangeWithGrant(provider.endpoints, provider.client, http, 'fb_exchange_token', {
    fb_exchange_token: short.accessToken,
  });
  return { ...long, refreshToken: null };
}
