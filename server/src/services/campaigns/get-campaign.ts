import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { campaignColumns } from './campaign-columns.ts';

export async function getCampaign(db: Db, orgId: string, campaignId: string) {
  const [row] = await db
    .select(campaignColumns)
    .from(campaigns)
    .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, campaignId)));
  if (!row) throw notFound('Campaign');
  return row;
}
