import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import type { SessionUser } from '../services/auth/sessions.ts';
import type { Db, Engine } from '../services/db-handle.ts';

/** What every procedure receives. Cookies are set through `setSessionCookie` so the HTTP layer owns their flags. */
export type AppContext = {
  db: Db;
  engine: Engine;
  /** Named `config`, not `env`: the Hono tRPC adapter overwrites a context key called env. */
  config: Env;
  log: Logger;
  session: SessionUser | null;
  sessionToken: string | null;
  ip: string;
  setSessionCookie(token: string, csrfToken: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  services: AppServices;
};

/** Long-lived parts of the running app that procedures may ask for (pollers, mail, ...). */
export type AppServices = {
  pollSourceNow?: (orgId: string, sourceId: string) => Promise<unknown>;
  /** Post an approved reply now (fire and forget); the posting worker's claim keeps it exactly once. */
  postReplyNow?: (orgId: string, replyId: string) => void;
  /** Encrypts source credentials at rest; absent when no app secret is configured. */
  secretBox?: import('../crypto/secret-box.ts').SecretBox;
  /** The guarded fetch polls use (allow-list applied), for source tests and selector previews. */
  fetcher?: import('../net/fetcher.ts').Fetcher;
  /** The address the server is reachable at once listening (links in mail when PUBLIC_URL is unset). */
  publicUrl?: string;
  /** Ask the outbox worker to look for due mail now (after a campaign launch or a test send). */
  wakeOutbox?: () => void;
};
