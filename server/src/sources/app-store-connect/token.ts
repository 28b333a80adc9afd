import { importPKCS8, SignJWT } from 'jose';
import { StoreApiError } from '../store-api/errors.ts';
import { ASC_AUDIENCE, ASC_TOKEN_LIFETIME_SEC, type AscConfig } from './types.ts';

/**
 * The bearer token App Store Connect expects: a JWT signed with the team's API key (ES256), naming the key
 * (`kid`) and the issuer, for the audience appstoreconnect-v1, valid 20 minutes. Signed with jose.
 */
export async function signAscToken(cfg: AscConfig, now: number = Date.now()): Promise<string> {
  let key: Awaited<ReturnType<typeof importPKCS8>>;
  try {
    key = await importPKCS8(cfg.privateKey, 'ES256');
  } catch {
    // jose's message may quote the key material; ours does not.
    throw new StoreApiError(
      'auth',
      'The App Store Connect private key could not be read; paste the .p8 file again',
    );
  }
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: cfg.keyId, typ: 'JWT' })
    .setIssuer(cfg.issuerId)
    .setAudience(ASC_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASC_TOKEN_LIFETIME_SEC)
    .sign(key);
}
