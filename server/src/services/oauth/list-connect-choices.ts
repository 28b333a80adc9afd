import type { Db } from '../../db/client.ts';
import type { HttpFn } from '../../sources/google/types.ts';
import type { AuthorizedGrant } from './load-authorized-grant.ts';
import type { OAuthProvider } from './providers.ts';
import { googleKey, listReachable, watchedIds } from './reachable-places.ts';

/** One thing the grant can reach, as the picker shows it; `key` is what the member ticks. */
export type ConnectChoice = { key: string; name: string; detail: string; watchedBySourceId: string | null };

/** What the picker lists: names and addresses only; tokens never leave the server. */
export async function listConnectChoices(
  db: Db,
  provider: OAuthProvider,
  grant: AuthorizedGrant,
  http: HttpFn,
  orgId: string,
): Promise<ConnectChoice[]> {
  const reachable = await listReachable(provider, grant, http);
  const watched = await watchedIds(db, orgId, provider.id);
  if (reachable.provider === 'facebook')
    return reachable.pages.map((p) => ({
      key: p.id,
      name: p.name,
      detail: 'Facebook Page',
      watchedBySourceId: watched.get(p.id) ?? null,
    }));
  return reachable.places.map((p) => ({
    key: googleKey(p),
    name: p.title,
    detail: [p.address, p.accountName].filter(Boolean).join(' · '),
    watchedBySourceId: watched.get(p.locationId) ?? null,
  }));
}
