import { load } from 'cheerio';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations, organizations } from '../../server/src/db/schema/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { insertClients, loadDemoWithLocation, sendFeedbackCampaign } from './helpers.ts';

const script = '<script>alert(1)</script>';
const attribute = '"onmouseover=alert(1) x="';
const businessName = `Shop ${script} ${attribute}`;
const linkLabel = `Reviews ${attribute}${script}`;
const comment = `${script} ${attribute}`;

/** The raw body holds the payloads only as entities, and a parser finds them as text, never as markup. */
function expectEscaped(res: Response, html: string) {
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-robots-tag')).toBe('noindex');
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(html).not.toContain(script);
  expect(html).not.toContain('"onmouseover=');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&quot;onmouseover=alert(1) x=&quot;');
  const $ = load(html);
  expect($('script').length).toBe(0);
  expect($('[onmouseover], [x]').length).toBe(0);
  return $;
}

// Rendering does not depend on the database engine, so PGlite alone is enough here.
describe('hostile names and comments on the public pages', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let tokens: Record<string, string> = {};
  const send = (path: string, body: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer('pglite', { SMTP_URL: sink.url });
    const { db } = server.database;
    const demo = await loadDemoWithLocation(db);
    await db.update(organizations).set({ name: businessName }).where(eq(organizations.id, demo.orgId));
    await db
      .update(locations)
      .set({ reviewLinks: [{ label: linkLabel, url: 'https://reviews.example/shop' }] })
      .where(eq(locations.id, demo.locationId));
    await insertClients(db, demo.orgId, [
      { name: 'Ada Answer', email: 'answer@client.example' },
      { name: 'Una Unsubscribe', email: 'unsubscribe@client.example' },
      { name: 'Tex Text', email: 'text@client.example' },
    ]);
    ({ tokens } = await sendFeedbackCampaign(server, sink, {
      name: 'After the visit',
      locationId: demo.locationId,
    }));
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it('the feedback page, its refused answer and its thank-you page show the business name and link label as text', async () => {
    const token = tokens['answer@client.example'] ?? '';
    const form = await fetch(`${server.url}/f/${token}`);
    expect(form.status).toBe(200);
    const $form = expectEscaped(form, await form.text());
    expect($form('title').text()).toBe(`Feedback for ${businessName}`);
    expect($form('h1').text()).toBe(`How satisfied were you with ${businessName}?`);
    expect($form('ul.links a').text()).toBe(linkLabel);

    const refused = await send(`/f/${token}`, new URLSearchParams({ score: '9', comment }).toString());
    expect(refused.status).toBe(400);
    expectEscaped(refused, await refused.text());

    const thanks = await send(`/f/${token}`, new URLSearchParams({ score: '2', comment }).toString());
    expect(thanks.status).toBe(200);
    const $thanks = expectEscaped(thanks, await thanks.text());
    expect($thanks('main p').first().text()).toBe(`${businessName} reads every answer.`);
    expect($thanks('ul.links a').text()).toBe(linkLabel);
  });

  it('the unsubscribe confirmation and the unsubscribed page show the business name as text', async () => {
    const token = tokens['unsubscribe@client.example'] ?? '';
    const confirm = await fetch(`${server.url}/u/${token}`);
    expect(confirm.status).toBe(200);
    const $confirm = expectEscaped(confirm, await confirm.text());
    expect($confirm('h1').text()).toBe(`Stop emails from ${businessName}?`);
    expect($confirm('form').attr('action')).toBe(`/u/${token}`);

    const done = await send(`/u/${token}`, '');
    expect(done.status).toBe(200);
    const $done = expectEscaped(done, await done.text());
    expect($done('main p').text()).toBe(
      `${businessName} will not send feedback requests to unsubscribe@client.example again.`,
    );
  });

  it('the text link lands on the same feedback page, with the business name as text', async () => {
    const token = tokens['text@client.example'] ?? '';
    const hop = await fetch(`${server.url}/s/${token}`, { redirect: 'manual' });
    expect([hop.status, hop.headers.get('location')]).toEqual([302, `/f/${token}`]);
    expect([hop.headers.get('cache-control'), hop.headers.get('x-robots-tag')]).toEqual([
      'no-store',
      'noindex',
    ]);
    const res = await fetch(`${server.url}/s/${token}`);
    expect(res.redirected).toBe(true);
    expect(new URL(res.url).pathname).toBe(`/f/${token}`);
    expect(res.status).toBe(200);
    const $ = expectEscaped(res, await res.text());
    expect($('h1').text()).toBe(`How satisfied were you with ${businessName}?`);
    expect($('ul.links a').text()).toBe(linkLabel);
  });
});
