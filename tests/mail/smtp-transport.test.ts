import net from 'node:net';
import type { AddressObject, ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFeedbackRequest, buildNotice } from '../../server/src/mail/message.ts';
import { createMailTransport, type MailTransport } from '../../server/src/mail/transport.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { feedbackInput, headerValue, hostileNames } from './fixtures.ts';

const opened: { sink?: SmtpSink; transport?: MailTransport }[] = [];

async function open(opts?: Parameters<typeof startSmtpSink>[0]) {
  const sink = await startSmtpSink(opts);
  const transport = createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent-unused' });
  opened.push({ sink, transport });
  return { sink, transport };
}

afterEach(async () => {
  for (const { sink, transport } of opened.splice(0)) {
    await transport?.close();
    await sink?.close();
  }
});

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((v) => v.address ?? ''));
}

function only(messages: ParsedMail[]): ParsedMail {
  expect(messages).toHaveLength(1);
  const [message] = messages;
  if (!message) throw new Error('no message received');
  return message;
}

describe('SMTP transport', () => {
  it('delivers a feedback request with one-click unsubscribe headers and its deterministic Message-ID', async () => {
    const { sink, transport } = await open();
    expect(transport.kind).toBe('smtp');
    const result = await transport.send(buildFeedbackRequest(feedbackInput()));
    expect(result).toMatchObject({ ok: true });

    const message = only(sink.messages);
    expect(headerValue(message, 'List-Unsubscribe')).toBe('<https://rebound.example/u/tok_123>');
    expect(headerValue(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(message.messageId).toBe('<feedback-req-0001@rebound.example>');
    expect(message.date).toBeInstanceOf(Date);
    expect(Math.abs((message.date?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(message.from?.value).toEqual([
      { name: 'Maple Street Dental', address: 'care@maple-dental.example' },
    ]);
    expect(addresses(message.to)).toEqual(['dana@client.example']);
    expect(sink.envelopes).toEqual([{ from: 'care@maple-dental.example', to: ['dana@client.example'] }]);

    expect(message.text).toContain('https://rebound.example/u/tok_123');
    expect(message.text).toContain('48 Maple Street');
    expect(message.html).toContain('href="https://rebound.example/u/tok_123"');
    expect(message.html).toContain('48 Maple Street');
    expect(message.html).toContain('<img src="https://rebound.example/o/tok_123.gif"');
  });

  it('keeps hostile merge fields harmless: escaped html, one recipient, no smuggled Bcc', async () => {
    const { sink, transport } = await open();
    const mail = buildFeedbackRequest(
      feedbackInput({
        client: { name: hostileNames.headerSmuggle, email: 'dana@client.example' },
        subjectTemplate: 'For {{clientName}} at {{locationName}}',
        bodyTemplate: 'Hi {{clientName}} / {{locationName}} / {{senderName}}\n{{feedbackUrl}}',
        fields: { locationName: hostileNames.script, senderName: hostileNames.attribute },
      }),
    );
    expect(await transport.send(mail)).toMatchObject({ ok: true });

    const message = only(sink.messages);
    expect(sink.envelopes[0]?.to).toEqual(['dana@client.example']);
    expect(addresses(message.to)).toEqual(['dana@client.example']);
    expect(message.bcc).toBeUndefined();
    expect(message.cc).toBeUndefined();
    expect(message.headerLines.some((h) => h.key === 'bcc')).toBe(false);
    expect(message.subject).toBe('For Evil Bcc: x@y.example at <script>alert(1)</script>');

    const html = message.html || '';
    expect(html).not.toMatch(/<script|<img src=x|onerror=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;');
  });

  it('delivers a 5,000-character name shortened, with every header line within the RFC limit', async () => {
    const { sink, transport } = await open();
    const mail = buildFeedbackRequest(
      feedbackInput({ client: { name: hostileNames.long, email: 'a@client.example' } }),
    );
    expect(await transport.send(mail)).toMatchObject({ ok: true });

    const message = only(sink.messages);
    const toName = (Array.isArray(message.to) ? message.to[0] : message.to)?.value[0]?.name ?? '';
    expect(toName.length).toBeLessThanOrEqual(120);
    expect(toName.startsWith('AAAA')).toBe(true);
    const lines = (sink.raw[0]?.toString('latin1') ?? '').split('\r\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(998);
  });

  it('delivers an RTL name intact but without the right-to-left override character', async () => {
    const { sink, transport } = await open();
    const mail = buildFeedbackRequest(
      feedbackInput({ client: { name: hostileNames.rtl, email: 'sara@client.example' } }),
    );
    expect(await transport.send(mail)).toMatchObject({ ok: true });

    const message = only(sink.messages);
    const toName = (Array.isArray(message.to) ? message.to[0] : message.to)?.value[0]?.name;
    expect(toName).toBe('שרה כהן');
    expect(message.subject).toBe('How did we do, שרה?');
    for (const part of [message.subject, message.text, message.html || ''])
      expect(part).not.toContain('\u202e');
    expect(message.html).toContain('<bdi>שרה</bdi>');
  });

  it('reports a 550 recipient rejection as a permanent failure and delivers nothing', async () => {
    const { sink, transport } = await open({ rejectRecipients: /@gone\.example$/ });
    const mail = buildFeedbackRequest(
      feedbackInput({ client: { name: 'Gone', email: 'user@gone.example' } }),
    );
    const result = await transport.send(mail);
    expect(result).toMatchObject({ ok: false, permanent: true });
    expect(result.response).toMatch(/550/);
    expect(sink.messages).toHaveLength(0);
  });

  it('reports a 451 as a temporary failure, and the retry of the same message is delivered', async () => {
    const { sink, transport } = await open({ tempFailFirst: 1 });
    const mail = buildFeedbackRequest(feedbackInput());
    const first = await transport.send(mail);
    expect(first).toMatchObject({ ok: false, permanent: false });
    expect(first.response).toMatch(/451/);
    expect(await transport.send(mail)).toMatchObject({ ok: true });
    expect(only(sink.messages).messageId).toBe('<feedback-req-0001@rebound.example>');
  });

  it('reports a refused connection as a temporary failure', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const transport = createMailTransport({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      outboxDir: '/nonexistent-unused',
    });
    opened.push({ transport });
    const result = await transport.send(buildFeedbackRequest(feedbackInput()));
    expect(result).toMatchObject({ ok: false, permanent: false });
  });

  it('reports a message that cannot be built as a permanent failure without connecting', async () => {
    const { sink, transport } = await open();
    const mail = { ...buildFeedbackRequest(feedbackInput()), headers: { Bcc: 'spy@evil.example' } };
    expect(await transport.send(mail)).toMatchObject({ ok: false, permanent: true });
    expect(sink.messages).toHaveLength(0);
  });

  it('sends an alert notice as auto-generated mail with an escaped html part', async () => {
    const { sink, transport } = await open();
    const notice = buildNotice({
      to: { name: 'Owner', address: 'owner@biz.example' },
      from: { name: 'Rebound alerts', address: 'alerts@rebound.example' },
      subject: 'New 1-star review on Google',
      text: 'Review by <b>Sam</b>:\n\n"Awful <script>x</script>"',
      idempotencyKey: 'alert-42',
      domain: 'rebound.example',
    });
    expect(await transport.send(notice)).toMatchObject({ ok: true });
    const message = only(sink.messages);
    expect(headerValue(message, 'Auto-Submitted')).toBe('auto-generated');
    expect(headerValue(message, 'List-Unsubscribe')).toBeUndefined();
    expect(message.html).not.toMatch(/<b>|<script/);
    expect(message.text).toContain('Review by <b>Sam</b>:');
  });
});
