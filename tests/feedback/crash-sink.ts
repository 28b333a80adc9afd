import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type CrashSink = {
  url: string;
  /** Messages accepted, by recipient, with their Message-IDs. */
  received: Map<string, string[]>;
  total(): number;
  /** Messages whose recipient we accepted but whose data has not been stored yet: on the wire. */
  inFlight(): number;
  close(): Promise<void>;
};

/**
 * A loopback SMTP server that counts every accepted message per recipient (so duplicates show) and calls
 * `onPoint` at two moments of the SMTP exchange, where a test can hold the reply or kill the sending process:
 * `rcpt` (the sender waits for our reply to RCPT TO: nothing is delivered yet) and `stored` (the message is
 * ours, as it is for a real mail server once it has the final dot, but the 250 reply is not yet sent).
 */
export async function startCrashSink(
  onPoint: (point: 'rcpt' | 'stored', count: number) => Promise<void> | void,
): Promise<CrashSink> {
  const received = new Map<string, string[]>();
  let rcptCount = 0;
  let storedCount = 0;
  let acceptedRcpts = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A reverse DNS lookup per connection would dominate the timing on loopback.
    disableReverseLookup: true,
    onRcptTo(_address, _session, callback) {
      rcptCount += 1;
      // The reply waits for the test: a held RCPT keeps its message on the wire, undelivered.
      Promise.resolve(onPoint('rcpt', rcptCount)).then(() => {
        acceptedRcpts += 1;
        callback();
      }, callback);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then((parsed) => {
          for (const rcpt of session.envelope.rcptTo) {
            const list = received.get(rcpt.address) ?? [];
            list.push(parsed.messageId ?? '');
            received.set(rcpt.address, list);
          }
          storedCount += 1;
          // Not awaited: at `stored` a test kills the sender, it does not hold the 250.
          void onPoint('stored', storedCount);
          callback(null, 'Message stored');
        }, callback);
      });
    },
  });
  server.on('error', () => undefined);
  // Without this, Nagle's algorithm meets delayed ACKs and every SMTP reply waits ~40 ms on loopback.
  server.server.on('connection', (socket: import('node:net').Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    total: () => [...received.values()].reduce((n, l) => n + l.length, 0),
    inFlight: () => acceptedRcpts - storedCount,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
