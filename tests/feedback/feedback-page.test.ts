import { load } from 'cheerio';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, recoveryCases } from '../../server/src/db/schema/index.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { demoLogin, insertClients, loadDemoWithLocation, sendFeedbackCampaign } from './helpers.ts';

describe.each(engines)('the public feedback page on %s', (engine) => {
  let server: TestServer;
  let sink: SmtpSink;
  let demo: Awaited<ReturnType<typeof loadDemoWithLocation>>;
  let campaignId = '';
  const tokens: Record<string, string> = {};
  const post = (token: string, body: string) =>
    fetch(`${server.url}/f/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  /** The review links a page offers, followed through the click counter to where they really go. */
  const offeredLinks = async (html: string) => {
    const hrefs = [...html.matchAll(/<a href="(\/f\/[^"]+\/go\/\d+)"[^>]*>([^<]*)<\/a>/g)];
    return Promise.all(
      hrefs.map(async ([, href, label]) => {
        const res = await fetch(`${server.url}${href}`, { redirect: 'manual' });
        return { label, status: res.status, location: res.headers.get('location') };
      }),
    );
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer(engine, { SMTP_URL: sink.url });
    demo = await loadDemoWithLocation(server.database.db);
    await insertClients(server.database.db, demo.orgId, [
      { name: 'Lola Low', email: 'low@client.example' },
      { name: 'Hank High', email: 'high@client.example' },
      { name: 'Quinn Quiet', email: 'quiet@client.example' },
    ]);
    const sent = await sendFeedbackCampaign(server, sink, {
      name: 'After the repair',
      locationId: demo.locationId,
    });
    campaignId = sent.campaignId;
    Object.assign(tokens, sent.tokens);
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it('shows a 1 to 5 question with a comment box, as plain HTML with no script, reachable without signing in', async () => {
    const res = await fetch(`${server.url}/f/${tokens['low@client.example']}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // The token is in the URL: neither the page nor the review sites it links to may receive it as a referrer.
    expect(load(html)('meta[name="referrer"]').attr('content')).toBe('no-referrer');
    expect(['same-origin', 'no-referrer']).toContain(res.headers.get('referrer-policy'));
    for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`name="score" value="${n}"`);
    expect(html).toContain('<textarea');
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    expect(html).not.toMatch(/gift|discount|reward|coupon|voucher|prize/i);
  });

  it('a low score and a high score are offered exactly the same public review links', async () => {
    const low = await (
      await post(tokens['low@client.example'] ?? '', 'score=1&comment=It+took+far+too+long')
    ).text();
    const high = await (await post(tokens['high@client.example'] ?? '', 'score=5&comment=Great')).text();
    const lowLinks = await offeredLinks(low);
    const highLinks = await offeredLinks(high);
    expect(lowLinks).toEqual(highLinks);
    expect(lowLinks.map((l) => [l.label, l.status, l.location])).toEqual(
      demo.reviewLinks.map((l) => [l.label, 302, l.url]),
    );
    // Not only the links: the whole page after answering reads the same, token aside.
    const strip = (html: string) => html.replace(/\/f\/[A-Za-z0-9_-]{43}/g, '/f/T');
    expect(strip(low)).toBe(strip(high));
  });

  it('a low score opens a recovery case for that client and queues an alert to the owner; a high score does neither', async () => {
    const cases = await server.database.db
      .select({ clientId: recoveryCases.clientId, title: recoveryCases.title })
      .from(recoveryCases)
      .where(eq(recoveryCases.orgId, demo.orgId));
    expect(cases).toHaveLength(1);
    expect(cases[0]?.title).toMatch(/Lola Low: 1 of 5/);
    const alerts = await server.database.db
      .select({ to: outbox.toAddress, subject: outbox.subject })
      .from(outbox)
      .where(and(eq(outbox.orgId, demo.orgId), eq(outbox.kind, 'alert')));
    expect(alerts).toEqual([{ to: demoLogin('owner').email, subject: 'Unhappy feedback from Lola Low' }]);
  });

  it('the click counter redirects only to configured links: any other index is a 404, never a redirect', async () => {
    const token = tokens['quiet@client.example'] ?? '';
    for (const n of ['2', '99', '-1', 'abc', '1e3']) {
      const res = await fetch(`${server.url}/f/${token}/go/${n}`, { redirect: 'manual' });
      expect(res.status).toBe(404);
    }
    const bad = await fetch(`${server.url}/f/${'A'.repeat(43)}/go/0`, { redirect: 'manual' });
    expect(bad.status).toBe(404);
  });

  it('an out-of-range score is refused with the form shown again and nothing recorded', async () => {
    const res = await post(tokens['quiet@client.example'] ?? '', 'score=9');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Choose a score from 1 to 5/);
  });

  it('the funnel counts sent, opened (pixel), clicked, answered and public-link clicks', async () => {
    await fetch(`${server.url}/f/${tokens['high@client.example']}/o.gif`);
    const login = demoLogin('manager');
    const { client } = await signedInClient(server.url, login.email, login.password);
    const funnel = await client.campaigns.funnel.query({ campaignId });
    expect(funnel).toMatchObject({
      asked: 3,
      sent: 3,
      opened: 1,
      clicked: 3,
      answered: 2,
      publicClicked: 2,
      unhappy: 1,
    });
    const overall = await client.campaigns.funnel.query({});
    expect(overall.asked).toBe(3);
    const trail = await client.campaigns.requests.query({ campaignId });
    expect(trail.map((r) => r.askedBy)).toEqual([
      demoLogin('marketing').email,
      demoLogin('marketing').email,
      demoLogin('marketing').email,
    ]);
  });
});
