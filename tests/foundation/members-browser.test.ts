import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { latestAccountLink } from '../support/account-links.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner') ?? { email: '', password: '' };
const nadia = { email: 'nadia@shop.example', name: 'Nadia Novak', password: 'nadia first password' };

describe('an owner manages the team in the browser', () => {
  let server: TestServer;
  let ownerBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let nadiaBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  const roleOfNadia = async () =>
    (
      await server.database.db
        .select({ role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(users.email, nadia.email))
    )[0]?.role ?? null;

  beforeAll(async () => {
    server = await startTestServer('pglite');
    await loadDemo(server.database.db, { baseUrl: server.url });
    ownerBrowser = await launchBrowser();
    nadiaBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await ownerBrowser?.close();
    await nadiaBrowser?.close();
    await server?.stop();
  });

  it('invites a new person, who accepts with the mailed link and chooses a password', async () => {
    const page = ownerBrowser.page;
    await signInThroughForm(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/members`);
    await page.getByLabel('Email').fill(nadia.email);
    await page.getByLabel('Role', { exact: true }).selectOption('manager');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await waitVisible(page.getByRole('status').filter({ hasText: `Invitation sent to ${nadia.email}` }));
    await waitVisible(page.getByRole('region', { name: 'Pending invitations' }).getByText(nadia.email));

    const link = await latestAccountLink(server.database.db, nadia.email, 'invite');
    const invitee = nadiaBrowser.page;
    await invitee.goto(link.url);
    await waitVisible(invitee.getByRole('heading', { name: /Join / }));
    await invitee.getByLabel('Your name').fill(nadia.name);
    await invitee.getByLabel('Password').fill(nadia.password);
    await invitee.getByRole('button', { name: 'Accept and join' }).click();
    await invitee.waitForURL((url) => url.pathname === '/dashboard');
    expect(await roleOfNadia()).toBe('manager');
  });

  it('changes the member’s role from the role select, and their next page follows the new role', async () => {
    const page = ownerBrowser.page;
    await page.goto(`${server.url}/members`);
    await waitVisible(page.getByRole('rowheader', { name: nadia.email }));
    await page.getByLabel(`Role of ${nadia.name}`).selectOption('marketing');
    await expect.poll(roleOfNadia, { timeout: 10_000 }).toBe('marketing');
    const invitee = nadiaBrowser.page;
    await invitee.goto(`${server.url}/`);
    await invitee.waitForURL((url) => url.pathname === '/members');
  });

  it('sends a one-time password reset link; using it ends the member’s session and the new password works', async () => {
    const page = ownerBrowser.page;
    const row = page.getByRole('row').filter({ hasText: nadia.email });
    await row.getByRole('button', { name: 'Send password reset link' }).click();
    await waitVisible(row.getByRole('status').filter({ hasText: `sent to ${nadia.email}` }));
    const link = await latestAccountLink(server.database.db, nadia.email, 'reset-password');
    expect(await page.content()).not.toContain(link.token);

    const invitee = nadiaBrowser.page;
    await invitee.goto(link.url);
    await invitee.getByLabel('New password', { exact: true }).fill('nadia second password');
    await invitee.getByRole('button', { name: 'Set password' }).click();
    await waitVisible(invitee.getByRole('heading', { name: 'Password changed' }));
    await invitee.goto(`${server.url}/members`);
    await invitee.waitForURL((url) => url.pathname === '/sign-in');
    await signInThroughForm(invitee, server.url, nadia.email, 'nadia second password');
  });

  it('removes the member after a confirmation, and their very next request is refused', async () => {
    const page = ownerBrowser.page;
    await page.goto(`${server.url}/members`);
    const row = page.getByRole('row').filter({ hasText: nadia.email });
    await row.getByRole('button', { name: 'Remove…' }).click();
    const question = await waitVisible(page.getByRole('alertdialog', { name: `Remove ${nadia.name}?` }));
    await question.getByRole('button', { name: 'Yes, remove' }).click();
    await page
      .getByRole('rowheader', { name: nadia.email, exact: true })
      .waitFor({ state: 'detached', timeout: 10_000 });
    expect(await roleOfNadia()).toBeNull();

    const invitee = nadiaBrowser.page;
    const status = await invitee.evaluate(async () => (await fetch('/trpc/clients.count')).status);
    expect(status).toBe(401);
    await invitee.goto(`${server.url}/members`);
    await invitee.waitForURL((url) => url.pathname === '/sign-in');
  });
});
