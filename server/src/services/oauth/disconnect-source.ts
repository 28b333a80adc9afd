import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { facebookGraphBase } from '../../sources/facebook/config.ts';
import { callGraph, FbError } from '../../sources/facebook/graph.ts';
import type { HttpFn } from '../../sources/google/types.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DomainError, invalid, notFound } from '../errors.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';
import { OAuthGrantError, revokeToken } from './oauth-requests.ts';
import type { OAuthProviders } from './providers.ts';

/**
 * Withdraws Rebound's access at the provider (Google revokes the whole grant; Facebook removes the app from the
 * user), then forgets the credentials of every source that used that grant. Reviews already read are kept.
 */
export async function disconnectSource(
  db: Db,
  box: SecretBox | undefined,
  providers: OAuthProviders,
  http: HttpFn,
  input: { orgId: string; sourceId: string; actor: { userId: string; label: string } },
): Promise<{ disconnected: string[] }> {
  if (!box) throw invalid('APP_SECRET is not set, so the stored connection cannot be read.');
  const [row] = await db
    .select({
      id: sources.id,
      orgId: sources.orgId,
      kind: sources.kind,
      config: sources.config,
      secretsEnc: sources.secretsEnc,
    })
    .from(sources)
    .where(and(eq(sources.orgId, input.orgId), eq(sources.id, input.sourceId)));
  if (!row) throw notFound('Source');
  if (row.kind !== 'google' && row.kind !== 'facebook')
    throw invalid('Only Google and Facebook sources are connected.');
  const label = row.kind === 'google' ? 'Google' : 'Facebook';
  const secrets = openSourceSecrets(box, row);
  const grantToken = secrets.refreshToken;
  if (grantToken)
    await revokeAtProvider(row.kind, providers, http, row.config, grantToken, secrets.clientSecret);
  // Every source sealed with the same grant lost its access with it.
  const siblings = await db
    .select({ id: sources.id, orgId: sources.orgId, config: sources.config, secretsEnc: sources.secretsEnc })
    .from(sources)
    .where(and(eq(sources.orgId, input.orgId), eq(sources.kind, row.kind)));
  const disconnected = siblings
    .filter((s) => s.id === row.id || (grantToken && safeOpen(box, s)?.refreshToken === grantToken))
    .map((s) => s.id);
  for (const id of disconnected) {
    await db
      .update(sources)
      .set({
        secretsEnc: null,
        isPaused: true,
        health: 'failing',
        lastError: `Disconnected from ${label} by ${input.actor.label}. Reconnect ${label} to watch it again.`,
      })
      .where(and(eq(sources.orgId, input.orgId), eq(sources.id, id)));
    await recordAudit(db, {
      orgId: input.orgId,
      actorUserId: input.actor.userId,
      actorLabel: input.actor.label,
      action: 'source.disconnected',
      entityType: 'source',
      entityId: id,
      detail: { kind: row.kind },
    });
  }
  return { disconnected };
}

function safeOpen(box: SecretBox, row: Parameters<typeof openSourceSecrets>[1]) {
  try {
    return openSourceSecrets(box, row);
  } catch {
    return null;
  }
}

async function revokeAtProvider(
  kind: 'google' | 'facebook',
  providers: OAuthProviders,
  http: HttpFn,
  config: unknown,
  token: string,
  storedClientSecret: string | undefined,
) {
  try {
    if (kind === 'facebook') {
      await callGraph(
        http,
        token,
        'DELETE',
        `${facebookGraphBase(config as { apiBaseUrl?: unknown })}/me/permissions`,
        'removing the app',
      );
      return;
    }
    const google = providers.google;
    const clientId = (config as { clientId?: unknown }).clientId;
    if (!google && (typeof clientId !== 'string' || !storedClientSecret)) return;
    const endpoints = google?.endpoints ?? {
      issuer: 'https://accounts.google.com',
      authorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenEndpoint: 'https://oauth2.googleapis.com/token',
      revocationEndpoint: 'https://oauth2.googleapis.com/revoke',
    };
    const client = google?.client ?? { clientId: String(clientId), clientSecret: storedClientSecret ?? '' };
    await revokeToken(endpoints, client, http, token);
  } catch (error) {
    // A grant the provider already dropped is as good as revoked; anything else is worth trying again.
    if (error instanceof OAuthGrantError && (error.failure === 'revoked' || error.failure === 'invalid'))
      return;
    if (error instanceof FbError && error.code === 'auth') return;
    throw new DomainError(
      'conflict',
      `${kind === 'google' ? 'Google' : 'Facebook'} could not be told to forget the connection; nothing was changed. Try again.`,
    );
  }
}
