import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressions } from '../../server/src/db/schema/index.ts';
import { headerValue } from '../mail/fixtures.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { demoLogin, drainOutbox, insertClients, loadDemoWithLocation, template, tokenIn } from './helpers.ts';

const hostile = {
  html: '<script>alert(1)</script><img src=x onerror=alert(2)>',
  header: 'Evil\r\nBcc: victim@attacker.example',
  long: 'Ω'.repeat(5000),
  rtl: '\u202eשרה כהן',
};

describe.each(engines)('feedback request email compliance on %s', (engine) => {
  let server: TestServer;
  let sink: SmtpSink;
  let orgId: string;
  const mailFor = (address: string) => {
    const found = sink.messages.find(
      (m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address,
    );
    if (!found) throw new Error(`no message for ${address}`);
    return found;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer(engine, { SMTP_URL: sink.url });
    const demo = await loadDemoWithLocation(server.database.db);
    orgId = demo.orgId;
    await insertClients(server.database.db, orgId, [
      { name: 'Plain Person', email: 'plain@client.example' },
      { name: hostile.html, email: 'html@client.example' },
      { name: hostile.header, email: 'header@client.example' },
      { name: hostile.long, email: 'long@client.example' },
      { name: hostile.rtl, email: 'rtl@client.example' },
      { name: 'One Click', email: 'oneclick@client.example' },
      { name: 'Page Visitor', email: 'page@client.example' },
    ]);
    const login = demoLogin('marketing');
    const { client } = await signedInClient(server.url, login.email, login.password);
    const { campaignId } = await client.campaigns.save.mutate({
      name: 'Spring check-in',
      locationId: demo.locationId,
      audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
      ratePerMinute: 100_000,
      ...template,
    });
    const launched = await client.campaigns.launch.mutate({ campaignId });
    expect(launched.queued).toBe(7);
    await drainOutbox(server.database.db, sink.url);
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it('every message carries RFC 8058 one-click headers pointing at this server over the unsubscribe path', () => {
    expect(sink.messages).toHaveLength(7);
    for (const m of sink.messages) {
      const listUnsubscribe = headerValue(m, 'List-Unsubscribe') ?? '';
      expect(listUnsubscribe).toMatch(new RegExp(`^<${server.url}/u/[A-Za-z0-9_-]{43}>$`));
      expect(headerValue(m, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(m.messageId).toMatch(/^<feedback\..+@rebound\.localhost>$/);
    }
  });

  it('every message shows the postal address and a visible unsubscribe link in both parts', () => {
    for (const m of sink.messages) {
      expect(m.text).toContain('12 Harbour Lane, Portside PS1 2AB');
      expect(m.html).toContain('12 Harbour Lane, Portside PS1 2AB');
      expect(m.text).toMatch(/unsubscribe here: http:\/\/127\.0\.0\.1:\d+\/u\//);
      expect(m.html).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/u\/[^"]+">unsubscribe here<\/a>/);
    }
  });

  it('hostile names come out escaped, on one line, bounded, without bidi overrides, and add no recipient', () => {
    const html = mailFor('html@client.example');
    expect(html.html).not.toMatch(/<script|<img src=x/);
    expect(html.html).toContain('&lt;script&gt;');
    const header = mailFor('header@client.example');
    expect(header.bcc).toBeUndefined();
    expect(sink.envelopes.every((e) => e.to.length === 1 && !e.to.includes('victim@attacker.example'))).toBe(
      true,
    );
    expect(header.subject).not.toMatch(/[\r\n]/);
    const long = mailFor('long@client.example');
    expect((long.text ?? '').length).toBeLessThan(4000);
    const rtl = mailFor('rtl@client.example');
    expect(rtl.text).toContain('שרה');
    expect(`${rtl.text}${rtl.html}${rtl.subject}`).not.toContain('\u202e');
  });

  it('visiting the unsubscribe link (GET) only shows a confirmation page and suppresses nobody', async () => {
    const token = tokenIn(mailFor('page@client.example').text ?? '');
    const res = await fetch(`${server.url}/u/${token}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<form method="post" action="\/u\//);
    expect(page).not.toMatch(/<script/);
    const rows = await server.database.db.select().from(suppressions).where(eq(suppressions.orgId, orgId));
    expect(rows).toHaveLength(0);
  });

  it('the confirmation page button (POST) suppresses the client', async () => {
    const token = tokenIn(mailFor('page@client.example').text ?? '');
    const res = await fetch(`${server.url}/u/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(200);
    const rows = await server.database.db.select().from(suppressions).where(eq(suppressions.orgId, orgId));
    expect(rows.map((r) => [r.email, r.source])).toContainEqual(['page@client.example', 'unsubscribe-page']);
  });

  it('the one-click POST from the List-Unsubscribe header suppresses the client', async () => {
    const url = (headerValue(mailFor('oneclick@client.example'), 'List-Unsubscribe') ?? '').replace(
      /^<|>$/g,
      '',
    );
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    const rows = await server.database.db.select().from(suppressions).where(eq(suppressions.orgId, orgId));
    expect(rows.map((r) => [r.email, r.source])).toContainEqual(['oneclick@client.example', 'one-click']);
  });

  it('an unknown or malformed unsubscribe token is a 404 and changes nothing', async () => {
    const before = await server.database.db.select().from(suppressions);
    for (const token of ['x'.repeat(43), '../../etc/passwd', 'short']) {
      const res = await fetch(`${server.url}/u/${encodeURIComponent(token)}`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
      });
      expect(res.status).toBe(404);
    }
    expect(await server.database.db.select().from(suppressions)).toHaveLength(before.length);
  });
});
