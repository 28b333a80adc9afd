import type { Role } from '@rebound/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * What each role sees, written out here rather than read from the access table, so a change to the table that
 * changes a menu, a landing page or a control shows up as a failure.
 */
const expected: Record<
  Role,
  { home: string; menu: string[]; dashboard: string; addSource: boolean; addClient: boolean }
> = {
  owner: {
    home: '/inbox',
    menu: [
      'Dashboard',
      'Competitors',
      'Inbox',
      'To post',
      'Cases',
      'Alerts',
      'Sources',
      'Clients',
      'Campaigns',
      'Outbox',
      'Audit log',
      'Team',
      'LLM drafting',
    ],
    dashboard: 'Reputation overview',
    addSource: true,
    addClient: true,
  },
  manager: {
    home: '/dashboard',
    menu: [
      'Dashboard',
      'Competitors',
      'Inbox',
      'To post',
      'Cases',
      'Sources',
      'Clients',
      'Campaigns',
      'Outbox',
      'Team',
    ],
    dashboard: 'Reputation overview',
    addSource: true,
    addClient: false,
  },
  marketing: {
    home: '/members',
    menu: ['Dashboard', 'Sources', 'Clients', 'Campaigns', 'Outbox', 'Team'],
    dashboard: 'Feedback campaigns',
    addSource: false,
    addClient: true,
  },
  admin: {
    home: '/members',
    menu: [
      'Dashboard',
      'Competitors',
      'Sources',
      'Clients',
      'Campaigns',
      'Outbox',
      'Audit log',
      'Team',
      'LLM drafting',
    ],
    dashboard: 'Reputation overview',
    addSource: true,
    addClient: true,
  },
};

async function heading(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return (await (await waitVisible(page.getByRole('heading', { level: 1 }))).textContent()) ?? '';
}

describe('the navigation and controls follow the member’s role', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    server = await startTestServer('pglite');
    await loadDemo(server.database.db);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['owner', 'manager', 'marketing', 'admin'] as const)(
    'the %s lands on their home page, sees only their menu entries and only the controls they may use',
    async (role) => {
      const want = expected[role];
      const user = demoUsers.find((u) => u.role === role);
      if (!user) throw new Error(`demo ${role} missing`);
      const { page, context } = browser;
      await context.clearCookies();
      await signInThroughForm(page, server.url, user.email, user.password);
      expect(new URL(page.url()).pathname).toBe(want.home);
      const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      await waitVisible(menu.first());
      expect(await menu.allInnerTexts()).toEqual(want.menu);

      expect(await heading(page, `${server.url}/dashboard`)).toBe(want.dashboard);
      expect(await heading(page, `${server.url}/sources`)).toBe('Sources');
      expect(await page.getByRole('button', { name: 'Add a source' }).count()).toBe(want.addSource ? 1 : 0);
      await heading(page, `${server.url}/clients`);
      expect(await page.getByRole('button', { name: 'Add a client' }).count()).toBe(want.addClient ? 1 : 0);
    },
    60_000,
  );
});
