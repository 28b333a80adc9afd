import type { Db } from '../../server/src/db/client.ts';
import { campaigns, clients, feedbackRequests, recoveryCases } from '../../server/src/db/schema/index.ts';
import type { GoldenOrg } from './golden-org.ts';

type Answer = {
  sent?: boolean;
  opened?: boolean;
  clicked?: boolean;
  score?: number;
  publicClick?: boolean;
  cancelled?: boolean;
};

/** A launched campaign at location A with one feedback request per answer, created on `day`. */
export async function addCampaign(
  db: Db,
  org: GoldenOrg,
  scale: 'five' | 'nps',
  day: string,
  answers: Answer[],
): Promise<void> {
  const [c] = await db
    .insert(campaigns)
    .values({
      orgId: org.orgId,
      name: `Ask ${scale}`,
      locationId: org.locA,
      status: 'launched',
      scale,
      subjectTemplate: 'How did we do?',
      bodyTemplate: 'Tell us: {{link}}',
      audience: { mode: 'list', clientIds: [] },
    })
    .returning({ id: campaigns.id });
  if (!c) throw new Error('campaign not created');
  const at = new Date(`${day}T10:00:00Z`);
  for (const [i, a] of answers.entries()) {
    const [client] = await db
      .insert(clients)
      .values({
        orgId: org.orgId,
        email: `${scale}-${i}-${crypto.randomUUID()}@clients.example`,
        consent: 'granted',
      })
      .returning({ id: clients.id });
    if (!client) throw new Error('client not created');
    await db.insert(feedbackRequests).values({
      orgId: org.orgId,
      campaignId: c.id,
      clientId: client.id,
      locationId: org.locA,
      email: `${scale}-${i}@clients.example`,
      tokenHash: crypto.randomUUID(),
      status: a.cancelled ? 'cancelled' : a.sent === false ? 'queued' : 'sent',
      requestedByLabel: 'test',
      createdAt: at,
      sentAt: a.sent === false || a.cancelled ? null : at,
      openedAt: a.opened ? at : null,
      clickedAt: a.clicked ? at : null,
      answeredAt: a.score !== undefined ? at : null,
      publicClickedAt: a.publicClick ? at : null,
      score: a.score ?? null,
      isUnhappy: a.score !== undefined && (scale === 'five' ? a.score <= 3 : a.score <= 6),
    });
  }
}

export async function addCase(
  db: Db,
  org: GoldenOrg,
  stage: 'new' | 'acknowledged' | 'resolved',
  isClosed = false,
): Promise<void> {
  await db.insert(recoveryCases).values({
    orgId: org.orgId,
    title: `Case ${stage}`,
    stage,
    openedReason: 'negative',
    closedAt: isClosed ? new Date() : null,
  });
}
