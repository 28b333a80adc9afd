import { createPlainHttp } from '../net/plain-http.ts';

/**
 * A client for the Twilio-style Messages REST API that several providers speak: one form-encoded POST per
 * text to /2010-04-01/Accounts/{AccountSid}/Messages.json with basic auth, answered by a JSON message
 * resource whose `sid` identifies the text in later status callbacks.
 */
export type SmsConfig = {
  accountSid: string;
  authToken: string;
  /** A sender number in E.164, or null when a messaging service picks the sender. */
  from: string | null;
  messagingServiceSid: string | null;
  /** https://api.twilio.com, or a compatible provider's address. */
  baseUrl: string;
};

function basicAuth(cfg: SmsConfig): string {
  return `Basic ${Buffer.from(`${cfg.accountSid}:${cfg.authToken}`).toString('base64')}`;
}

// SMS_API_URL is the operator's, never a member's: the plain transport, with a deadline and a size cap.
function httpOf(timeoutMs: number) {
  return createPlainHttp({
    timeoutMs,
    maxBytes: 1024 * 1024,
    tooLarge: (maxBytes) => new Error(`The SMS provider answered with more than ${maxBytes} bytes`),
  });
}

function messagesUrl(cfg: SmsConfig): string {
  return `${cfg.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(cfg.accountSid)}/Messages.json`;
}

export type OutgoingSms = { to: string; body: string; statusCallbackUrl?: string };

export type SmsSendResult =
  | { ok: true; sid: string; status: string }
  | { ok: false; permanent: boolean; response: string };

export async function sendSms(
  cfg: SmsConfig,
  sms: OutgoingSms,
  opts: { timeoutMs?: number } = {},
): Promise<SmsSendResult> {
  const form = new URLSearchParams({ To: sms.to, Body: sms.body });
  if (cfg.messagingServiceSid) form.set('MessagingServiceSid', cfg.messagingServiceSid);
  else if (cfg.from) form.set('From', cfg.from);
  if (sms.statusCallbackUrl) form.set('StatusCallback', sms.statusCallbackUrl);
  const url = messagesUrl(cfg);
  let res: { status: number; body: string };
  try {
    res = await httpOf(opts.timeoutMs ?? 15_000)(url, {
      method: 'POST',
      headers: {
        authorization: basicAuth(cfg),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: form.toString(),
    });
  } catch (error) {
    // No answer: the provider may or may not have the text, so this is retried under the same lease rules.
    return { ok: false, permanent: false, response: error instanceof Error ? error.message : String(error) };
  }
  const text = res.body;
  const isOk = res.status >= 200 && res.status < 300;
  let body: { sid?: unknown; status?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // A proxy's HTML error page: keep the status code, which is what decides a retry.
  }
  if (isOk && typeof body.sid === 'string')
    return { ok: true, sid: body.sid, status: typeof body.status === 'string' ? body.status : 'queued' };
  const response = `${res.status} ${typeof body.message === 'string' ? body.message : text.slice(0, 200)}`;
  // A 4xx about the text (bad number, opted-out recipient) fails the same way again. Bad credentials are the
  // operator's to fix, and 429 is a request to slow down, so those are retried like e-mail's EAUTH.
  const permanent = res.status >= 400 && res.status < 500 && ![401, 403, 429].includes(res.status);
  return { ok: false, permanent, response };
}

/**
 * Texts the provider already has for this number, created at or after `since`: the answer to "did the
 * attempt that crashed get through?", which SMTP cannot give. Uses the documented list filter
 * (GET Messages.json?To=...&DateSent>=YYYY-MM-DD) and narrows to the exact body and time here.
 */
export async function findSentSms(
  cfg: SmsConfig,
  query: { to: string; body: string; since: Date },
  opts: { timeoutMs?: number } = {},
): Promise<{ ok: true; sid: string | null } | { ok: false; response: string }> {
  const params = new URLSearchParams({ To: query.to, 'DateSent>': query.since.toISOString().slice(0, 10) });
  const url = `${messagesUrl(cfg)}?${params}`;
  try {
    const res = await httpOf(opts.timeoutMs ?? 15_000)(url, {
      method: 'GET',
      headers: {
        authorization: basicAuth(cfg),
        accept: 'application/json',
      },
    });
    if (res.status < 200 || res.status >= 300)
      return { ok: false, response: `${res.status} listing messages` };
    const list = JSON.parse(res.body) as {
      messages?: Array<{ sid?: unknown; body?: unknown; date_created?: unknown }>;
    };
    const match = (list.messages ?? []).find(
      (m) =>
        typeof m.sid === 'string' &&
        m.body === query.body &&
        (typeof m.date_created !== 'string' || Date.parse(m.date_created) >= query.since.getTime() - 60_000),
    );
    return { ok: true, sid: typeof match?.sid === 'string' ? match.sid : null };
  } catch (error) {
    return { ok: false, response: error instanceof Error ? error.message : String(error) };
  }
}
