import type { SourceKind } from '@rebound/shared';
import { type AscConfig, createAscConfig } from '../../sources/app-store-connect/client.ts';
import { createGpConfig, type GpConfig } from '../../sources/google-play/client.ts';
import { StoreApiError } from '../../sources/store-api/errors.ts';
import type { SourceSecrets } from '../secrets/source-secrets.ts';

/** The app stores Rebound reads and answers through their APIs. */
export const STORE_KINDS = ['app_store_connect', 'google_play'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export function isStoreKind(kind: SourceKind | string): kind is StoreKind {
  return (STORE_KINDS as readonly string[]).includes(kind);
}

export type StoreConfig =
  | { kind: 'app_store_connect'; cfg: AscConfig }
  | { kind: 'google_play'; cfg: GpConfig };

type Settings = {
  appId?: unknown;
  issuerId?: unknown;
  keyId?: unknown;
  packageName?: unknown;
  apiBaseUrl?: unknown;
  tokenUrl?: unknown;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The adapter config of a store source from its settings and opened secrets. Secrets entered for another API
 * address were already left out by openSourceSecrets, so a changed address asks for the key again.
 */
export function storeConfigOf(kind: StoreKind, settings: Settings, secrets: SourceSecrets): StoreConfig {
  const apiBaseUrl = str(settings.apiBaseUrl);
  if (kind === 'app_store_connect') {
    const appId = str(settings.appId);
    const issuerId = str(settings.issuerId);
    const keyId = str(settings.keyId);
    if (!appId || !issuerId || !keyId || !secrets.privateKey)
      throw new StoreApiError(
        'auth',
        'This App Store Connect source is missing its app id, issuer id, key id or private key; enter them again',
      );
    return {
      kind,
      cfg: createAscConfig({ appId, issuerId, keyId, privateKey: secrets.privateKey, apiBaseUrl }),
    };
  }
  const packageName = str(settings.packageName);
  if (!packageName || !secrets.serviceAccountJson)
    throw new StoreApiError(
      'auth',
      'This Google Play source is missing its package name or service account key; enter them again',
    );
  return {
    kind,
    cfg: createGpConfig({
      packageName,
      serviceAccountJson: secrets.serviceAccountJson,
      apiBaseUrl,
      tokenUrl: str(settings.tokenUrl),
    }),
  };
}
