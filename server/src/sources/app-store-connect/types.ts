/** What it takes to call the App Store Connect API for one app. The private key never leaves the server. */
export type AscConfig = {
  /** Default https://api.appstoreconnect.apple.com; tests point it at a local fake. */
  apiBaseUrl: string;
  issuerId: string;
  keyId: string;
  /** The .p8 file's PEM text (PKCS #8, P-256). */
  privateKey: string;
  /** The app's Apple ID (the number in its App Store link). */
  appId: string;
};

export const ASC_API_BASE_URL = 'https://api.appstoreconnect.apple.com';
export const ASC_AUDIENCE = 'appstoreconnect-v1';
/** Apple refuses tokens that live longer than 20 minutes. */
export const ASC_TOKEN_LIFETIME_SEC = 20 * 60;
/** Apple's documented maximum page size for customer reviews. */
export const ASC_PAGE_LIMIT = 200;

/** Apple's states for a response: it is checked by Apple before it shows on the App Store. */
export type AscResponseState = 'PENDING_PUBLISH' | 'PUBLISHED';

export type AscResponse = {
  id: string;
  responseBody: string;
  state: AscResponseState | null;
  lastModifiedDate: string | null;
};

export function createAscConfig(input: Omit<AscConfig, 'apiBaseUrl'> & { apiBaseUrl?: string | undefined }) {
  return { ...input, apiBaseUrl: (input.apiBaseUrl ?? ASC_API_BASE_URL).replace(/\/+$/, '') };
}
