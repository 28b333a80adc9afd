import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ChatRequest = {
  path: string;
  authorization: string | undefined;
  body: { model?: string; messages?: Array<{ role: string; content: string }> };
};

/** How the fake answers the next chat completion. */
export type LlmBehaviour =
  | { kind: 'answer'; content: string | null; delayMs?: number }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** Never answers: the client's timeout must end the wait. */
  | { kind: 'silent' }
  /** Sends headers and the start of a body, then nothing more. */
  | { kind: 'stall-body' }
  /** A 200 with this body as is (malformed JSON, the wrong shape...). */
  | { kind: 'raw'; body: string; contentType?: string };

export type FakeLlmServer = {
  /** The base URL to configure, with the /v1 prefix that OpenAI-compatible servers use. */
  url: string;
  requests: ChatRequest[];
  /** A fixed behaviour, or one chosen from each request (e.g. answer by the review it carries). */
  behave(next: LlmBehaviour | ((req: ChatRequest) => LlmBehaviour)): void;
  models: string[];
  /** Answer 401 to every request, as a provider does for a wrong API key. */
  refuseKeys(isRefusing: boolean): void;
  close(): Promise<void>;
};

/** A reply to the demo business's tune-up review that passes every check, for tests that need an answer to keep. */
export const tuneUpReview = {
  author: 'Nora',
  rating: 2,
  text: 'The gear shifting still slips after your tune-up. Really disappointing.',
};
export const tuneUpReply = [
  'Hi Nora, thank you for telling us. I am sorry the gear shifting still slips after your tune-up,',
  'and I understand how disappointing that is. I would like to redo the tune-up free of charge within',
  '72 hours, at a time that suits you. Please email me at marta@spokeandbean.example or call',
  '+1 555 0142 388 and I will book it in myself.',
  'Marta and the Spoke & Bean team',
].join(' ');

function completion(content: string | null, model: string | undefined): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: model ?? 'unknown',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

function respond(res: ServerResponse, behaviour: LlmBehaviour, req: ChatRequest): void {
  const json = { 'content-type': 'application/json' };
  switch (behaviour.kind) {
    case 'answer': {
      const send = () => res.writeHead(200, json).end(completion(behaviour.content, req.body.model));
      if (behaviour.delayMs) setTimeout(send, behaviour.delayMs);
      else send();
      return;
    }
    case 'status':
      res
        .writeHead(behaviour.status, { ...json, ...behaviour.headers })
        .end(behaviour.body ?? JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
      return;
    case 'silent':
      return;
    case 'stall-body':
      res.writeHead(200, json);
      res.write('{"id":"chatcmpl-fake","choices":[');
      return;
    case 'raw':
      res.writeHead(200, { 'content-type': behaviour.contentType ?? 'application/json' }).end(behaviour.body);
      return;
  }
}

/**
 * A local server speaking the OpenAI chat-completions protocol (POST /v1/chat/completions, GET /v1/models), as
 * Ollama and hosted providers do, so the real client is exercised over real HTTP.
 */
export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  let next: LlmBehaviour | ((req: ChatRequest) => LlmBehaviour) = { kind: 'status', status: 503 };
  let isRefusingKeys = false;
  const requests: ChatRequest[] = [];
  const fake: Omit<FakeLlmServer, 'url' | 'close'> = {
    requests,
    models: ['small-model'],
    behave(b) {
      next = b;
    },
    refuseKeys(isRefusing) {
      isRefusingKeys = isRefusing;
    },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (isRefusingKeys) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"message":"bad key"}}');
        return;
      }
      if (req.method === 'GET' && req.url === '/v1/models') {
        const data = fake.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' }));
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ object: 'list', data }));
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      let body: ChatRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      const chat: ChatRequest = { path: req.url, authorization: req.headers.authorization, body };
      requests.push(chat);
      respond(res, typeof next === 'function' ? next(chat) : next, chat);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...fake,
    url: `http://127.0.0.1:${port}/v1`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
