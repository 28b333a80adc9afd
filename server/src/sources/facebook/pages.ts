import type { HttpFn } from '../google/types.ts';
import { listEdge } from './graph.ts';

/** A Page the member manages, with the Page token that reads its ratings and comments in its name. */
export type FbPage = { id: string; name: string; accessToken: string };

/** /me/accounts: the Pages the user granted; the Page tokens stay on the server. */
export async function listFacebookPages(
  http: HttpFn,
  graphBase: string,
  userToken: string,
): Promise<FbPage[]> {
  const items = await listEdge(
    http,
    userToken,
    (after) => {
      const q = new URLSearchParams({ fields: 'id,name,access_token', limit: '25' });
      if (after) q.set('after', after);
      return `${graphBase}/me/accounts?${q}`;
    },
    'listing your Pages',
  );
  return items.flatMap((p) =>
    typeof p.id === 'string' && typeof p.access_token === 'string'
      ? [
          {
            id: p.id,
            name: typeof p.name === 'string' ? p.name : `Page ${p.id}`,
            accessToken: p.access_token,
          },
        ]
      : [],
  );
}
