import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';

export type OAuthProviderId = 'google' | 'facebook';
export type OAuthGrantStatus = 'pending' | 'authorized' | 'failed';

/**
 * One "Connect with Google/Facebook" attempt and, once the provider sent the member back, the grant it produced.
 * `state_hash` and `session_hash` hold SHA-256 digests only; the PKCE verifier and the tokens are sealed with the
 * app secret. A grant is kept only while the member picks what to watch; the sources it creates carry their own
 * sealed copy of the tokens.
 */
export const oauthGrants = pgTable(
  'oauth_grants',
  {
    orgId: orgId(),
    id: id(),
    provider: text('provider').$type<OAuthProviderId>().notNull(),
    userId: uuid('user_id').notNull(),
    /** The session that started the flow: the callback is refused in any other. */
    sessionHash: text('session_hash').notNull(),
    stateHash: text('state_hash').notNull(),
    verifierEnc: text('verifier_enc').notNull(),
    /** Set when the flow reconnects an existing source whose grant lapsed. */
    reconnectSourceId: uuid('reconnect_source_id'),
    status: text('status').$type<OAuthGrantStatus>().notNull().default('pending'),
    tokensEnc: text('tokens_enc'),
    error: text('error'),
    expiresAt: ts('expires_at').notNull(),
    /** The callback consumed the state; a second use of it is refused. */
    usedAt: ts('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'oauth_grants_pk', columns: [t.orgId, t.id] }),
    index('oauth_grants_state_idx').on(t.stateHash),
  ],
);
