import type { Db } from '../../db/client.ts';
import { suppressEmail } from '../clients/suppressions.ts';
import { findRequestByToken } from './find-request-by-token.ts';

/** Suppress the address a feedback link was sent to, forever. Null when the token matches nothing. */
export async function unsubscribeByToken(db: Db, token: string, source: 'one-click' | 'unsubscribe-page') {
  const request = await findRequestByToken(db, token);
  if (!request) return null;
  await suppressEmail(db, request.orgId, request.email, {
    reason: 'unsubscribed',
    source,
    actor: { userId: null, label: 'Client (unsubscribe)' },
  });
  return { orgName: request.orgName, email: request.email };
}
