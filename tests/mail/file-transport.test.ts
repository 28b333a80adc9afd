import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeedbackRequest, buildNotice } from '../../server/src/mail/message.ts';
import { createMailTransport, listOutboxFiles, readOutboxFile } from '../../server/src/mail/transport.ts';
import { feedbackInput, headerValue } from './fixtures.ts';

let outboxDir = '';

beforeEach(async () => {
  outboxDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'rebound-outbox-')), 'outbox');
});

afterEach(async () => {
  await rm(path.dirname(outboxDir), { recursive: true, force: true });
});

describe('file transport', () => {
  it('writes one parseable .eml per message, named after its Message-ID', async () => {
    const transport = createMailTransport({ smtpUrl: null, outboxDir });
    expect(transport.kind).toBe('file');
    expect(await transport.send(buildFeedbackRequest(feedbackInput()))).toMatchObject({ ok: true });

    expect(await readdir(outboxDir)).toEqual(['feedback-req-0001@rebound.example.eml']);
    const parsed = await simpleParser(
      await readFile(path.join(outboxDir, 'feedback-req-0001@rebound.example.eml')),
    );
    expect(parsed.messageId).toBe('<feedback-req-0001@rebound.example>');
    expect(headerValue(parsed, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(parsed.text).toContain('https://rebound.example/u/tok_123');
  });

  it('keeps the first copy when the same Message-ID is sent again, even concurrently', async () => {
    const transport = createMailTransport({ outboxDir });
    const first = buildFeedbackRequest(feedbackInput({ subjectTemplate: 'First copy' }));
    const retry = buildFeedbackRequest(feedbackInput({ subjectTemplate: 'Second copy' }));
    expect(await transport.send(first)).toMatchObject({ ok: true });
    const results = await Promise.all([transport.send(retry), transport.send(retry), transport.send(retry)]);
    for (const result of results)
      expect(result).toMatchObject({ ok: true, response: expect.stringMatching(/already/) });

    expect(await readdir(outboxDir)).toEqual(['feedback-req-0001@rebound.example.eml']);
    const [entry] = await listOutboxFiles(outboxDir);
    expect(entry?.subject).toBe('First copy');
  });

  it('writes exactly one file when the first sends of a Message-ID race each other', async () => {
    const transport = createMailTransport({ outboxDir });
    const mail = buildFeedbackRequest(feedbackInput());
    const results = await Promise.all(Array.from({ length: 8 }, () => transport.send(mail)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.response.startsWith('written'))).toHaveLength(1);
    expect(await readdir(outboxDir)).toEqual(['feedback-req-0001@rebound.example.eml']);
  });

  it('keeps a hostile idempotency key inside the outbox folder', async () => {
    const transport = createMailTransport({ outboxDir });
    const mail = buildFeedbackRequest(feedbackInput({ idempotencyKey: '../../etc/passwd' }));
    expect(await transport.send(mail)).toMatchObject({ ok: true });
    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[A-Za-z0-9._@=-]+\.eml$/);
    expect((await listOutboxFiles(outboxDir))[0]?.messageId).toBe(mail.messageId);
  });

  it('reports a message that cannot be built as a permanent failure and writes nothing', async () => {
    const transport = createMailTransport({ outboxDir });
    const mail = { ...buildFeedbackRequest(feedbackInput()), to: { name: null, address: 'not an address' } };
    expect(await transport.send(mail)).toMatchObject({ ok: false, permanent: true });
    expect(await listOutboxFiles(outboxDir)).toEqual([]);
  });

  it('reports an unwritable outbox as a temporary failure', async () => {
    const blocker = path.join(path.dirname(outboxDir), 'a-file');
    await writeFile(blocker, 'not a folder');
    const transport = createMailTransport({ outboxDir: path.join(blocker, 'outbox') });
    expect(await transport.send(buildFeedbackRequest(feedbackInput()))).toMatchObject({
      ok: false,
      permanent: false,
    });
  });
});

describe('listOutboxFiles', () => {
  it('returns an empty list for a missing folder', async () => {
    expect(await listOutboxFiles(outboxDir)).toEqual([]);
  });

  it('reads recipient, decoded subject, Message-ID and date back, newest first, skipping other files', async () => {
    const transport = createMailTransport({ outboxDir });
    const older = buildFeedbackRequest(
      feedbackInput({
        client: { name: 'Zoë Ångström', email: 'zoe@client.example' },
        subjectTemplate: 'Merci, {{firstName}} — כיצד היה הביקור? ✨ {{businessName}} {{businessName}}',
      }),
    );
    const newer = buildNotice({
      to: { name: null, address: 'owner@biz.example' },
      from: { name: 'Rebound', address: 'alerts@rebound.example' },
      subject: 'Weekly digest',
      text: 'All quiet.',
      idempotencyKey: 'digest-2025-w10',
      domain: 'rebound.example',
    });
    await transport.send({ ...older, date: new Date('2025-03-01T10:00:00Z') });
    await transport.send({ ...newer, date: new Date('2025-03-08T10:00:00Z') });
    await writeFile(path.join(outboxDir, '.half-written.eml.tmp'), 'From: x');
    await writeFile(path.join(outboxDir, 'notes.txt'), 'ignore me');

    const list = await listOutboxFiles(outboxDir);
    expect(list).toEqual([
      {
        file: 'digest-2025-w10@rebound.example.eml',
        messageId: '<digest-2025-w10@rebound.example>',
        to: 'owner@biz.example',
        subject: 'Weekly digest',
        date: '2025-03-08T10:00:00.000Z',
      },
      {
        file: 'feedback-req-0001@rebound.example.eml',
        messageId: '<feedback-req-0001@rebound.example>',
        to: expect.stringContaining('zoe@client.example'),
        subject: 'Merci, Zoë — כיצד היה הביקור? ✨ Maple Street Dental Maple Street Dental',
        date: '2025-03-01T10:00:00.000Z',
      },
    ]);
    expect(list[1]?.to).toContain('Zoë Ångström');
  });

  it('serves a listed file by name and refuses names that leave the folder', async () => {
    const transport = createMailTransport({ outboxDir });
    await transport.send(buildFeedbackRequest(feedbackInput()));
    const [entry] = await listOutboxFiles(outboxDir);
    const bytes = await readOutboxFile(outboxDir, entry?.file ?? '');
    expect(bytes?.toString()).toContain('Message-ID: <feedback-req-0001@rebound.example>');
    expect(await readOutboxFile(outboxDir, '../outbox/x.eml')).toBeNull();
    expect(await readOutboxFile(outboxDir, 'missing@rebound.example.eml')).toBeNull();
  });
});
