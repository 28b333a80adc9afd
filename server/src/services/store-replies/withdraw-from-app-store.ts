import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { deleteAscResponse, getAscResponse } from '../../sources/app-store-connect/client.ts';
import { StoreApiError } from '../../sources/store-api/errors.ts';
import type { HttpFn } from '../../sources/store-api/request.ts';
import { conflict } from '../errors.ts';
import { loadStoreTarget } from './load-store-target.ts';

/**
 * Takes our response off an App Store review (the API allows it; Google Play's does not, so its replies are
 * removed by hand). A review that has no response left is already what the owner asked for. Reached through
 * withdrawReply, which first refuses a source with its own API address when ALLOW_ENDPOINT_OVERRIDES is off.
 */
export async function withdrawFromAppStore(
  deps: { db: Db; box: SecretBox | null; http: HttpFn | null },
  orgId: string,
  reviewId: string,
): Promise<void> {
  if (!deps.http)
    throw conflict('This server cannot reach App Store Connect right now, so the reply was not withdrawn');
  try {
    const loaded = await loadStoreTarget(deps.db, deps.box, orgId, reviewId);
    if (loaded?.target.kind !== 'app_store_connect') return;
    const current = await getAscResponse(loaded.target.cfg, deps.http, loaded.externalId);
    if (current) await deleteAscResponse(loaded.target.cfg, deps.http, current.id);
  } catch (error) {
    if (error instanceof StoreApiError)
      throw conflict(`App Store Connect did not remove the response: ${error.message}`);
    throw error;
  }
}
