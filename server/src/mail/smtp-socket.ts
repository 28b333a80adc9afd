import net from 'node:net';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';

type SocketCallback = (error: Error | null, socketOptions: { connection: net.Socket } | false) => void;

/**
 * Opens each pooled SMTP connection with Nagle's algorithm off. An SMTP client writes the message in
 * several small pieces and then waits for the reply; with Nagle on, the last piece waits for the server's
 * delayed ACK (40 ms on Linux), which capped a connection at about 20 messages a second. nodemailer has no
 * option for this, so the pool is handed a connected socket; it still runs TLS (implicit or STARTTLS),
 * the greeting and the timeouts that follow the connect itself.
 */
export function openSmtpSocket(options: SMTPPool.Options, callback: SocketCallback): void {
  // nodemailer's own defaults when the URL names no port.
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host ?? 'localhost', port, noDelay: true });
  let isSettled = false;
  const settle = (error: Error | null) => {
    if (isSettled) return;
    isSettled = true;
    clearTimeout(timer);
    socket.removeListener('error', settle);
    if (error) {
      socket.destroy();
      callback(error, false);
    } else callback(null, { connection: socket });
  };
  const timer = setTimeout(
    () => settle(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
    options.connectionTimeout ?? 120_000,
  );
  socket.once('connect', () => settle(null));
  socket.once('error', settle);
}
