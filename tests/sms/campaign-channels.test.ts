import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  campaigns,
  clients,
  feedbackRequests,
  organizations,
  outbox,
} from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createMailTransport } from '../../server/src/mail/index.ts';
import { campaignFunnel } from '../../server/src/services/campaigns/funnel.ts';
import { launchCampaign } from '../../server/src/services/campaigns/launch-campaign.ts';
import { recordTextVisit } from '../../server/src/services/campaigns/record-text-visit.ts';
import { saveCampaign } from '../../server/src/services/campaigns/save-campaign.ts';
import { sendTestMessage } from '../../server/src/services/campaigns/send-test-message.ts';
import { suppressEmail } from '../../server/src/services/clients/suppressions.ts';
import { DomainError } from '../../server/src/services/errors.ts';
import { answerRequest } from '../../server/src/services/feedback/answer-request.ts';
import { findRequestByToken } from '../../server/src/services/feedback/find-request-by-token.ts';
import { feedbackSendPolicy } from '../../server/src/services/feedback/send-policy.ts';
import { stampRequest } from '../../server/src/services/feedback/stamp-request.ts';
import { claimDueMessages, deliverMessage } from '../../server/src/services/outbox/index.ts';
import { recordSmsOptOut } from '../../server/src/services/sms/opt-outs.ts';
import { recordSmsDeliveryStatus } from '../../server/src/services/sms/record-sms-delivery-status.ts';
import { smsFeedbackSendPolicy } from '../../server/src/services/sms/sms-send-policy.ts';
import { isWithinSendingHours } from '../../server/src/sms/quiet-hours.ts';
import { insertClients, loadDemoWithLocation, template } from '../feedback/helpers.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { type FakeSmsServer, startFakeSmsServer } from '../support/fake-sms-server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

const actor = { userId: null, label: 'marketing@test', name: 'Mara' };
const settings = {
  publicUrl: 'https://rebound.example',
  fromAddress: 'no-reply@rebound.example',
  domain: 'rebound.example',
};
const creds = { accountSid: 'AC00000000000000000000000000000042', authToken: 'channels-token-42' };
const consent = { smsConsentAt: new Date('2026-01-05T10:00:00Z'), smsConsentSource: 'front desk' };
// A zone where it is daytime now, so texts are due at once rather than at 8:00 tomorrow.
const dayZone =
  ['Europe/London', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'].find((z) =>
    isWithinSendingHours(new Date(), z),
  ) ?? 'UTC';
const noSkips = {
  email: { suppressed: 0, noEmail: 0 },
  sms: { noConsent: 0, noPhone: 0, optedOut: 0 },
  unreached: 0,
};
const smsText = 'Hi {{firstName|there}}, how was your visit to {{locationName}}? Tell us here:';

