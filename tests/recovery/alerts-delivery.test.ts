import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, reviewEffects, sources, users } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { raiseSlaBreaches } from '../../server/src/services/alerts/raise-sla-breaches.ts';
import { isWebhookSignatureValid } from '../../server/src/services/alerts/webhook-signature.ts';
import { signIn } from '../approval/demo-org.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

type Hook = { headers: IncomingHttpHeaders; body: string };

async function startWebhookReceiver() {
  const received: Hook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/rebound`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(engines)('alerts by email and signed webhook on %s', (engine) => {
  let server: TestServer;
  let sink: SmtpSink;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let orgId: string;
  beforeAll(async () => {
    sink = await startSmtpSink();
    hook = await startWebhookReceiver();
    server = await startTestServer(engine, {
      WORKERS_ENABLED: 'true',
      SMTP_URL: sink.url,
      FETCH_ALLOW_LIST: '127.0.0.1',
      ALERTS_CRON: '*/1 * * * * *',
      POLL_CRON: '0 0 1 1 *',
      POSTING_CRON: '0 0 1 1 *',
      OUTBOX_IDLE_MS: '100',
    });
    ({ orgId } = await loadDemo(server.database.db));
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
    await hook?.close();
  });

  it('emails the chosen members and posts a signed, Slack-readable webhook for each new negative review', async () => {
    const owner = await signIn(server.url, 'owner');
    const members = await owner.client.members.list.query();
    const pick = (email: string) => members.find((m) => m.email === email)?.userId ?? '';
    const ownerId = pick('owner@demo.rebound.example');
    const managerId = pick('manager@demo.rebound.example');
    const settings = await owner.client.alerts.updateSettings.mutate({
      slaHours: 24,
      recipients: {
        new_negative: [ownerId, managerId],
        escalated: [ownerId],
        sla_breach: [ownerId],
        task_overdue: [managerId],
      },
      webhookUrl: hook.url,
    });
    expect(settings.webhookSecret).toMatch(/^whsec_/);
    const secret = settings.webhookSecret ?? '';

    const [source] = await server.database.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.orgId, orgId));
    await server.poller?.pollNow(orgId, source?.id ?? '');
    // The server's review-effects worker raises the alerts the stored reviews queued.
    await waitUntil('cases and alerts of the new reviews', async () => {
      const pending = await server.database.db
        .select({ id: reviewEffects.id })
        .from(reviewEffects)
        .where(and(eq(reviewEffects.orgId, orgId), eq(reviewEffects.kind, 'case')));
      return pending.length === 0;
    });
    const raised = await server.database.db
      .select({ id: alerts.id, kind: alerts.kind })
      .from(alerts)
      .where(and(eq(alerts.orgId, orgId), inArray(alerts.kind, ['new_negative', 'escalated'])));
    // The demo has unhappy reviews of both kinds (the brake failure is escalated); each gets its own alert.
    expect(raised.filter((a) => a.kind === 'new_negative').length).toBeGreaterThan(0);

    await waitUntil('webhooks for every alert', () => hook.received.length >= raised.length);
    // New negative reviews go to the owner and the manager, escalated ones to the owner alone (settings above).
    const emails = raised.reduce((n, a) => n + (a.kind === 'escalated' ? 1 : 2), 0);
    await waitUntil('emails to owner and manager', () => sink.messages.length >= emails);
    for (const h of hook.received) {
      expect(h.headers['content-type']).toBe('application/json');
      expect(isWebhookSignatureValid(secret, h.body, String(h.headers['x-rebound-signature']))).toBe(true);
      expect(isWebhookSignatureValid(secret, `${h.body} `, String(h.headers['x-rebound-signature']))).toBe(
        false,
      );
      const payload = JSON.parse(h.body) as { type: string; text: string; url: string };
      expect(['new_negative', 'escalated']).toContain(payload.type);
      expect(payload.text).toMatch(
        payload.type === 'escalated' ? /Escalated review from/ : /New negative review from/,
      );
      expect(payload.url).toMatch(/\/reviews\/[0-9a-f-]{36}$/);
    }
    const recipients = sink.envelopes.flatMap((e) => e.to);
    expect(recipients).toContain('owner@demo.rebound.example');
    expect(recipients).toContain('manager@demo.rebound.example');
    expect(recipients).not.toContain('marketing@demo.rebound.example');
    expect(sink.messages.map((m) => m.subject)).toContainEqual(
      expect.stringMatching(/^\[Rebound\] New negative review from/),
    );
    await waitUntil('alerts marked delivered', async () => {
      const rows = await server.database.db
        .select({ state: alerts.state })
        .from(alerts)
        .where(eq(alerts.orgId, orgId));
      return rows.every((r) => r.state === 'delivered');
    });
  });

  it('raises one SLA alert for a negative review left unanswered past the org’s limit, however often it scans', async () => {
    const tomorrow = new Date(Date.now() + 25 * 3_600_000);
    const first = await raiseSlaBreaches(server.database.db, tomorrow);
    expect(first).toBeGreaterThan(0);
    expect(await raiseSlaBreaches(server.database.db, tomorrow)).toBe(0);
    const owner = await signIn(server.url, 'owner');
    const listed = await owner.client.alerts.list.query({});
    expect(listed.filter((a) => a.kind === 'sla_breach')).toHaveLength(first);
    await waitUntil('the SLA emails', () =>
      sink.messages.some((m) => /waited \d+ h for a reply/.test(m.subject ?? '')),
    );
  });

  it('refuses alert recipients who are not members of the organization', async () => {
    const owner = await signIn(server.url, 'owner');
    const [stranger] = await server.database.db
      .insert(users)
      .values({ email: `stranger-${engine}@elsewhere.example`, passwordHash: 'x' })
      .returning({ id: users.id });
    await expect(
      owner.client.alerts.updateSettings.mutate({
        slaHours: 24,
        recipients: { new_negative: [stranger?.id ?? ''], escalated: [], sla_breach: [], task_overdue: [] },
        webhookUrl: '',
      }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });
});
