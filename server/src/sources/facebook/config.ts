/** The Graph API version every Facebook address is pinned to. */
export const GRAPH_VERSION = 'v21.0';

/** The Graph API address a Facebook source reads: Facebook's own, or the stand-in it was connected through. */
export function facebookGraphBase(config: { apiBaseUrl?: unknown }): string {
  const base =
    typeof config.apiBaseUrl === 'string' && config.apiBaseUrl
      ? config.apiBaseUrl
      : 'https://graph.facebook.com';
  return `${base.replace(/\/+$/, '')}/${GRAPH_VERSION}`;
}
