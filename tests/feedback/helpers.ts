import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client.ts';
import { clients, locations, outbox } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createMailTransport } from '../../server/src/mail/index.ts';
import { feedbackSendPolicy } from '../../server/src/services/feedback/send-policy.ts';
import { claimDueMessages, deliverMessage } from '../../server/src/services/outbox/index.ts';
import { signedInClient } from '../support/api-client.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';

export function demoLogin(role: 'owner' | 'manager' | 'marketing' | 'admin') {
  const user = demoUsers.find((u) => u.role === role);
  if (!user) throw new Error(`demo ${role} missing`);
  return user;
}

export async function loadDemoWithLocation(db: Db) {
  const { orgId } = await loadDemo(db);
  const [location] = await db
    .select({ id: locations.id, reviewLinks: locations.reviewLinks })
    .from(locations)
    .where(eq(locations.orgId, orgId));
  if (!location) throw new Error('demo location missing');
  return { orgId, locationId: location.id, reviewLinks: location.reviewLinks };
}

export async function insertClients(
  db: Db,
  orgId: string,
  people: Array<{ name: string; email: string; servedDaysAgo?: number }>,
): Promise<string[]> {
  const now = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < people.length; i += 500) {
    const rows = await db
      .insert(clients)
      .values(
        people.slice(i, i + 500).map((p) => ({
          orgId,
          name: p.name,
          email: p.email.toLowerCase(),
          lastServiceAt: new Date(now - (p.servedDaysAgo ?? 3) * 86_400_000),
        })),
      )
      .returning({ id: clients.id });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export const template = {
  subjectTemplate: 'How was your visit, {{firstName|there}}?',
  bodyTemplate:
    'Hello {{firstName|there}},\n\nThank you for visiting {{businessName}}. Would you tell us how it went?\n\n{{feedbackUrl}}\n\nThe {{businessName}} team',
};

/** Send everything due, the way a worker would, until nothing is queued (the send rate spaces rows by ms). */
export async function drainOutbox(db: Db, smtpUrl: string | null, outboxDir = '/nonexistent'): Promise<void> {
  const transport = createMailTransport({ smtpUrl, outboxDir });
  const deps = { db, worker: 'test-worker', transport, policies: { feedback: feedbackSendPolicy } };
  try {
    for (let round = 0; round < 2000; round += 1) {
      const claimed = await claimDueMessages(db, deps.worker, { limit: 50, leaseSeconds: 60 });
      for (const message of claimed) await deliverMessage(deps, message);
      if (claimed.length) continue;
      const [left] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(inArray(outbox.status, ['queued', 'sending']));
      if (!left?.n) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await transport.close();
  }
}

/**
 * What the marketing member does from the dashboard: a campaign to every client served in the last 30 days at
 * the location, launched and sent. Returns each recipient's feedback token, by address.
 */
export async function sendFeedbackCampaign(
  server: { url: string; database: { db: Db } },
  sink: SmtpSink,
  campaign: { name: string; locationId: string },
) {
  const login = demoLogin('marketing');
  const { client } = await signedInClient(server.url, login.email, login.password);
  const { campaignId } = await client.campaigns.save.mutate({
    ...campaign,
    audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
    ratePerMinute: 100_000,
    ...template,
  });
  await client.campaigns.launch.mutate({ campaignId });
  await drainOutbox(server.database.db, sink.url);
  const tokens: Record<string, string> = {};
  for (const m of sink.messages) {
    const to = Array.isArray(m.to) ? m.to[0] : m.to;
    tokens[to?.value[0]?.address ?? ''] = tokenIn(m.text ?? '');
  }
  return { campaignId, tokens };
}

export async function outboxStatuses(db: Db, orgId: string) {
  return db
    .select({ to: outbox.toAddress, status: outbox.status, kind: outbox.kind, lastError: outbox.lastError })
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId)));
}

/** The feedback token in a message's link, e.g. http://127.0.0.1:1234/f/<token>. */
export function tokenIn(text: string): string {
  const match = /\/f\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error('no feedback link in message');
  return match[1];
}
