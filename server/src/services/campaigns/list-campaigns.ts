import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';
import { campaignColumns } from './campaign-columns.ts';

export async function listCampaigns(db: Db, orgId: string) {
  return db
    .select(campaignColumns)
    .from(campaigns)
    .where(eq(campaigns.orgId, orgId))
    .orderBy(desc(campaigns.createdAt))
    .limit(200);
}
