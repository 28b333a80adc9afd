import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reviews, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { recordAudit } from '../../server/src/services/audit/record-audit.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');
const manager = demoUsers.find((u) => u.role === 'manager');

describe('audit page in the browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let reviewId: string;
  beforeAll(async () => {
    if (!owner || !manager) throw new Error('demo users missing');
    server = await startTestServer('pglite');
    const db = server.database.db;
    const { orgId } = await loadDemo(db);
    await pollDemoSource(server, orgId);
    const [review] = await db
      .select({ id: reviews.id })
      .from(reviews)
      .where(eq(reviews.orgId, orgId))
      .limit(1);
    if (!review) throw new Error('no demo review');
    reviewId = review.id;
    const people = await db.select({ id: users.id, email: users.email }).from(users);
    const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;
    // Two edits by two people on two days, so each filter has something to keep and something to drop.
    await recordAudit(db, {
      orgId,
      actorUserId: idOf(owner.email),
      actorLabel: owner.name,
      action: 'reply.edited',
      entityType: 'review',
      entityId: reviewId,
      detail: { before: 'We are sorry about the wait.', after: 'We are truly sorry about the long wait.' },
    });
    await recordAudit(db, {
      orgId,
      actorUserId: idOf(manager.email),
      actorLabel: manager.name,
      action: 'reply.revised',
      entityType: 'review',
      entityId: reviewId,
      detail: { before: 'Call us any day.', after: '=Call us on Monday.' },
    });
    await db
      .update(auditLog)
      .set({ at: new Date('2026-03-02T10:00:00Z') })
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'reply.revised')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows edits as marked words, filters by person, action, date and review, and exports the filtered rows', async () => {
    if (!owner || !manager) throw new Error('demo users missing');
    const { page } = browser;
    await signInThroughForm(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/audit`);
    expect(new URL(page.url()).pathname).toBe('/audit');
    await waitVisible(page.getByRole('heading', { name: 'Audit log' }));
    const table = page.locator('table.audit-log');
    await waitVisible(table.locator('ins', { hasText: 'truly' }));
    expect(await table.locator('ins').allTextContents()).toEqual(expect.arrayContaining(['truly ', 'long ']));
    expect(await table.locator('del').allTextContents()).toEqual(expect.arrayContaining(['any day']));
    expect(await table.textContent()).not.toContain('Index: reply');

    await page.getByLabel('Person').selectOption({ label: manager.name });
    await page.waitForFunction(
      () => !document.querySelector('table.audit-log ins')?.textContent?.includes('truly'),
    );
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.textContent()).toContain('revised an approved reply');

    await page.getByLabel('Person').selectOption({ label: 'Everyone' });
    await page.getByLabel('Action').selectOption({ label: 'edited the reply' });
    await page.waitForFunction(() => document.querySelectorAll('table.audit-log tbody tr').length === 1);
    expect(await table.textContent()).toContain('truly');

    await page.getByLabel('Action').selectOption({ label: 'Any action' });
    await page.getByLabel('From').fill('2026-03-01');
    await page.getByLabel('To').fill('2026-03-02');
    await page.waitForFunction(() => document.querySelectorAll('table.audit-log tbody tr').length === 1);
    expect(await table.textContent()).toContain('Monday');
    expect(page.url()).toContain('from=2026-03-01');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export these entries (CSV)' }).click();
    const file = await download;
    const csv = await readFile(String(await file.path()), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entity_type,entity_id,detail');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('reply.revised');

    await page.goto(`${server.url}/audit?reviewId=${reviewId}`);
    await page.waitForFunction(() => document.querySelectorAll('table.audit-log tbody tr').length >= 2);
    const reviewRows = await table.locator('tbody tr').count();
    await page.goto(`${server.url}/audit`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.audit-log tbody tr').length > n,
      reviewRows,
    );

    await page.goto(`${server.url}/reviews/${reviewId}`);
    const trail = page.locator('section', { has: page.getByRole('heading', { name: 'Audit trail' }) });
    await waitVisible(trail.locator('ins', { hasText: 'truly' }));
    expect(await trail.textContent()).not.toContain('Index: reply');
  });
});
