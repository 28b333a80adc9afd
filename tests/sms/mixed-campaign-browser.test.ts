import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, clients } from '../../server/src/db/schema/index.ts';
import { recordSmsOptOut } from '../../server/src/services/sms/opt-outs.ts';
import { isWithinSendingHours } from '../../server/src/sms/quiet-hours.ts';
import { computeSmsSignature } from '../../server/src/sms/signature.ts';
import { countSmsSegments } from '../../shared/src/sms/segments.ts';
import { demoLogin, insertClients, loadDemoWithLocation } from '../feedback/helpers.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { type FakeSmsServer, startFakeSmsServer } from '../support/fake-sms-server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

const creds = { accountSid: 'AC00000000000000000000000000000077', authToken: 'browser-sms-token-77' };
// Links in messages name the public address; the test follows their paths on the loopback server.
const publicUrl = 'https://reviews.rebound.test';
const dayZone =
  ['Europe/London', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'].find((z) =>
    isWithinSendingHours(new Date(), z),
  ) ?? 'UTC';
const consent = { smsConsentAt: new Date('2026-02-01T09:00:00Z'), smsConsentSource: 'booking form' };

describe('marketing sends a mixed e-mail and text campaign in the browser', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let fake: FakeSmsServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const phones = { nora: '+15553010001', omar: '+15553010002', quinn: '+15553010004' };

  beforeAll(async () => {
    sink = await startSmtpSink();
    fake = await startFakeSmsServer(creds);
    server = await startTestServer('pglite', {
      SMTP_URL: sink.url,
      WORKERS_ENABLED: 'true',
      OUTBOX_IDLE_MS: '100',
      POLL_CRON: '0 0 1 1 *',
      PUBLIC_URL: publicUrl,
      SMS_ACCOUNT_SID: creds.accountSid,
      SMS_AUTH_TOKEN: creds.authToken,
      SMS_FROM: '+15559990077',
      SMS_API_URL: fake.url,
    });
    const { orgId } = await loadDemoWithLocation(server.database.db);
    const db = server.database.db;
    const people = [
      { key: 'nora', name: 'Nora North', patch: { phone: phones.nora, ...consent } },
      { key: 'omar', name: 'Omar Oak', patch: { phone: phones.omar } },
      { key: 'pia', name: 'Pia Pine', patch: consent },
      { key: 'quinn', name: 'Quinn Quay', patch: { phone: phones.quinn, ...consent } },
    ];
    for (const p of people) {
      const [id] = await insertClients(db, orgId, [{ name: p.name, email: `${p.key}@mixed.example` }]);
      if (!id) throw new Error('client not inserted');
      await db
        .update(clients)
        .set({ tags: ['mixedspring'], timeZone: dayZone, ...p.patch })
        .where(eq(clients.id, id));
    }
    await recordSmsOptOut(db, phones.quinn, 'STOP', 'SMquinn');
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
    await fake?.close();
  });

  it('chooses both channels, sees the text cost live, sends, sees who was not texted and why, and the funnel by channel', async () => {
    const { page } = browser;
    // server.url is the public address; the browser talks to the loopback port.
    const base = `http://127.0.0.1:${server.port}`;
    const marketing = demoLogin('marketing');
    await signInThroughForm(page, base, marketing.email, marketing.password);

    await page.goto(`${base}/campaigns/new`);
    await page.getByLabel('Campaign name').fill('Spring, by mail and text');
    await page.getByLabel('Served within the last (days)').fill('30');
    await page.getByLabel('Only with tags').fill('mixedspring');
    await page.getByLabel('Both').check();
    await waitVisible(page.getByText(/4 client\(s\) will be asked/));
    const sms = page.getByLabel('Words of the text message');
    const count = page.getByTestId('sms-count');
    const preview = page.getByTestId('sms-preview');
    // The count is of the whole text a client gets: business name, words, link and the STOP line.
    const shownFor = async (words: string, encoding: 'GSM-7' | 'UCS-2') => {
      await sms.fill(words);
      await waitVisible(count.getByText(new RegExp(encoding)));
      await waitVisible(preview.getByText(words.replace('{{firstName|there}}', 'Sam'), { exact: false }));
      const full = (await preview.textContent()) ?? '';
      const expected = countSmsSegments(full);
      expect(expected.encoding).toBe(encoding);
      const plural = expected.segments === 1 ? '' : 's';
      expect(await count.textContent()).toMatch(
        new RegExp(
          `^${expected.characters} characters · ${encoding} · ${expected.segments} segment${plural}`,
        ),
      );
      return { full, expected };
    };
    const plain = await shownFor('How was your visit? Tell us:', 'GSM-7');
    expect(plain.expected.segments).toBe(1);
    // A curly apostrophe turns the whole text to UCS-2: 70 per segment, 67 once split.
    const curly = await shownFor('How’s your visit been? Tell us:', 'UCS-2');
    expect(curly.expected.segments).toBe(Math.ceil(curly.expected.units / 67));
    expect(curly.expected.segments).toBeGreaterThan(1);
    const previewText = (await shownFor('Hi {{firstName|there}}, how was it? Tell us:', 'GSM-7')).full;
    expect(previewText).toMatch(
      /^.+: Hi Sam, how was it\? Tell us: https:\/\/reviews\.rebound\.test\/s\/[A-Za-z0-9_-]{43}\n/,
    );
    expect(previewText).toMatch(/Reply STOP to opt out\.$/);
    await page.screenshot({ path: path.join(artifactsDir, 'sms-campaign-builder.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const campaignUrl = page.url();

    await page.getByRole('button', { name: 'Send campaign' }).click();
    await page.getByRole('button', { name: 'Yes, send it' }).click();
    // 4 e-mails (nobody unsubscribed) + 1 text (only Nora has consent, a number and no STOP).
    await waitVisible(page.getByText('5 message(s) queued. 4 e-mail(s) and 1 text(s) to 4 client(s).'));
    const skipped = page.getByRole('region', { name: 'Not reached' });
    expect(await skipped.locator('[data-skip="sms-no-consent"]').textContent()).toMatch(/^1 not texted/);
    expect(await skipped.locator('[data-skip="sms-no-phone"]').textContent()).toMatch(/^1 not texted/);
    expect(await skipped.locator('[data-skip="sms-opted-out"]').textContent()).toMatch(/^1 not texted/);
    expect(await skipped.locator('[data-skip="email-suppressed"]').textContent()).toMatch(/^0 not e-mailed/);

    const until = Date.now() + 20_000;
    while ((sink.messages.length < 4 || fake.received.length < 1) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    expect(fake.received.map((m) => m.form.To)).toEqual([phones.nora]);
    expect(sink.messages).toHaveLength(4);
    const text = fake.received[0];
    const textLink = /https:\/\/reviews\.rebound\.test(\/s\/[A-Za-z0-9_-]{43})/.exec(text?.form.Body ?? '');
    if (!textLink?.[1]) throw new Error('no link in the text');

    // The provider reports the text delivered, signed as it signs every callback.
    const statusParams = { MessageSid: text?.sid ?? '', MessageStatus: 'delivered', To: phones.nora };
    const statusPath = '/api/webhooks/sms/status';
    const callback = await fetch(`${base}${statusPath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': computeSmsSignature(creds.authToken, `${publicUrl}${statusPath}`, statusParams),
      },
      body: new URLSearchParams(statusParams),
    });
    expect(callback.status).toBeLessThan(300);

    // Nora follows the link in her text, lands on the same feedback page as the e-mail's, and answers.
    const clientPage = await browser.context.newPage();
    await clientPage.context().clearCookies();
    await clientPage.goto(`${base}${textLink[1]}`);
    expect(new URL(clientPage.url()).pathname).toBe(textLink[1].replace('/s/', '/f/'));
    await clientPage.getByLabel('5').check();
    await clientPage.getByRole('button', { name: 'Send my answer' }).click();
    await waitVisible(clientPage.getByRole('heading', { name: 'Thank you for your answer' }));
    await clientPage.close();

    await signInThroughForm(page, base, marketing.email, marketing.password);
    await page.goto(campaignUrl);
    const byChannel = page.getByRole('region', { name: 'Funnel by channel for this campaign' });
    const cell = (step: string, channel: string) =>
      byChannel.locator(`[data-step="${step}"] [data-channel="${channel}"]`);
    await waitVisible(cell('responded', 'sms').getByText('1', { exact: true }), 15_000);
    expect(await cell('asked', 'sms').textContent()).toBe('1');
    expect(await cell('sent', 'sms').textContent()).toBe('1');
    expect(await cell('delivered', 'sms').textContent()).toBe('1');
    expect(await cell('openedPage', 'sms').textContent()).toBe('1');
    expect(await cell('asked', 'email').textContent()).toBe('4');
    expect(await cell('sent', 'email').textContent()).toBe('4');
    expect(await cell('delivered', 'email').textContent()).toBe('—');
    expect(await cell('responded', 'email').textContent()).toBe('0');
    // The skip counts stay on the campaign after the page is reloaded.
    expect(
      await page
        .getByRole('region', { name: 'Not reached' })
        .locator('[data-skip="sms-no-consent"]')
        .textContent(),
    ).toMatch(/^1 not texted/);
    await page.screenshot({ path: path.join(artifactsDir, 'sms-campaign-funnel.png'), fullPage: true });

    await page.goto(`${base}/campaigns`);
    const all = page.getByRole('region', { name: 'Funnel by channel, every campaign' });
    await waitVisible(
      all.locator('[data-step="responded"] [data-channel="sms"]').getByText('1', { exact: true }),
    );
  });

  it('texts only: the e-mail fields leave the form, the text preview needs none of them, a missing text is named, and the campaign keeps no e-mail', async () => {
    const page = await browser.context.newPage();
    await page.context().clearCookies();
    const base = `http://127.0.0.1:${server.port}`;
    const marketing = demoLogin('marketing');
    await signInThroughForm(page, base, marketing.email, marketing.password);
    await page.goto(`${base}/campaigns/new`);
    await page.getByLabel('Campaign name').fill('Texts only');
    await page.getByLabel('Only with tags').fill('mixedspring');
    // A subject emptied while the e-mail was shown must not stand in the way once the e-mail is gone.
    await page.getByLabel('Subject', { exact: true }).fill('');
    await page.getByLabel('Text message', { exact: true }).check();
    expect(await page.getByLabel('Subject', { exact: true }).count()).toBe(0);
    expect(await page.locator('#campaign-body').count()).toBe(0);
    await waitVisible(page.getByText('Texts only: no e-mail is sent.'));
    const sms = page.getByLabel('Words of the text message');
    await sms.fill('Thanks for coming by. Tell us:');
    await waitVisible(
      page.getByTestId('sms-preview').getByText('Thanks for coming by. Tell us:', { exact: false }),
    );
    await sms.fill('');
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await waitVisible(page.getByRole('alert').filter({ hasText: 'Write the words of the text message' }));
    expect(new URL(page.url()).pathname).toBe('/campaigns/new');
    await sms.fill('Thanks for coming by. Tell us:');
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const campaignId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const [saved] = await server.database.db
      .select({
        channel: campaigns.channel,
        subject: campaigns.subjectTemplate,
        body: campaigns.bodyTemplate,
        text: campaigns.smsTemplate,
      })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId));
    expect(saved).toEqual({ channel: 'sms', subject: '', body: '', text: 'Thanks for coming by. Tell us:' });
    // Its page shows the text alone, and no e-mail test to send.
    await waitVisible(page.getByRole('button', { name: 'Send campaign' }));
    expect(await page.getByRole('button', { name: 'Send a test to me' }).count()).toBe(0);
    await page.getByText('Message', { exact: true }).click();
    await waitVisible(page.getByText('Text:'));
    expect(await page.getByText('Subject:').count()).toBe(0);
    await page.close();
  });
});
