import path from 'node:path';
import type { Env } from '../../env.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';

export function outboxDirOf(env: Env): string {
  return path.join(env.DATA_DIR, 'outbox');
}

/** The SMS provider from the environment, or null (texts then wait in the outbox) while it is not set up. */
export function smsConfigOf(env: Env): SmsConfig | null {
  if (!env.SMS_ACCOUNT_SID || !env.SMS_AUTH_TOKEN || !(env.SMS_FROM || env.SMS_MESSAGING_SERVICE_SID))
    return null;
  return {
    accountSid: env.SMS_ACCOUNT_SID,
    authToken: env.SMS_AUTH_TOKEN,
    from: env.SMS_FROM ?? null,
    messagingServiceSid: env.SMS_MESSAGING_SERVICE_SID ?? null,
    baseUrl: env.SMS_API_URL,
  };
}
