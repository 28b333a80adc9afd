import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { MailInputError } from '../../server/src/mail/errors.ts';
import {
  buildFeedbackRequest,
  buildNotice,
  type OutgoingMail,
  toRawMessage,
} from '../../server/src/mail/message.ts';
import { feedbackInput, headerValue, hostileNames } from './fixtures.ts';

function expectInputError(build: () => unknown, pattern: RegExp): void {
  expect(build).toThrow(MailInputError);
  expect(build).toThrow(pattern);
}

describe('buildFeedbackRequest', () => {
  it('derives a deterministic Message-ID from the idempotency key and domain', () => {
    const first = buildFeedbackRequest(feedbackInput());
    const second = buildFeedbackRequest(feedbackInput());
    expect(first.messageId).toBe('<feedback-req-0001@rebound.example>');
    expect(second.messageId).toBe(first.messageId);
  });

  it('encodes unsafe key characters so distinct keys keep distinct Message-IDs', () => {
    const slash = buildFeedbackRequest(feedbackInput({ idempotencyKey: 'org/1:req 2' })).messageId;
    const plain = buildFeedbackRequest(feedbackInput({ idempotencyKey: 'org_1_req_2' })).messageId;
    expect(slash).toBe('<org=2F1=3Areq=202@rebound.example>');
    expect(slash).not.toBe(plain);
  });

  it('puts the unsubscribe link and the postal address in both parts and the open pixel only in html', () => {
    const mail = buildFeedbackRequest(feedbackInput());
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('https://rebound.example/u/tok_123');
      expect(body).toContain('48 Maple Street');
      expect(body).toContain('Portland, OR 97205');
      expect(body).toContain('https://rebound.example/f/tok_123');
    }
    expect(mail.html).toContain('<a href="https://rebound.example/u/tok_123">');
    expect(mail.html).toContain('<img src="https://rebound.example/o/tok_123.gif"');
    expect(mail.text).not.toContain('/o/tok_123');
    expect(mail.listUnsubscribeUrl).toBe('https://rebound.example/u/tok_123');
  });

  it('fills names from the client and uses the fallback when the client has no name', () => {
    expect(buildFeedbackRequest(feedbackInput()).subject).toBe('How did we do, Dana?');
    const anonymous = buildFeedbackRequest(
      feedbackInput({ client: { name: null, email: 'x@client.example' } }),
    );
    expect(anonymous.subject).toBe('How did we do, there?');
    expect(anonymous.to).toEqual({ name: null, address: 'x@client.example' });
  });

  it('adds the feedback link when the body template forgot it', () => {
    const mail = buildFeedbackRequest(
      feedbackInput({ bodyTemplate: 'Hello {{firstName}}, tell us how we did.' }),
    );
    expect(mail.text).toContain('https://rebound.example/f/tok_123');
    expect(mail.html).toContain('<a href="https://rebound.example/f/tok_123">');
  });

  it('does not let a caller field replace the feedback link', () => {
    const mail = buildFeedbackRequest(feedbackInput({ fields: { feedbackUrl: 'https://evil.example/' } }));
    expect(mail.text).not.toContain('evil.example');
    expect(mail.html).not.toContain('evil.example');
  });

  it('escapes template wording and hostile values in the html part', () => {
    const mail = buildFeedbackRequest(
      feedbackInput({
        client: { name: hostileNames.script, email: 'dana@client.example' },
        fields: { locationName: hostileNames.attribute },
        bodyTemplate: '<b>Hi</b> {{clientName}} from {{locationName}} {{feedbackUrl}}',
      }),
    );
    expect(mail.html).not.toMatch(/<script|<img src=x|<b>/i);
    expect(mail.html).toContain('&lt;b&gt;Hi&lt;/b&gt;');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shortens a 5,000-character name in the header and the body', () => {
    const mail = buildFeedbackRequest(
      feedbackInput({ client: { name: hostileNames.long, email: 'a@client.example' } }),
    );
    expect(mail.to.name?.length).toBeLessThanOrEqual(120);
    expect(mail.to.name?.endsWith('…')).toBe(true);
    expect(mail.text.length).toBeLessThan(1_500);
  });

  it.each([
    [
      'an http unsubscribe link',
      { unsubscribeUrl: 'http://rebound.example/u/1' },
      /Unsubscribe URL must be an https URL/,
    ],
    [
      'a javascript feedback link',
      { feedbackUrl: 'javascript:alert(1)' },
      /Feedback URL must be an https URL/,
    ],
    [
      'a recipient with two addresses',
      { client: { name: 'x', email: 'a@b.example, c@d.example' } },
      /Recipient address/,
    ],
    [
      'a missing postal address',
      { business: { ...feedbackInput().business, postalAddress: ' \n ' } },
      /postal address/,
    ],
    ['wording that offers a reward', { bodyTemplate: 'Review us and get a $10 gift card' }, /incentive/],
    ['a Message-ID domain with a newline', { domain: 'rebound.example\r\nBcc: x@y' }, /domain/],
  ])('refuses %s', (_label, overrides, pattern) => {
    expectInputError(() => buildFeedbackRequest(feedbackInput(overrides)), pattern);
  });

  it('accepts plain http links on loopback, as the embedded mode uses', () => {
    const mail = buildFeedbackRequest(
      feedbackInput({
        feedbackUrl: 'http://localhost:3000/f/1',
        unsubscribeUrl: 'http://127.0.0.1:3000/u/1',
      }),
    );
    expect(mail.listUnsubscribeUrl).toBe('http://127.0.0.1:3000/u/1');
  });
});

