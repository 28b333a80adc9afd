import { and, eq } from 'drizzle-orm';
import { oauthGrants } from '../../db/schema/index.ts';

export const grantContext = (orgId: string, grantId: string) => `oauth-grant:${orgId}:${grantId}`;

export const grantKey = (orgId: string, grantId: string) =>
  and(eq(oauthGrants.orgId, orgId), eq(oauthGrants.id, grantId));
