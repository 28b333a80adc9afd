import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { competitors } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { select } from './competitor-views.ts';
import type { CompetitorView } from './list-competitors.ts';

export async function getCompetitor(db: Db, orgId: string, competitorId: string): Promise<CompetitorView> {
  const [row] = await select(db).where(and(eq(competitors.orgId, orgId), eq(competitors.id, competitorId)));
  if (!row) throw notFound('Competitor');
  return row;
}
