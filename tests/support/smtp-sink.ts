import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export type SinkEnvelope = { from: string; to: string[] };

export type SmtpSink = {
  port: number;
  /** smtp://127.0.0.1:port */
  url: string;
  /** Every accepted message, parsed, in arrival order. */
  messages: ParsedMail[];
  /** The same messages as received on the wire. */
  raw: Buffer[];
  /** The SMTP envelope (MAIL FROM / RCPT TO) of each accepted message. */
  envelopes: SinkEnvelope[];
  close(): Promise<void>;
};

type SmtpReply = Error & { responseCode: number };

function reply(responseCode: number, message: string): SmtpReply {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * A real SMTP server on loopback that keeps what it receives. `rejectRecipients` answers 550 at RCPT TO for
 * matching addresses; `tempFailFirst` answers 451 to the first N recipients, then accepts.
 */
export async function startSmtpSink(
  opts: { rejectRecipients?: RegExp; tempFailFirst?: number } = {},
): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const raw: Buffer[] = [];
  const envelopes: SinkEnvelope[] = [];
  let tempFailuresLeft = opts.tempFailFirst ?? 0;

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (opts.rejectRecipients?.test(address.address)) {
        return callback(reply(550, `5.1.1 <${address.address}>: mailbox unavailable`));
      }
      if (tempFailuresLeft > 0) {
        tempFailuresLeft -= 1;
        return callback(reply(451, '4.3.0 Temporary local problem, try again later'));
      }
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks);
        simpleParser(bytes)
          .then((parsed) => {
            raw.push(bytes);
            messages.push(parsed);
            envelopes.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            });
            callback(null, 'Message stored');
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    raw,
    envelopes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
