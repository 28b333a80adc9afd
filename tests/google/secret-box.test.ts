import { createSecretBox, SecretBoxError } from '@rebound/server/crypto/secret-box';
import { describe, expect, it } from 'vitest';

const appSecret = 'an-installation-secret-of-decent-length';
const box = createSecretBox(appSecret);
const refreshToken = '1//0gLongLivedRefreshToken-ÄÖÜ-✓';

function flipByte(part: string, index = 0): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return bytes.toString('base64url');
}

describe('secret box', () => {
  it('round-trips text, including non-ASCII and empty strings', () => {
    expect(box.decrypt(box.encrypt(refreshToken))).toBe(refreshToken);
    expect(box.decrypt(box.encrypt(''))).toBe('');
  });

  it('writes the versioned v1.<iv>.<tag>.<ciphertext> format with a 12-byte IV and a 16-byte tag', () => {
    const token = box.encrypt(refreshToken);
    const [version, iv, tag, data] = token.split('.');
    expect(version).toBe('v1');
    expect(Buffer.from(iv ?? '', 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(data ?? '', 'base64url')).toHaveLength(Buffer.byteLength(refreshToken));
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/);
    expect(token).not.toContain(refreshToken);
  });

  it('uses a different IV (and so a different token) every time', () => {
    const tokens = Array.from({ length: 50 }, () => box.encrypt(refreshToken));
    expect(new Set(tokens.map((t) => t.split('.')[1])).size).toBe(50);
    expect(new Set(tokens).size).toBe(50);
  });

  it.each([
    ['ciphertext', 3],
    ['tag', 2],
    ['iv', 1],
  ])('detects a changed %s with a typed tampered error', (_label, index) => {
    const parts = box.encrypt(refreshToken).split('.');
    parts[index] = flipByte(parts[index] ?? '');
    const attempt = () => box.decrypt(parts.join('.'));
    expect(attempt).toThrow(SecretBoxError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'tampered' }));
  });

  it('refuses a token encrypted under another app secret', () => {
    const other = createSecretBox('a-completely-different-secret-value');
    expect(() => other.decrypt(box.encrypt(refreshToken))).toThrow(
      expect.objectContaining({ code: 'tampered' }),
    );
  });

  it('binds an optional context so a token copied to another record does not decrypt', () => {
    const token = box.encrypt(refreshToken, 'source:42');
    expect(box.decrypt(token, 'source:42')).toBe(refreshToken);
    expect(() => box.decrypt(token, 'source:43')).toThrow(expect.objectContaining({ code: 'tampered' }));
  });

  it('rejects malformed and unknown-version tokens with typed errors that do not echo the input', () => {
    const token = box.encrypt(refreshToken);
    expect(() => box.decrypt('not a token')).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => box.decrypt(`v2${token.slice(2)}`)).toThrow(
      expect.objectContaining({ code: 'unsupported_version' }),
    );
    expect(() => box.decrypt(`${token}!`)).toThrow(expect.objectContaining({ code: 'malformed' }));
    const truncated = token.slice(0, -2);
    let message = '';
    try {
      box.decrypt(truncated);
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/^SecretBoxError: /);
    expect(message).not.toContain(truncated.split('.')[3] ?? truncated);
  });

  it('refuses an app secret too short to protect anything', () => {
    expect(() => createSecretBox('short')).toThrow(SecretBoxError);
  });
});
