import { can, type Role } from '@rebound/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoveryCases, reviews } from '../../server/src/db/schema/index.ts';
import { navItems } from '../../web/src/app/nav.ts';
import {
  demoLogin,
  drainOutbox,
  insertClients,
  loadDemoWithLocation,
  template,
  tokenIn,
} from '../feedback/helpers.ts';
import { signedInClient } from '../support/api-client.ts';
import { audit, type Finding } from '../support/axe.ts';
import { launchBrowser, signInThroughForm } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

/**
 * Serious or critical findings we know about and have not fixed yet, each with its reason. Keep this list short
 * and explicit: a finding is only let through when rule, page and target all match an entry.
 */
const allowed: Array<{ rule: string; page: RegExp; target: RegExp; reason: string }> = [];

/** Wait until the route has rendered its content (no lazy-loading or query placeholder left). */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 10_000 });
  await page.waitForLoadState('networkidle');
}

/**
 * Open a dashboard page and wait for it inside the app's shell. web/dist is shared with other builds on this
 * machine: when it is being rebuilt the server briefly has no index.html, so a page that did not load is tried
 * once more rather than audited as a blank document.
 */
async function openInShell(page: Page, url: string) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await page.goto(url);
    await settle(page).catch(() => undefined);
    if (response?.ok() && (await page.locator('main#main').count())) break;
    if (attempt === 2) throw new Error(`${url} did not load the dashboard (HTTP ${response?.status()})`);
    await new Promise((r) => setTimeout(r, 3000));
  }
  await settle(page);
}

const notAllowed = (f: Finding) =>
  !allowed.some((a) => a.rule === f.rule && a.page.test(f.page) && a.target.test(f.target));

const report = (findings: Finding[]) =>
  findings.map((f) => `${f.impact} ${f.rule} on ${f.page} as ${f.role}: ${f.target}`).join('\n');

describe('the dashboard has no serious accessibility violations', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let reviewId = '';
  let caseId = '';
  let campaignId = '';
  let feedbackToken = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer('pglite', { SMTP_URL: sink.url });
    const demo = await loadDemoWithLocation(server.database.db);
    await pollDemoSource(server, demo.orgId);
    const [review] = await server.database.db.select({ id: reviews.id }).from(reviews).limit(1);
    if (!review) throw new Error('demo reviews missing');
    reviewId = review.id;
    const [recoveryCase] = await server.database.db
      .select({ id: recoveryCases.id })
      .from(recoveryCases)
      .limit(1);
    if (!recoveryCase) throw new Error('the demo opened no case');
    caseId = recoveryCase.id;
    // One campaign, sent to one client, gives a campaign page and a real feedback link to visit.
    const { db } = server.database;
    await insertClients(db, demo.orgId, [{ name: 'Ada Access', email: 'ada@client.example' }]);
    const { email, password } = demoLogin('marketing');
    const api = (await signedInClient(server.url, email, password)).client.campaigns;
    const audience = { mode: 'rules' as const, servedWithinDays: 30, tags: [] };
    const saved = await api.save.mutate({
      ...template,
      name: 'After the visit',
      audience,
      locationId: demo.locationId,
    });
    campaignId = saved.campaignId;
    await api.launch.mutate({ campaignId });
    await drainOutbox(db, sink.url);
    feedbackToken = tokenIn(sink.messages[0]?.text ?? '');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const pagesFor = (role: Role) => {
    const paths = navItems.filter((i) => can(role, i.capability)).map((i) => i.href);
    if (paths.includes('/inbox')) paths.push(`/reviews/${reviewId}`);
    if (paths.includes('/cases')) paths.push(`/cases/${caseId}`);
    if (paths.includes('/campaigns')) paths.push('/campaigns/new', `/campaigns/${campaignId}`);
    return paths;
  };

  it('the sign-in, invite, reset-password and public feedback pages', async () => {
    const { page } = browser;
    const findings: Finding[] = [];
    await page.goto(`${server.url}/sign-in`);
    await settle(page);
    findings.push(...(await audit(page, '/sign-in', 'signed out')));
    // The invite and reset links carry their token in the fragment; a made-up one still renders the form.
    for (const path of ['/invite', '/reset-password']) {
      await page.goto(`${server.url}${path}#token=not-a-real-token`);
      await settle(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      findings.push(...(await audit(page, path, 'signed out')));
    }
    await page.goto(`${server.url}/f/${feedbackToken}`);
    await page.getByRole('textbox').first().waitFor();
    findings.push(...(await audit(page, '/f/:token', 'client')));
    expect(report(findings.filter(notAllowed))).toBe('');
  });

  it.each(['owner', 'admin', 'manager', 'marketing'] as const)(
    'every page the %s can reach',
    async (role) => {
      const { page, context } = browser;
      await context.clearCookies();
      const login = demoLogin(role);
      await signInThroughForm(page, server.url, login.email, login.password);
      const findings: Finding[] = [];
      const visited: string[] = [];
      for (const path of pagesFor(role)) {
        await openInShell(page, `${server.url}${path}`);
        expect(new URL(page.url()).pathname, `${role} was sent away from ${path}`).toBe(path);
        visited.push(path);
        findings.push(...(await audit(page, path, role)));
      }
      expect(visited.length).toBeGreaterThan(4);
      expect(report(findings.filter(notAllowed))).toBe('');
    },
    180_000,
  );

  it('reports a serious violation when one is there', async () => {
    const { page } = browser;
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">' +
        '<button type="button"></button></main></body></html>',
    );
    const findings = await audit(page, 'fixture', 'none');
    expect(findings.map((f) => f.rule).sort()).toEqual(['button-name', 'image-alt']);
    expect(findings.filter(notAllowed)).toHaveLength(2);
  });
});
