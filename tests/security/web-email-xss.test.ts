import { load } from 'cheerio';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildFeedbackRequest, buildNotice, toRawMessage } from '../../server/src/mail/index.ts';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "<a href='javascript:alert(1)'>click</a>",
  '\u202Eevil',
];
const hostile = payloads.join(' ');

/** Markup an attacker would need in the HTML part; escaped text never contains these. */
const activeMarkup = [
  /<script/i,
  /<img[^>]*onerror/i,
  /<svg/i,
  /\sonload=/i,
  /\sonerror=/i,
  /href=["']?javascript:/i,
];

async function htmlAndText(raw: Buffer) {
  const parsed = await simpleParser(raw);
  return {
    html: typeof parsed.html === 'string' ? parsed.html : '',
    text: parsed.text ?? '',
    subject: parsed.subject ?? '',
  };
}

function assertInert(html: string) {
  for (const pattern of activeMarkup) expect(html, `HTML part matches ${pattern}`).not.toMatch(pattern);
}

describe('hostile text in emails', () => {
  it('a feedback request carries a hostile client name, business name and template text as escaped text only', async () => {
    const mail = buildFeedbackRequest({
      client: { name: `Eve ${payloads[1]}`, email: 'eve@example.com' },
      business: {
        name: `Shop ${payloads[0]}`,
        postalAddress: `1 Road ${payloads[2]}`,
        fromAddress: 'shop@example.com',
      },
      subjectTemplate: 'How did we do, {{firstName}}?',
      bodyTemplate: `Hello {{clientName}},\n\n${hostile}\n\nTell us: {{feedbackUrl}}\n\n{{businessName}}`,
      fields: { locationName: payloads[3] ?? '' },
      feedbackUrl: 'https://rebound.example/f/abc',
      unsubscribeUrl: 'https://rebound.example/u/abc',
      idempotencyKey: 'xss-feedback-1',
      domain: 'rebound.example',
    });
    const { html, text } = await htmlAndText(await toRawMessage(mail));
    assertInert(html);
    // Read as a browser would: the payloads are words on the page, not elements.
    const shown = load(html).text();
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain('<img src=x onerror=alert(1)>');
    expect(load(html)('script, img[onerror], svg').length).toBe(0);
    // The text part keeps the words as the customer wrote them.
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('an alert notice quoting a hostile review keeps the review as text in the HTML part', async () => {
    const mail = buildNotice({
      to: { name: 'Olivia <b>Owner</b>', address: 'owner@example.com' },
      from: { name: 'Rebound', address: 'alerts@example.com' },
      subject: `New 1-star review: ${payloads[0]}`,
      text: `A new review needs you.\n\n“${hostile}”\n\n${'A'.repeat(10_000)}`,
      idempotencyKey: 'xss-alert-1',
      domain: 'rebound.example',
    });
    const { html, text, subject } = await htmlAndText(await toRawMessage(mail));
    assertInert(html);
    expect(load(html).text()).toContain('"><svg onload=alert(1)>');
    expect(load(html)('script, img[onerror], svg, a[href^="javascript"]').length).toBe(0);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(subject).toContain('<script>alert(1)</script>');
  });
});
