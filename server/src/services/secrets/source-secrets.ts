import type { SecretName, SourceSecretsInput } from '@rebound/shared';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { invalid } from '../errors.ts';

/** What a source keeps encrypted in `sources.secrets_enc`: credentials and the tokens they earn. */
export type SourceSecrets = {
  apiKey?: string;
  clientSecret?: string;
  refreshToken?: string;
  accessToken?: string | null;
  accessTokenExpiresAt?: number | null;
  webhookSecret?: string;
};

const shownNames: SecretName[] = ['apiKey', 'clientSecret', 'refreshToken', 'webhookSecret'];

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

export function openSourceSecrets(
  box: SecretBox | undefined,
  source: { orgId: string; id: string; secretsEnc: string | null },
): SourceSecrets {
  if (!source.secretsEnc) return {};
  if (!box) throw new Error('The app secret is not configured, so stored credentials cannot be read');
  return JSON.parse(box.decrypt(source.secretsEnc, contextFor(source.orgId, source.id))) as SourceSecrets;
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
