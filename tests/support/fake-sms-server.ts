import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedSms = {
  sid: string;
  accountSid: string;
  authorization: string | undefined;
  form: Record<string, string>;
  createdAt: Date;
};

export type FakeSmsServer = {
  url: string;
  received: ReceivedSms[];
  /** Answer the next requests with this status and error body instead of accepting them. */
  refuseWith(status: number | null, message?: string): void;
  close(): Promise<void>;
};

/**
 * A local stand-in for a Twilio-style Messages API: accepts POST
 * /2010-04-01/Accounts/{sid}/Messages.json with basic auth and a form body, and answers a message resource.
 * It checks credentials the way the provider does, so a wrong token shows up as a 401.
 */
export async function startFakeSmsServer(creds: {
  accountSid: string;
  authToken: string;
}): Promise<FakeSmsServer> {
  const received: ReceivedSms[] = [];
  let refusal: { status: number; message: string } | null = null;
  const expectedAuth = `Basic ${Buffer.from(`${creds.accountSid}:${creds.authToken}`).toString('base64')}`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? '');
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const listMatch = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json\?(.*)$/.exec(req.url ?? '');
      if (req.method === 'GET' && listMatch) {
        if (req.headers.authorization !== expectedAuth)
          return reply(401, { code: 20003, message: 'Authenticate' });
        // The documented list filter: To and DateSent>= narrow the account's messages.
        const to = new URLSearchParams(listMatch[2]).get('To');
        const messages = received
          .filter((m) => m.form.To === to)
          .map((m) => ({
            sid: m.sid,
            to: m.form.To,
            body: m.form.Body,
            date_created: m.createdAt.toUTCString(),
          }));
        return reply(200, { messages });
      }
      if (req.method !== 'POST' || !match) return reply(404, { code: 20404, message: 'Not found' });
      if (req.headers.authorization !== expectedAuth || match[1] !== creds.accountSid)
        return reply(401, { code: 20003, message: 'Authenticate' });
      if (refusal) return reply(refusal.status, { code: 21211, message: refusal.message });
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const sid = `SM${String(received.length + 1).padStart(32, '0')}`;
      received.push({
        sid,
        accountSid: match[1] ?? '',
        authorization: req.headers.authorization,
        form,
        createdAt: new Date(),
      });
      reply(201, { sid, status: 'queued', to: form.To, from: form.From ?? null, body: form.Body });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    refuseWith(status, message = 'Refused') {
      refusal = status === null ? null : { status, message };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
