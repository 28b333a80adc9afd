import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, clients, feedbackRequests } from '../../server/src/db/schema/index.ts';
import {
  demoLogin,
  drainOutbox,
  insertClients,
  loadDemoWithLocation,
  template,
  tokenIn,
} from '../feedback/helpers.ts';
import { signedInClient } from '../support/api-client.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

describe('a low feedback score opens a case that shows the answer, in the browser', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let orgId = '';
  const caseOf: Record<string, string> = {};

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer('pglite', { SMTP_URL: sink.url });
    const db = server.database.db;
    const demo = await loadDemoWithLocation(db);
    orgId = demo.orgId;
    await insertClients(db, orgId, [
      { name: 'Gina Granted', email: 'gina@client.example' },
      { name: 'Walt Withdrawn', email: 'walt@client.example' },
    ]);
    await db
      .update(clients)
      .set({ consent: 'granted', phone: '+15550100200' })
      .where(and(eq(clients.orgId, orgId), eq(clients.email, 'gina@client.example')));
    const marketing = demoLogin('marketing');
    const { client } = await signedInClient(server.url, marketing.email, marketing.password);
    const { campaignId } = await client.campaigns.save.mutate({
      name: 'After the brake service',
      locationId: demo.locationId,
      audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
      ratePerMinute: 100_000,
      ...template,
    });
    await client.campaigns.launch.mutate({ campaignId });
    await drainOutbox(db, sink.url);
    for (const m of sink.messages) {
      const to = (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';
      await fetch(`${server.url}/f/${tokenIn(m.text ?? '')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `score=1&comment=${encodeURIComponent(`The brakes squeal again, said ${to.split('@')[0]}`)}`,
      });
    }
    // Walt withdrew consent after answering: his case must stop showing how to reach him.
    await db
      .update(clients)
      .set({ consent: 'withdrawn', phone: '+15550100300' })
      .where(and(eq(clients.orgId, orgId), eq(clients.email, 'walt@client.example')));
    const answered = await db
      .select({ caseId: feedbackRequests.caseId, email: clients.email })
      .from(feedbackRequests)
      .innerJoin(
        clients,
        and(eq(clients.orgId, feedbackRequests.orgId), eq(clients.id, feedbackRequests.clientId)),
      )
      .where(eq(feedbackRequests.orgId, orgId));
    for (const a of answered) if (a.caseId) caseOf[a.email] = a.caseId;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('shows the comment, the campaign and the contact details consent allows, and logs a call in one click', async () => {
    const manager = demoLogin('manager');
    const { page } = browser;
    const ginaCase = caseOf['gina@client.example'];
    const waltCase = caseOf['walt@client.example'];
    expect(ginaCase && waltCase).toBeTruthy();
    await signInThroughForm(page, server.url, manager.email, manager.password);
    await page.goto(`${server.url}/cases/${ginaCase}`);
    const panel = page.getByRole('region', { name: 'Their feedback' });
    await waitVisible(panel.locator('.feedback-comment'));
    expect(await panel.locator('.feedback-comment').textContent()).toBe('The brakes squeal again, said gina');
    expect(await panel.textContent()).toContain('1 of 5');
    expect(await panel.getByRole('link', { name: 'After the brake service' }).count()).toBe(1);
    expect(await panel.getByRole('link', { name: 'gina@client.example' }).getAttribute('href')).toBe(
      'mailto:gina@client.example',
    );
    expect(await panel.getByRole('link', { name: '+15550100200' }).getAttribute('href')).toBe(
      'tel:+15550100200',
    );

    await panel.getByRole('button', { name: 'Log a call' }).click();
    await waitVisible(panel.getByRole('status'));
    const logged = await server.database.db
      .select({ kind: caseEvents.kind, summary: caseEvents.summary, actor: caseEvents.actorLabel })
      .from(caseEvents)
      .where(
        and(eq(caseEvents.orgId, orgId), eq(caseEvents.caseId, ginaCase ?? ''), eq(caseEvents.kind, 'call')),
      );
    expect(logged).toEqual([
      {
        kind: 'call',
        summary: 'Called Gina Granted (+15550100200) about their feedback answer.',
        actor: manager.email,
      },
    ]);
    await waitVisible(
      page.getByText('Called Gina Granted (+15550100200) about their feedback answer.').first(),
    );

    await page.goto(`${server.url}/cases/${waltCase}`);
    const walt = page.getByRole('region', { name: 'Their feedback' });
    await waitVisible(walt.getByText('withdrew consent to be contacted'));
    expect(await walt.locator('.feedback-comment').textContent()).toContain('The brakes squeal again');
    const text = (await walt.textContent()) ?? '';
    expect(text).not.toContain('walt@client.example');
    expect(text).not.toContain('+15550100300');
    expect(await walt.getByRole('button').count()).toBe(0);
  });
});