describe.each(engines)('campaign channels and skip counts on %s', (engine) => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let fake: FakeSmsServer;
  let demo: Awaited<ReturnType<typeof loadDemoWithLocation>>;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    sink = await startSmtpSink();
    fake = await startFakeSmsServer(creds);
    demo = await loadDemoWithLocation(db.db);
  });
  afterAll(async () => {
    await db?.drop();
    await sink?.close();
    await fake?.close();
  });

  /** One client; `phone: true` gives a fresh valid number, consent adds a recorded SMS consent. */
  async function client(name: string, opts: { phone?: boolean; consent?: boolean } = {}) {
    seq += 1;
    const [id] = await insertClients(db.db, demo.orgId, [
      { name, email: `${name.toLowerCase()}.${engine}@client.example` },
    ]);
    if (!id) throw new Error('no client');
    const phone = opts.phone ? `+1555200${String(seq).padStart(4, '0')}` : null;
    await db.db
      .update(clients)
      .set({ phone, timeZone: dayZone, ...(opts.consent ? consent : {}) })
      .where(eq(clients.id, id));
    return { id, phone, email: `${name.toLowerCase()}.${engine}@client.example` };
  }

  const save = (clientIds: string[], channel: 'email' | 'sms' | 'both', smsTemplate = smsText) =>
    saveCampaign(
      db.db,
      demo.orgId,
      actor,
      {
        name: `${channel} campaign`,
        locationId: demo.locationId,
        scale: 'five',
        audience: { mode: 'list', clientIds },
        trackOpens: false,
        ratePerMinute: 100_000,
        frequencyCapDays: 90,
        channel,
        smsTemplate,
        ...template,
      },
      settings.publicUrl,
    );

  async function deliverAll() {
    const deps = {
      db: db.db,
      worker: 'channels-test',
      transport: createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent' }),
      policies: { feedback: feedbackSendPolicy, 'sms-feedback': smsFeedbackSendPolicy },
      sms: { ...creds, from: '+15559990000', messagingServiceSid: null, baseUrl: fake.url },
      log: createLogger('silent'),
    };
    try {
      for (let round = 0; round < 20; round += 1) {
        const claimed = await claimDueMessages(db.db, deps.worker, { limit: 50, leaseSeconds: 60 });
        if (!claimed.length) return;
        for (const m of claimed) await deliverMessage(deps, m);
      }
    } finally {
      await deps.transport.close();
    }
  }

  const requestOf = async (campaignId: string, clientId: string) => {
    const [row] = await db.db
      .select()
      .from(feedbackRequests)
      .where(and(eq(feedbackRequests.campaignId, campaignId), eq(feedbackRequests.clientId, clientId)));
    return row;
  };
  const tokenIn = (text: string, prefix: string) =>
    new RegExp(`${prefix}/([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? null;

  it('both channels: texts go only to consented, reachable numbers, e-mail only to unsuppressed addresses; every skip is counted by reason and kept on the campaign', async () => {
    const both = await client('Bea', { phone: true, consent: true });
    const noConsent = await client('Nico', { phone: true });
    const noPhone = await client('Pia', { consent: true });
    const stopped = await client('Otto', { phone: true, consent: true });
    const suppressed = await client('Sue', { phone: true, consent: true });
    await recordSmsOptOut(db.db, stopped.phone ?? '', 'STOP', 'SMstop');
    await suppressEmail(db.db, demo.orgId, suppressed.email, {
      reason: 'unsubscribed',
      source: 'test',
      actor,
    });
    // Sue stopped the e-mails, then agreed at the front desk to be texted: the suppression still holds.
    await db.db.update(clients).set({ consent: 'granted' }).where(eq(clients.id, suppressed.id));
    const ids = [both, noConsent, noPhone, stopped, suppressed].map((c) => c.id);
    const { campaignId } = await save(ids, 'both');

    const result = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    // 5 clients: 4 e-mails (Sue suppressed), 2 texts (Bea, Sue); nobody unreached.
    expect(result).toMatchObject({ queued: 5, emails: 4, texts: 2 });
    expect(result.skipped).toEqual({
      email: { suppressed: 1, noEmail: 0 },
      sms: { noConsent: 1, noPhone: 1, optedOut: 1 },
      unreached: 0,
    });
    const [stored] = await db.db
      .select({ launchSkips: campaigns.launchSkips })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId));
    expect(stored?.launchSkips).toEqual(result.skipped);

    await deliverAll();
    const bea = await requestOf(campaignId, both.id);
    expect(bea).toMatchObject({ phone: both.phone });
    expect(bea?.outboxId).toBeTruthy();
    expect(bea?.smsOutboxId).toBeTruthy();
    const texts = fake.received.filter((m) => m.form.To === both.phone);
    expect(texts).toHaveLength(1);
    const body = texts[0]?.form.Body ?? '';
    const [org] = await db.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, demo.orgId));
    // The text names the business first and says how to stop last.
    expect(body.startsWith(`${org?.name}: Hi Bea, how was your visit to `)).toBe(true);
    expect(body).toMatch(/\nReply STOP to opt out\.$/);
    // The text and the e-mail carry the same token: one link to the same page, whatever the channel.
    const mail = sink.messages.find((m) => m.text?.includes(`Hello Bea`));
    expect(tokenIn(body, '/s')).not.toBeNull();
    expect(tokenIn(mail?.text ?? '', '/f')).toBe(tokenIn(body, '/s'));
    for (const skipped of [noConsent, stopped])
      expect(fake.received.filter((m) => m.form.To === skipped.phone)).toHaveLength(0);
    expect(sink.envelopes.some((e) => e.to.includes(suppressed.email))).toBe(false);
    expect(fake.received.filter((m) => m.form.To === suppressed.phone)).toHaveLength(1);
  });

  it('text only: a client without consent is not asked at all and is counted; an e-mail suppression does not stop a consented text', async () => {
    const texted = await client('Tia', { phone: true, consent: true });
    const unsubscribed = await client('Uma', { phone: true, consent: true });
    const without = await client('Wes', { phone: true });
    await suppressEmail(db.db, demo.orgId, unsubscribed.email, {
      reason: 'unsubscribed',
      source: 'test',
      actor,
    });
    await db.db.update(clients).set({ consent: 'granted' }).where(eq(clients.id, unsubscribed.id));
    const { campaignId } = await save([texted.id, unsubscribed.id, without.id], 'sms');
    const result = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    expect(result).toMatchObject({ queued: 2, emails: 0, texts: 2 });
    expect(result.skipped).toEqual({ ...noSkips, sms: { ...noSkips.sms, noConsent: 1 }, unreached: 1 });
    expect(await requestOf(campaignId, without.id)).toBeUndefined();
    const mailRows = await db.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.orgId, demo.orgId), eq(outbox.channel, 'email'), eq(outbox.refId, campaignId)));
    expect(mailRows).toHaveLength(0);
    // A request only texted counts as sent once its text goes out, like one sent by e-mail.
    expect((await requestOf(campaignId, texted.id))?.sentAt ?? null).toBeNull();
    await deliverAll();
    expect((await requestOf(campaignId, texted.id))?.sentAt).toBeInstanceOf(Date);
    expect((await requestOf(campaignId, texted.id))?.status).toBe('sent');
  });

  it('e-mail only: suppressed clients are left out and shown as an e-mail skip; nobody is texted', async () => {
    const mailed = await client('Ed', { phone: true, consent: true });
    const gone = await client('Gus', { phone: true, consent: true });
    await suppressEmail(db.db, demo.orgId, gone.email, { reason: 'unsubscribed', source: 'test', actor });
    const { campaignId } = await save([mailed.id, gone.id], 'email', '');
    const result = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    expect(result).toMatchObject({ queued: 1, emails: 1, texts: 0, excluded: { suppressed: 1 } });
    expect(result.skipped).toEqual({ ...noSkips, email: { suppressed: 1, noEmail: 0 }, unreached: 1 });
    expect((await requestOf(campaignId, mailed.id))?.smsOutboxId).toBeNull();
  });

  it('a launch that would reach nobody is refused with the reasons, and the campaign stays a draft', async () => {
    const a = await client('Ann', { phone: true });
    const b = await client('Bob');
    const { campaignId } = await save([a.id, b.id], 'sms');
    const error = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(String(error.message)).toContain('1 without consent to texts, 1 without a mobile number');
    const [row] = await db.db
      .select({ status: campaigns.status })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId));
    expect(row?.status).toBe('draft');
  });

  it('a text template is checked on save: required when texting, no link field of its own, at most 3 segments', async () => {
    const c = await client('Cy', { phone: true, consent: true });
    const fieldErrorsOf = (e: unknown) => (e as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
    const empty = await save([c.id], 'sms', '  ').catch((e) => e);
    expect(fieldErrorsOf(empty).smsTemplate?.[0]).toMatch(/Write the words/);
    const withLink = await save([c.id], 'both', 'Tell us: {{feedbackUrl}}').catch((e) => e);
    expect(fieldErrorsOf(withLink).smsTemplate?.[0]).toMatch(/leave \{\{feedbackUrl\}\} out/);
    const long = await save([c.id], 'sms', 'Tell us how it went. '.repeat(25)).catch((e) => e);
    expect(fieldErrorsOf(long).smsTemplate?.[0]).toMatch(/takes \d+ messages \(GSM-7\)/);
    // An e-mail campaign ignores the text template entirely.
    await expect(save([c.id], 'email', '')).resolves.toHaveProperty('campaignId');
  });

  it('a text-only campaign needs no e-mail: saved without subject or body, it keeps none, launches and texts; a test e-mail is refused with the reason', async () => {
    const d = await client('Dee', { phone: true, consent: true });
    const { campaignId } = await saveCampaign(db.db, demo.orgId, actor, {
      name: 'texts only',
      locationId: demo.locationId,
      scale: 'five',
      audience: { mode: 'list', clientIds: [d.id] },
      trackOpens: false,
      ratePerMinute: 100_000,
      frequencyCapDays: 90,
      channel: 'sms',
      smsTemplate: smsText,
      subjectTemplate: '',
      bodyTemplate: '',
    });
    const [stored] = await db.db
      .select({ subject: campaigns.subjectTemplate, body: campaigns.bodyTemplate })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId));
    expect(stored).toEqual({ subject: '', body: '' });
    const test = await sendTestMessage(
      db.db,
      demo.orgId,
      { ...actor, email: 'mara@test.example' },
      campaignId,
      settings,
    ).catch((e) => e);
    expect(test).toBeInstanceOf(DomainError);
    expect(String(test.message)).toContain('this campaign sends text messages only');
    const result = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    expect(result).toMatchObject({ queued: 1, emails: 0, texts: 1 });
    await deliverAll();
    expect(fake.received.filter((m) => m.form.To === d.phone)).toHaveLength(1);
    // An e-mail campaign without its subject is refused on save, naming that field alone.
    const noSubject = await saveCampaign(db.db, demo.orgId, actor, {
      ...template,
      subjectTemplate: '',
      name: 'no subject',
      locationId: demo.locationId,
      scale: 'five',
      audience: { mode: 'list', clientIds: [d.id] },
      trackOpens: false,
      ratePerMinute: 60,
      frequencyCapDays: 90,
      channel: 'email',
      smsTemplate: '',
    }).catch((e) => e);
    expect(noSubject).toBeInstanceOf(DomainError);
    expect(Object.keys(noSubject.fieldErrors ?? {})).toEqual(['subjectTemplate']);
  });

  it('funnel by channel: queued, sent, delivered, failed, page opened and answered are counted per channel', async () => {
    const a = await client('Ava', { phone: true, consent: true });
    const b = await client('Ben', { phone: true, consent: true });
    const c = await client('Cat');
    const { campaignId } = await save([a.id, b.id, c.id], 'both');
    const launched = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    expect(launched).toMatchObject({ emails: 3, texts: 2 });
    const before = await campaignFunnel(db.db, demo.orgId, campaignId);
    expect(before.byChannel.sms).toMatchObject({ asked: 2, queued: 2, sent: 0 });
    expect(before.byChannel.email).toMatchObject({ asked: 3, queued: 3, sent: 0, delivered: null });

    await deliverAll();
    const sid = (phone: string | null) => fake.received.find((m) => m.form.To === phone)?.sid ?? '';
    await recordSmsDeliveryStatus(db.db, sid(a.phone), 'delivered');
    await recordSmsDeliveryStatus(db.db, sid(b.phone), 'undelivered');
    // Ava opens the page from her text and answers; Cat opens it from her e-mail and answers; Ben opens his
    // e-mail first and then his text: his visit stays an e-mail visit.
    const tokenOf = (text: string, prefix: string) => tokenIn(text, prefix) ?? '';
    const avaToken = tokenOf(fake.received.find((m) => m.form.To === a.phone)?.form.Body ?? '', '/s');
    const catMail = sink.messages.find((m) => m.text?.includes('Hello Cat'));
    const benMail = sink.messages.find((m) => m.text?.includes('Hello Ben'));
    const visit = async (token: string, via: 'sms' | 'email') => {
      if (via === 'sms') await recordTextVisit(db.db, token);
      const request = await findRequestByToken(db.db, token);
      if (!request) throw new Error('no request for token');
      await stampRequest(db.db, request, 'clickedAt');
      return request;
    };
    await answerRequest(db.db, await visit(avaToken, 'sms'), { score: 5, comment: '' }, settings);
    await answerRequest(
      db.db,
      await visit(tokenOf(catMail?.text ?? '', '/f'), 'email'),
      { score: 4, comment: '' },
      settings,
    );
    const benToken = tokenOf(benMail?.text ?? '', '/f');
    await visit(benToken, 'email');
    await visit(benToken, 'sms');

    const after = await campaignFunnel(db.db, demo.orgId, campaignId);
    // Texts: 2 asked, 2 sent, 1 delivered (Ava), 1 undelivered (Ben), 1 page visit and answer (Ava).
    expect(after.byChannel.sms).toEqual({
      asked: 2,
      queued: 0,
      sent: 2,
      delivered: 1,
      failed: 1,
      cancelled: 0,
      openedPage: 1,
      responded: 1,
    });
    // E-mail: 3 asked and sent, 2 page visits (Cat, Ben), 1 answer (Cat).
    expect(after.byChannel.email).toEqual({
      asked: 3,
      queued: 0,
      sent: 3,
      delivered: null,
      failed: 0,
      cancelled: 0,
      openedPage: 2,
      responded: 1,
    });
  });
});
