import {
  type SecretName,
  type SourceKind,
  type SourceSettings,
  tracksRemovalsByDefault,
} from '@rebound/shared';

/** What `sources.config` holds: the non-secret settings, plus which secrets are stored (names only). */
export type StoredSourceConfig = Omit<SourceSettings, 'url'> & { secretsSet?: SecretName[]; demo?: boolean };

const settingKeys = [
  'css',
  'appId',
  'country',
  'businessId',
  'accountId',
  'googleLocationId',
  'clientId',
  'issuerId',
  'keyId',
  'packageName',
  'apiBaseUrl',
  'tokenUrl',
  'tracksRemovals',
] as const;

/** The settings a kind uses, merged over what was stored; removal tracking defaults per kind. */
export function buildSourceConfig(
  kind: SourceKind,
  settings: SourceSettings,
  stored: StoredSourceConfig = {},
): StoredSourceConfig {
  const config: StoredSourceConfig = { ...stored };
  for (const key of settingKeys) {
    const value = settings[key];
    if (value !== undefined) Object.assign(config, { [key]: value });
  }
  if (config.country) config.country = config.country.toLowerCase();
  config.tracksRemovals ??= tracksRemovalsByDefault[kind];
  return config;
}

/** Apple's customer-reviews feed address for an app and storefront; paging follows the feed's own links. */
export function appleFeedUrl(kind: 'apple_json' | 'apple_atom', appId: string, country = 'us'): string {
  const format = kind === 'apple_json' ? 'json' : 'xml';
  return `https://itunes.apple.com/${country.toLowerCase()}/rss/customerreviews/id=${appId}/sortBy=mostRecent/${format}`;
}

/** The address polled for a page-like source: typed, or derived from the App Store id. */
export function resolveSourceUrl(
  kind: SourceKind,
  settings: SourceSettings,
  config: StoredSourceConfig,
  current: string | null,
): string | null {
  if (settings.url) return settings.url;
  if (
    (kind === 'apple_json' || kind === 'apple_atom') &&
    config.appId &&
    (settings.appId || settings.country || !current)
  ) {
    return appleFeedUrl(kind, config.appId, config.country);
  }
  return current;
}

/** The settings as the edit form shows them (the address comes from its own column). */
export function settingsOf(url: string | null, config: StoredSourceConfig): SourceSettings {
  const settings: SourceSettings = {};
  for (const key of settingKeys)
    if (config[key] !== undefined) Object.assign(settings, { [key]: config[key] });
  if (url) settings.url = url;
  return settings;
}

/** Settings that name where a source's credentials are sent; empty means the platform's own address. */
export const endpointSettingKeys = ['apiBaseUrl', 'tokenUrl'] as const;

/** Whether a source names an API address of its own for either setting, instead of the platform's. */
export function hasOwnEndpoint(config: { apiBaseUrl?: unknown; tokenUrl?: unknown }): boolean {
  return endpointSettingKeys.some((k) => {
    const v = config[k];
    return typeof v === 'string' && v.trim() !== '';
  });
}

/**
 * The addresses a source's credentials go to, as one comparable value (stored beside sealed credentials, so its
 * form stays as it is: the platforms' own addresses give a single space). Ask `hasOwnEndpoint` whether there is one.
 */
export function endpointOf(config: { apiBaseUrl?: unknown; tokenUrl?: unknown }): string {
  return endpointSettingKeys
    .map((k) => {
      const v = config[k];
      return typeof v === 'string' ? v.trim() : '';
    })
    .join(' ');
}

/** Field errors for endpoint overrides typed on a server that does not allow them. */
export function refusedEndpointOverrides(
  settings: SourceSettings | undefined,
  isAllowed: boolean,
): Record<string, string[]> {
  if (isAllowed || !settings) return {};
  const errors: Record<string, string[]> = {};
  for (const k of endpointSettingKeys)
    if (settings[k])
      errors[`settings.${k}`] = [
        'This server only talks to the platform’s own address (the operator can allow others with ALLOW_ENDPOINT_OVERRIDES)',
      ];
  return errors;
}
