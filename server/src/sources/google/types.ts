export type GbpConfig = {
  /** Default https://mybusiness.googleapis.com; tests point it at the local fake. */
  apiBaseUrl: string;
  /** Default https://oauth2.googleapis.com/token. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
};

export type GbpTokens = {
  refreshToken: string;
  accessToken: string | null;
  /** Epoch milliseconds; null when unknown (then only a 401 tells us it lapsed). */
  expiresAt: number | null;
};

export type GbpLocation = { accountId: string; locationId: string };

export type { HttpFn, HttpResponse } from '../../net/fetcher.ts';

export const GBP_API_BASE_URL = 'https://mybusiness.googleapis.com';
export const GBP_TOKEN_URL = 'https://oauth2.googleapis.com/token';
/** The scope a connected account must grant for reading reviews and replying. */
export const GBP_OAUTH_SCOPE = 'https://www.googleapis.com/auth/business.manage';
/** Google's documented cap on a reply comment, counted in UTF-8 bytes. */
export const GBP_REPLY_MAX_BYTES = 4096;
/** Google's documented maximum page size for reviews.list. */
export const GBP_MAX_PAGE_SIZE = 50;

export function createGbpConfig(input: {
  clientId: string;
  clientSecret: string;
  apiBaseUrl?: string;
  tokenUrl?: string;
}): GbpConfig {
  return {
    apiBaseUrl: input.apiBaseUrl ?? GBP_API_BASE_URL,
    tokenUrl: input.tokenUrl ?? GBP_TOKEN_URL,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
  };
}
