import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * Encrypts secrets at rest (OAuth refresh tokens, API keys) with AES-256-GCM.
 * Token format: "v1.<iv>.<tag>.<ciphertext>", each part base64url; the IV is 12 random bytes per call.
 * The key comes from the app secret through scrypt, so a short human-chosen secret still costs an
 * attacker real work per guess; the salt is fixed because the format has no room for one and the
 * app secret is per installation anyway.
 */
export type SecretBoxErrorCode = 'malformed' | 'unsupported_version' | 'tampered';

export class SecretBoxError extends Error {
  readonly code: SecretBoxErrorCode;
  constructor(code: SecretBoxErrorCode, message: string) {
    super(message);
    this.name = 'SecretBoxError';
    this.code = code;
  }
}

export type SecretBox = {
  /** `context` (optional) is bound as associated data: a token only decrypts under the same context. */
  encrypt(plain: string, context?: string): string;
  decrypt(token: string, context?: string): string;
};

export const SECRET_BOX_MIN_SECRET_LENGTH = 16;
const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;
const keySalt = 'rebound/secret-box/v1';
const base64url = /^[A-Za-z0-9_-]*$/;

function deriveKey(appSecret: string): Buffer {
  return scryptSync(appSecret, keySalt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

// Buffer.from(…, 'base64url') skips junk silently; insist on the canonical spelling instead.
function decodePart(part: string, label: string): Buffer {
  const bytes = Buffer.from(part, 'base64url');
  if (!base64url.test(part) || bytes.toString('base64url') !== part) {
    throw new SecretBoxError('malformed', `Encrypted value has an unreadable ${label}`);
  }
  return bytes;
}

export function createSecretBox(appSecret: string): SecretBox {
  if (typeof appSecret !== 'string' || appSecret.length < SECRET_BOX_MIN_SECRET_LENGTH) {
    throw new SecretBoxError(
      'malformed',
      `The app secret must be at least ${SECRET_BOX_MIN_SECRET_LENGTH} characters long`,
    );
  }
  const key = deriveKey(appSecret);

  return {
    encrypt(plain, context = '') {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
      cipher.setAAD(Buffer.from(`${version}:${context}`, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [version, iv, tag, ciphertext]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(token, context = '') {
      const parts = typeof token === 'string' ? token.split('.') : [];
      if (parts.length !== 4)
        throw new SecretBoxError('malformed', 'Encrypted value is not in the v1 format');
      const [tokenVersion = '', ivPart = '', tagPart = '', dataPart = ''] = parts;
      if (tokenVersion !== version) {
        throw new SecretBoxError('unsupported_version', 'Encrypted value uses an unknown format version');
      }
      const iv = decodePart(ivPart, 'IV');
      const tag = decodePart(tagPart, 'tag');
      const ciphertext = decodePart(dataPart, 'ciphertext');
      if (iv.length !== ivBytes || tag.length !== tagBytes) {
        throw new SecretBoxError('malformed', 'Encrypted value has a wrong IV or tag length');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
      decipher.setAAD(Buffer.from(`${version}:${context}`, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'tampered',
          'Encrypted value failed its integrity check (altered, or encrypted with another app secret)',
        );
      }
    },
  };
}
