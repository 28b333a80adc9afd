import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const boolFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting Rebound reads from the environment. `.env.example` documents each one. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Rebound <no-reply@rebound.localhost>'),
  /** Twilio-style Messages API for feedback requests by text; SMS stays off until the SID and token are set. */
  SMS_ACCOUNT_SID: z.string().min(1).optional(),
  SMS_AUTH_TOKEN: z.string().min(1).optional(),
  SMS_FROM: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number in E.164 form, e.g. +15551234567')
    .optional(),
  SMS_MESSAGING_SERVICE_SID: z.string().min(1).optional(),
  SMS_API_URL: z.url().default('https://api.twilio.com'),
  /**
   * OAuth clients the operator registers once with Google and Facebook, so owners connect with a click instead of
   * pasting ids and tokens. Unset: that Connect button is not offered. The redirect URL to register is
   * {PUBLIC_URL}/oauth/google/callback (or /oauth/facebook/callback).
   */
  GOOGLE_OAUTH_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_OAUTH_CLIENT_SECRET: z.string().min(1).optional(),
  FACEBOOK_APP_ID: z.string().min(1).optional(),
  FACEBOOK_APP_SECRET: z.string().min(1).optional(),
  /** One address standing in for every Google (or Facebook) OAuth and API host; only with ALLOW_ENDPOINT_OVERRIDES. */
  GOOGLE_ENDPOINT_OVERRIDE: z.url().optional(),
  FACEBOOK_ENDPOINT_OVERRIDE: z.url().optional(),
  APP_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Let a source's API address (Google's token and API URLs, Yelp's API URL) point somewhere else, for
   * self-hosted proxies and local test servers. Off by default: stored credentials then only ever go to the
   * platforms' own addresses.
   */
  ALLOW_ENDPOINT_OVERRIDES: boolFromString.default(false),
  FETCH_ALLOW_LIST: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  POLL_CRON: z.string().min(1).default('*/10 * * * * *'),
  /** How often each process looks for competitors due a poll; each is polled every COMPETITOR_POLL_MINUTES. */
  COMPETITOR_POLL_CRON: z.string().min(1).default('0 */5 * * * *'),
  COMPETITOR_POLL_MINUTES: z.coerce
    .number()
    .int()
    .min(15)
    .max(7 * 24 * 60)
    .default(360),
  /** Google Places API (New) key for competitors added by place id; unset means Places competitors cannot be read. */
  GOOGLE_PLACES_API_KEY: z.string().min(1).optional(),
  /** Where Places requests go; only honoured with ALLOW_ENDPOINT_OVERRIDES (tests and proxies), else Google's own. */
  GOOGLE_PLACES_API_URL: z.url().default('https://places.googleapis.com'),
  POLL_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  WORKERS_ENABLED: boolFromString.default(true),
  /** When the weekly digest goes to managers and owners (a cron expression; empty string turns it off). */
  DIGEST_CRON: z.string().default('0 8 * * 1'),
  /** How often a process refreshes the rollup days queued by writes. */
  ROLLUP_REFRESH_MS: z.coerce.number().int().min(200).default(5000),
  /** How often each process looks for approved replies to post and alerts to deliver (cron, seconds allowed). */
  POSTING_CRON: z.string().min(1).default('*/5 * * * * *'),
  ALERTS_CRON: z.string().min(1).default('*/15 * * * * *'),
  /** Must outlast one post with its retries; a process that dies mid-post hands over after this long. */
  POSTING_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(180),
  DEMO_SITE: boolFromString.default(true),
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  OUTBOX_IDLE_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Any server speaking the OpenAI chat-completions protocol (Ollama, a hosted provider); unset means composer only. */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().default('gpt-4o-mini'),
  /** Past this the composer's draft is used; a local model on a small machine may need longer. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(20_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * One line per HTTP request is logged at info. Unset: request lines are shown only from warn up (server errors)
   * in embedded mode, so a first start stays readable, and follow LOG_LEVEL with PostgreSQL. Set to info for all.
   */
  REQUEST_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  TRUST_PROXY: boolFromString.default(false),
  WEB_DIST: z.string().default(path.join(repoRoot, 'web/dist')),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parse an environment; a bad value stops with a message naming each variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The one place that reads process.env. */
export function loadEnv(): Env {
  return parseEnv(process.env);
}
