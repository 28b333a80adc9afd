import type { SecretName, SourceSecretsInput } from '@rebound/shared';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { invalid } from '../errors.ts';
import { endpointOf } from '../sources/source-config.ts';

/** What a source keeps encrypted in `sources.secrets_enc`: credentials and the tokens they earn. */
export type SourceSecrets = {
  apiKey?: string;
  clientSecret?: string;
  refreshToken?: string;
  accessToken?: string | null;
  accessTokenExpiresAt?: number | null;
  webhookSecret?: string;
  /** App Store Connect API key (.p8 PEM). */
  privateKey?: string;
  /** Google Play service account key file (JSON). */
  serviceAccountJson?: string;
  /**
   * The API addresses (see `endpointOf`) these credentials were entered for. They are only ever handed out for
   * the same addresses; rows sealed before this was recorded have none and are taken as they are.
   */
  endpoint?: string;
};

const shownNames: SecretName[] = [
  'apiKey',
  'clientSecret',
  'refreshToken',
  'webhookSecret',
  'privateKey',
  'serviceAccountJson',
];

// Bound as associated data: a ciphertext copied onto another source's row will not decrypt.
const contextFor = (orgId: string, sourceId: string) => `source:${orgId}:${sourceId}`;

export function sealSourceSecrets(
  box: SecretBox,
  orgId: string,
  sourceId: string,
  secrets: SourceSecrets,
): string | null {
  const present = Object.fromEntries(
    Object.entries(secrets).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
  return Object.keys(present).length
    ? box.encrypt(JSON.stringify(present), contextFor(orgId, sourceId))
    : null;
}

/**
 * The stored secrets of a source. Credentials entered for other API addresses than the source's current ones
 * are left out, so a changed address never receives them; the webhook secret is ours and always kept.
 */
export function openSourceSecrets(
  box: SecretBox | undefined,
  source: { orgId: string; id: string; secretsEnc: string | null; config?: unknown },
): SourceSecrets {
  if (!source.secretsEnc) return {};
  if (!box) throw new Error('The app secret is not configured, so stored credentials cannot be read');
  const opened = JSON.parse(
    box.decrypt(source.secretsEnc, contextFor(source.orgId, source.id)),
  ) as SourceSecrets;
  const config = (source.config ?? {}) as { apiBaseUrl?: unknown; tokenUrl?: unknown };
  if (opened.endpoint !== undefined && opened.endpoint !== endpointOf(config))
    return withoutEndpointSecrets(opened);
  return opened;
}

/** What is left when the API addresses change: only secrets that are never sent anywhere. */
export function withoutEndpointSecrets(secrets: SourceSecrets): SourceSecrets {
  return secrets.webhookSecret ? { webhookSecret: secrets.webhookSecret } : {};
}

/** Typed secrets replace stored ones; blanks keep them. */
export function mergeTypedSecrets(
  stored: SourceSecrets,
  typed: SourceSecretsInput | undefined,
): SourceSecrets {
  const merged = { ...stored };
  for (const [k, v] of Object.entries(typed ?? {})) if (v) merged[k as keyof SourceSecretsInput] = v;
  // A new refresh token makes the cached access token meaningless.
  if (typed?.refreshToken || typed?.clientSecret) {
    merged.accessToken = null;
    merged.accessTokenExpiresAt = null;
  }
  return merged;
}

/** What the dashboard may know about secrets: whether each is set, never its value. */
export function describeSecrets(stored: SourceSecrets): Partial<Record<SecretName, 'set' | 'not set'>> {
  return Object.fromEntries(shownNames.map((n) => [n, stored[n as keyof SourceSecrets] ? 'set' : 'not set']));
}

export function requireBox(box: SecretBox | undefined): SecretBox {
  if (!box) {
    throw invalid(
      'Credentials cannot be stored until APP_SECRET is set (the same value in every server process).',
    );
  }
  return box;
}