describe('buildNotice', () => {
  it('builds an escaped html part from the text and marks the mail as auto-generated', () => {
    const mail = buildNotice({
      to: { name: 'Owner', address: 'owner@biz.example' },
      from: { name: 'Rebound', address: 'alerts@rebound.example' },
      subject: 'New 1-star review\r\nBcc: x@y.example',
      text: 'A review needs you:\n\n"<img src=x onerror=alert(1)> terrible"',
      idempotencyKey: 'alert-9',
      domain: 'rebound.example',
    });
    expect(mail.subject).toBe('New 1-star review Bcc: x@y.example');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src&#61;x onerror&#61;alert(1)&gt;');
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated' });
  });
});

describe('toRawMessage', () => {
  it('writes the one-click unsubscribe headers, Message-ID, Date, From and To', async () => {
    const mail = buildFeedbackRequest(feedbackInput({ unsubscribeMailto: 'unsubscribe@rebound.example' }));
    const raw = await toRawMessage({ ...mail, date: new Date('2025-03-04T05:06:07Z') });
    const parsed = await simpleParser(raw);
    expect(headerValue(parsed, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerValue(parsed, 'List-Unsubscribe')).toBe(
      '<https://rebound.example/u/tok_123>, <mailto:unsubscribe@rebound.example?subject=unsubscribe>',
    );
    expect(parsed.messageId).toBe('<feedback-req-0001@rebound.example>');
    expect(parsed.date?.toISOString()).toBe('2025-03-04T05:06:07.000Z');
    expect(parsed.from?.value).toEqual([
      { name: 'Maple Street Dental', address: 'care@maple-dental.example' },
    ]);
    expect(parsed.replyTo?.value[0]?.address).toBe('frontdesk@maple-dental.example');
  });

  it('re-checks a hand-built message: a smuggled recipient in a name stays a name', async () => {
    const handBuilt: OutgoingMail = {
      to: { name: 'Eve\r\nBcc: spy@evil.example', address: 'eve@client.example' },
      from: { name: 'Shop\nCc: spy@evil.example', address: 'shop@biz.example' },
      subject: 'Hi\r\nBcc: spy@evil.example',
      text: 'x',
      html: '<p>x</p>',
      messageId: '<n1@rebound.example>',
    };
    const parsed = await simpleParser(await toRawMessage(handBuilt));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.cc).toBeUndefined();
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((t) => t?.value ?? []).map((v) => v.address)).toEqual(['eve@client.example']);
    expect(parsed.subject).toBe('Hi Bcc: spy@evil.example');
  });

  it.each([
    ['a reserved header', { headers: { Bcc: 'spy@evil.example' } }, /cannot be set/],
    ['a header name with a colon', { headers: { 'X-A: b\r\nBcc': 'x' } }, /cannot be set/],
    ['a malformed Message-ID', { messageId: '<a b@c>\r\nBcc: x' }, /Message-ID/],
    [
      'a to address with a newline',
      { to: { name: null, address: 'a@b.example\r\nBcc: x@y.example' } },
      /Recipient/,
    ],
  ])('rejects %s', async (_label, overrides, pattern) => {
    const mail = { ...buildFeedbackRequest(feedbackInput()), ...overrides } as OutgoingMail;
    await expect(toRawMessage(mail)).rejects.toThrow(pattern);
  });

  it('flattens line breaks in custom header values', async () => {
    const mail = {
      ...buildFeedbackRequest(feedbackInput()),
      headers: { 'X-Campaign': 'spring\r\nBcc: x@y.example' },
    };
    const parsed = await simpleParser(await toRawMessage(mail));
    expect(parsed.headers.get('x-campaign')).toBe('spring Bcc: x@y.example');
    expect(parsed.bcc).toBeUndefined();
  });
});
