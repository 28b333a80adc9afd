import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { type FakeLlmServer, startFakeLlmServer } from '../support/fake-llm-server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');

// An answer that blames the reviewer: the page must show it, its finding, and that the composer's draft is kept.
const defensiveAnswer =
  'Thank you for the review. If you had read the care card you would have known what to expect, and we are not responsible for how the item was used after it left us. We always aim for the best service and hope you come back soon to see the difference. You can reach Marta by email at any time if you would like to discuss it further with the team.';

describe('LLM settings page in the browser', () => {
  let server: TestServer;
  let llm: FakeLlmServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    llm = await startFakeLlmServer();
    llm.behave({ kind: 'answer', content: defensiveAnswer });
    server = await startTestServer('pglite', {
      LLM_BASE_URL: llm.url,
      LLM_MODEL: 'small-model',
      LLM_TIMEOUT_MS: '5000',
    });
    const { orgId } = await loadDemo(server.database.db);
    await pollDemoSource(server, orgId);
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await llm?.close();
  });

  it('shows the owner that drafting uses the LLM, where, and that it is reachable; a test run shows the answer, its findings and the fallback', async () => {
    if (!owner) throw new Error('demo owner missing');
    const { page } = browser;
    await signInThroughForm(page, server.url, owner.email, owner.password);
    await page.getByRole('link', { name: 'LLM drafting' }).click();
    const status = await waitVisible(page.getByRole('region', { name: 'LLM status' }));
    const statusText = await status.innerText();
    expect(statusText).toContain('Drafting uses the LLM');
    expect(statusText).toContain(new URL(llm.url).host);
    expect(statusText).toContain('small-model');
    expect(statusText).toMatch(/Reachable \(the server lists small-model\)/);

    const select = page.getByLabel('Review to try');
    await waitVisible(select.locator('option').first(), 10_000).catch(() => undefined);
    const chosen = await select.inputValue();
    expect(chosen).toMatch(/^[0-9a-f-]{36}$/);
    const before = llm.requests.length;
    await page.getByRole('button', { name: 'Draft this review' }).click();
    const result = await waitVisible(page.getByRole('region', { name: 'Test result' }), 15_000);
    expect(llm.requests.length).toBe(before + 1);

    expect(await page.getByTestId('llm-decision').innerText()).toMatch(
      /^composer \(LLM answer failed the check: .*defensive/,
    );
    expect(await page.getByTestId('llm-answer').innerText()).toContain('If you had read the care card');
    const findings = result.getByRole('list', { name: 'Findings on the LLM answer' });
    expect(await findings.locator('li[data-rule="defensive"]').count()).toBeGreaterThan(0);
    const finalDraft = await page.getByTestId('llm-final-draft').innerText();
    expect(finalDraft.length).toBeGreaterThan(40);
    expect(finalDraft).not.toContain('care card');
    await page.screenshot({ path: path.join(artifactsDir, 'llm-settings-test-run.png'), fullPage: true });
  });

  it('shows above the draft in the inbox why the composer was kept after Regenerate', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    await page.getByRole('button', { name: 'Regenerate' }).click();
    const note = await waitVisible(page.getByTestId('draft-origin'), 15_000);
    expect(await note.innerText()).toMatch(/^Source: composer \(LLM answer failed the check: .*defensive/);
  });
});
