import type { OAuthProviderId } from '../../db/schema/oauth-grants.ts';
import type { Env } from '../../env.ts';
import { GRAPH_VERSION } from '../../sources/facebook/config.ts';
import type { OAuthClientCredentials, OAuthEndpoints } from './oauth-requests.ts';

export type { OAuthProviderId };

/**
 * One provider as the operator configured it. `endpoints` are the OAuth addresses; `api` the data APIs the
 * picker and the sources read. With an override every host is replaced by one local stand-in, paths kept.
 */
export type OAuthProvider = {
  id: OAuthProviderId;
  label: string;
  client: OAuthClientCredentials;
  endpoints: OAuthEndpoints;
  scopes: string[];
  /** Extra authorization-request parameters (Google: offline access so a refresh token is issued). */
  authorizeParams: Record<string, string>;
  api: { accounts: string; businessInfo: string; reviews: string; graph: string };
  /** Set when the addresses point at a stand-in: sources created from this grant record them. */
  overrideBase: string | null;
};

export const GOOGLE_SCOPES = ['https://www.googleapis.com/auth/business.manage'];
export const FACEBOOK_SCOPES = [
  'pages_show_list',
  'pages_read_user_content',
  'pages_read_engagement',
  'pages_manage_engagement',
];

const trim = (url: string) => url.replace(/\/+$/, '');

function googleProvider(env: Env): OAuthProvider | null {
  if (!env.GOOGLE_OAUTH_CLIENT_ID || !env.GOOGLE_OAUTH_CLIENT_SECRET) return null;
  const o =
    env.ALLOW_ENDPOINT_OVERRIDES && env.GOOGLE_ENDPOINT_OVERRIDE ? trim(env.GOOGLE_ENDPOINT_OVERRIDE) : null;
  return {
    id: 'google',
    label: 'Google',
    client: { clientId: env.GOOGLE_OAUTH_CLIENT_ID, clientSecret: env.GOOGLE_OAUTH_CLIENT_SECRET },
    endpoints: {
      issuer: 'https://accounts.google.com',
      authorizationEndpoint: `${o ?? 'https://accounts.google.com'}/o/oauth2/v2/auth`,
      tokenEndpoint: `${o ?? 'https://oauth2.googleapis.com'}/token`,
      revocationEndpoint: `${o ?? 'https://oauth2.googleapis.com'}/revoke`,
    },
    scopes: GOOGLE_SCOPES,
    // offline + consent: Google only issues a refresh token when asked for offline access on a fresh consent.
    authorizeParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    api: {
      accounts: o ?? 'https://mybusinessaccountmanagement.googleapis.com',
      businessInfo: o ?? 'https://mybusinessbusinessinformation.googleapis.com',
      reviews: o ?? 'https://mybusiness.googleapis.com',
      graph: '',
    },
    overrideBase: o,
  };
}

function facebookProvider(env: Env): OAuthProvider | null {
  if (!env.FACEBOOK_APP_ID || !env.FACEBOOK_APP_SECRET) return null;
  const o =
    env.ALLOW_ENDPOINT_OVERRIDES && env.FACEBOOK_ENDPOINT_OVERRIDE
      ? trim(env.FACEBOOK_ENDPOINT_OVERRIDE)
      : null;
  const graph = `${o ?? 'https://graph.facebook.com'}/${GRAPH_VERSION}`;
  return {
    id: 'facebook',
    label: 'Facebook',
    client: { clientId: env.FACEBOOK_APP_ID, clientSecret: env.FACEBOOK_APP_SECRET },
    endpoints: {
      issuer: 'https://www.facebook.com',
      authorizationEndpoint: `${o ?? 'https://www.facebook.com'}/${GRAPH_VERSION}/dialog/oauth`,
      tokenEndpoint: `${graph}/oauth/access_token`,
    },
    scopes: FACEBOOK_SCOPES,
    authorizeParams: {},
    api: { accounts: '', businessInfo: '', reviews: '', graph },
    overrideBase: o,
  };
}

export type OAuthProviders = Partial<Record<OAuthProviderId, OAuthProvider>>;

/** The providers the operator configured; one without its client id and secret is simply not offered. */
export function oauthProvidersFromEnv(env: Env): OAuthProviders {
  const google = googleProvider(env);
  const facebook = facebookProvider(env);
  return { ...(google ? { google } : {}), ...(facebook ? { facebook } : {}) };
}

/** The address the provider sends the member back to; registered by the operator with the provider. */
export function redirectUriFor(publicUrl: string, provider: OAuthProviderId): string {
  return `${trim(publicUrl)}/oauth/${provider}/callback`;
}
