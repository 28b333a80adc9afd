import type { SecretBox } from '../../crypto/secret-box.ts';
import { grantContext } from './grant-keys.ts';
import type { TokenSet } from './oauth-requests.ts';

export function sealGrantTokens(box: SecretBox, orgId: string, grantId: string, tokens: TokenSet): string {
  return box.encrypt(JSON.stringify(tokens), `${grantContext(orgId, grantId)}:tokens`);
}

export function openGrantTokens(box: SecretBox, orgId: string, grantId: string, sealed: string): TokenSet {
  return JSON.parse(box.decrypt(sealed, `${grantContext(orgId, grantId)}:tokens`)) as TokenSet;
}
