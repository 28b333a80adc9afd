import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Captured = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

/** A server that records every request it receives (an address an attacker controls) and answers 200 `{}`. */
export async function startCaptureServer() {
  const seen: Captured[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    /** True when any request carried the text, in its address, headers or body. */
    hasSeen: (text: string) =>
      seen.some(
        (r) => r.url.includes(text) || r.body.includes(text) || JSON.stringify(r.headers).includes(text),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
