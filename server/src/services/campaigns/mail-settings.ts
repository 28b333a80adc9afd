import type { Env } from '../../env.ts';

export type MailSettings = {
  /** Base of every link in a message: PUBLIC_URL, or the loopback address in embedded mode. */
  publicUrl: string;
  fromAddress: string;
  /** Right-hand side of Message-IDs. */
  domain: string;
};

/** `Name <addr@host>` or a bare address → the address. */
function addressOf(from: string): string {
  const angled = /<([^<>]+)>\s*$/.exec(from);
  return (angled?.[1] ?? from).trim();
}

export function resolveMailSettings(config: Env, runningUrl?: string): MailSettings {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const publicUrl = (config.PUBLIC_URL ?? runningUrl ?? `http://${host}:${config.PORT}`).replace(/\/+$/, '');
  const fromAddress = addressOf(config.MAIL_FROM);
  const domain = (fromAddress.split('@')[1] ?? new URL(publicUrl).hostname).toLowerCase();
  return { publicUrl, fromAddress, domain };
}
