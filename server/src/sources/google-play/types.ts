import { StoreApiError } from '../store-api/errors.ts';

/** The parts of a Google service account key file that signing needs. */
export type ServiceAccount = { clientEmail: string; privateKey: string; privateKeyId: string | null };

export type GpConfig = {
  /** Default https://androidpublisher.googleapis.com; tests point it at a local fake. */
  apiBaseUrl: string;
  /** Default https://oauth2.googleapis.com/token. The key file's own token_uri is not followed (see docs). */
  tokenUrl: string;
  packageName: string;
  account: ServiceAccount;
};

export const GP_API_BASE_URL = 'https://androidpublisher.googleapis.com';
export const GP_TOKEN_URL = 'https://oauth2.googleapis.com/token';
/** The only scope the Google Play Developer API has; the account's Play Console permissions narrow it. */
export const GP_SCOPE = 'https://www.googleapis.com/auth/androidpublisher';
/** Google accepts assertions valid for at most an hour. */
export const GP_ASSERTION_LIFETIME_SEC = 3600;
export const GP_PAGE_SIZE = 100;
export const GP_PLATFORM = 'Google Play';

/** Reads a pasted key file; the message never repeats any of it. */
export function parseServiceAccount(json: string): ServiceAccount {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new StoreApiError(
      'auth',
      'The Google Play service account key is not JSON; paste the key file again',
    );
  }
  const key = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string')
    throw new StoreApiError('auth', 'The Google Play service account key lacks client_email or private_key');
  return {
    clientEmail: key.client_email,
    privateKey: key.private_key,
    privateKeyId: typeof key.private_key_id === 'string' ? key.private_key_id : null,
  };
}

export function createGpConfig(input: {
  packageName: string;
  serviceAccountJson: string;
  apiBaseUrl?: string | undefined;
  tokenUrl?: string | undefined;
}): GpConfig {
  return {
    apiBaseUrl: (input.apiBaseUrl ?? GP_API_BASE_URL).replace(/\/+$/, ''),
    tokenUrl: input.tokenUrl ?? GP_TOKEN_URL,
    packageName: input.packageName,
    account: parseServiceAccount(input.serviceAccountJson),
  };
}
