import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoBusinessProfile, draftWithLlm } from '@rebound/server/drafting/index';
import { triageReview } from '@rebound/server/triage/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Handler = (
  body: { model: string; messages: Array<{ role: string; content: string }> },
  res: ServerResponse,
) => void;

/** A local server speaking the OpenAI chat completions protocol; each test sets how it answers. */
let handler: Handler = () => undefined;
let server: Server;
let baseUrl = '';
const requests: Array<{ auth: string | undefined; path: string | undefined; model: string }> = [];

const answer =
  (content: string): Handler =>
  (_body, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'cmpl-1',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      }),
    );
  };

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      const body = JSON.parse(raw);
      requests.push({ auth: req.headers.authorization, path: req.url, model: body.model });
      handler(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const review = {
  author: 'Nora',
  rating: 2,
  text: 'The gear shifting still slips after your tune-up. Really disappointing.',
};
const triage = triageReview(review);
const cfg = () => ({ baseUrl, apiKey: 'test-key', model: 'small-model', timeoutMs: 500 });

describe('draftWithLlm', () => {
  it('uses a good model answer and records the promise it makes', async () => {
    handler = answer(
      'Hi Nora, thank you for telling us, and I am sorry the gears still slip after the tune-up. We would like to redo it free of charge within 48 hours. Please call Marta on +1 555 0142 388 to book it in.',
    );
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft.source).toBe('llm');
    expect(draft.text).toContain('gears still slip');
    expect(draft.promises).toEqual([expect.objectContaining({ dueInHours: 48 })]);
    expect(requests.at(-1)).toEqual({
      auth: 'Bearer test-key',
      path: '/v1/chat/completions',
      model: 'small-model',
    });
  });

  it('falls back to the composer when the endpoint answers 500', async () => {
    handler = (_b, res) => {
      res.writeHead(500).end('{"error":"overloaded"}');
    };
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft).toMatchObject({ source: 'composer', fallbackReason: expect.stringMatching(/500/) });
    expect(draft.text).toContain(demoBusinessProfile.contactName);
  });

  it('falls back when the model does not answer in time', async () => {
    handler = () => undefined;
    const started = Date.now();
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft).toMatchObject({
      source: 'composer',
      fallbackReason: expect.stringMatching(/within 500 ms/),
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('falls back when the model answer is blocked by the safety check', async () => {
    handler = answer('Nora, you are lying. We will refund you if you remove your review.');
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft.source).toBe('composer');
    expect(draft.fallbackReason).toMatch(/hostile|review-incentive/);
    expect(draft.text).not.toMatch(/lying/);
  });

  it('never sends an escalated review to the model', async () => {
    const before = requests.length;
    const threat = { author: null, rating: 1, text: 'My lawyer will sue you over the brakes that failed.' };
    const draft = await draftWithLlm(threat, triageReview(threat), demoBusinessProfile, cfg());
    expect(draft).toMatchObject({ source: 'composer', kind: 'holding' });
    expect(requests.length).toBe(before);
  });
});
