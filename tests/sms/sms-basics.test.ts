import { describe, expect, it } from 'vitest';
import { parseSmsKeyword } from '../../server/src/sms/keywords.ts';
import { isWithinSendingHours, nextSendingTime } from '../../server/src/sms/quiet-hours.ts';
import { computeSmsSignature, isValidSmsSignature } from '../../server/src/sms/signature.ts';
import { sendSms } from '../../server/src/sms/sms-client.ts';
import { countSmsSegments } from '../../shared/src/sms/segments.ts';
import { startFakeSmsServer } from '../support/fake-sms-server.ts';

describe('SMS segments', () => {
  it('160 GSM-7 characters are one segment and 161 are two (153 per split segment)', () => {
    expect(countSmsSegments('a'.repeat(160))).toMatchObject({
      encoding: 'GSM-7',
      segments: 1,
      remainingInSegment: 0,
    });
    expect(countSmsSegments('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2, units: 161 });
    expect(countSmsSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSmsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('one character outside GSM-7 makes the whole text UCS-2: 70 in one segment, 67 per split segment', () => {
    expect(countSmsSegments(`${'a'.repeat(69)}’`)).toMatchObject({
      encoding: 'UCS-2',
      segments: 1,
      units: 70,
    });
    expect(countSmsSegments(`${'a'.repeat(70)}’`)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    // An emoji is one character to a person but two UTF-16 units on the wire.
    expect(countSmsSegments('🙂')).toMatchObject({ characters: 1, units: 2 });
  });

  it('extension characters such as € take two GSM-7 slots', () => {
    expect(countSmsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSmsSegments('€'.repeat(81))).toMatchObject({ encoding: 'GSM-7', units: 162, segments: 2 });
  });
});

describe('SMS reply keywords', () => {
  it('a whole-message STOP, Stop. or unsubscribe opts out; a sentence containing stop does not', () => {
    expect(parseSmsKeyword('STOP')).toBe('stop');
    expect(parseSmsKeyword('  Stop. ')).toBe('stop');
    expect(parseSmsKeyword('unsubscribe')).toBe('stop');
    expect(parseSmsKeyword("please don't stop")).toBeNull();
    expect(parseSmsKeyword('start')).toBe('start');
    expect(parseSmsKeyword('Help')).toBe('help');
  });
});

describe('SMS quiet hours', () => {
  it('8:00 to 20:59 local is open, 21:00 and 7:59 are not', () => {
    // 2026-06-01 in New York is UTC-4.
    expect(isWithinSendingHours(new Date('2026-06-01T12:00:00Z'), 'America/New_York')).toBe(true); // 8:00
    expect(isWithinSendingHours(new Date('2026-06-01T11:59:00Z'), 'America/New_York')).toBe(false); // 7:59
    expect(isWithinSendingHours(new Date('2026-06-02T00:59:00Z'), 'America/New_York')).toBe(true); // 20:59
    expect(isWithinSendingHours(new Date('2026-06-02T01:00:00Z'), 'America/New_York')).toBe(false); // 21:00
  });

  it('across the date line the same instant is open in Kiritimati (UTC+14) and closed in Pago Pago (UTC-11)', () => {
    // 2026-03-10 19:00 UTC is 9:00 on the 11th in Kiritimati and 8:00 on the 10th in Pago Pago...
    const at = new Date('2026-03-10T19:00:00Z');
    expect(isWithinSendingHours(at, 'Pacific/Kiritimati')).toBe(true);
    expect(isWithinSendingHours(at, 'Pacific/Pago_Pago')).toBe(true);
    // ...and 08:00 UTC is 22:00 in Kiritimati (closed) and 21:00 the day before in Pago Pago (closed).
    const late = new Date('2026-03-10T08:00:00Z');
    expect(isWithinSendingHours(late, 'Pacific/Kiritimati')).toBe(false);
    expect(isWithinSendingHours(late, 'Pacific/Pago_Pago')).toBe(false);
    // The next 8:00 is 18:00 UTC in Kiritimati (8:00 on the 11th) and 19:00 UTC in Pago Pago (8:00 on the 10th).
    expect(nextSendingTime(late, 'Pacific/Kiritimati').toISOString()).toBe('2026-03-10T18:00:00.000Z');
    expect(nextSendingTime(late, 'Pacific/Pago_Pago').toISOString()).toBe('2026-03-10T19:00:00.000Z');
  });

  it('a time inside the window is kept; a spring-forward night still waits for 8:00 local', () => {
    const open = new Date('2026-06-01T15:00:00Z');
    expect(nextSendingTime(open, 'Europe/Paris')).toEqual(open);
    // 2026-03-29: Paris jumps from 2:00 to 3:00; 8:00 local is 06:00 UTC.
    expect(nextSendingTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
  });
});

describe('SMS webhook signature', () => {
  const token = 'test-auth-token-0123';
  const url = 'https://rebound.example/webhooks/sms/inbound';
  const params = { From: '+15550001111', To: '+15559990000', Body: 'STOP', MessageSid: 'SM1' };

  it('accepts the HMAC-SHA1 of the URL and sorted params, and refuses a changed body, URL, token or no header', () => {
    const signature = computeSmsSignature(token, url, params);
    expect(isValidSmsSignature(token, url, params, signature)).toBe(true);
    expect(isValidSmsSignature(token, url, { ...params, Body: 'START' }, signature)).toBe(false);
    expect(isValidSmsSignature(token, `${url}?x=1`, params, signature)).toBe(false);
    expect(isValidSmsSignature('another-token-4567', url, params, signature)).toBe(false);
    expect(isValidSmsSignature(token, url, params, undefined)).toBe(false);
  });

  it('matches the provider documentation worked example', () => {
    // Twilio's documented example: this URL, these params and token give this signature.
    const docUrl = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    const docParams = {
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    };
    expect(computeSmsSignature('12345', docUrl, docParams)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });
});

describe('SMS client', () => {
  const creds = { accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'secret-token-123' };

  it('posts the documented form with basic auth and returns the provider message SID', async () => {
    const fake = await startFakeSmsServer(creds);
    try {
      const result = await sendSms(
        { ...creds, from: '+15559990000', messagingServiceSid: null, baseUrl: fake.url },
        { to: '+15550001111', body: 'How was your visit?', statusCallbackUrl: 'https://rebound.example/cb' },
      );
      expect(result).toEqual({ ok: true, sid: fake.received[0]?.sid, status: 'queued' });
      expect(fake.received[0]?.form).toEqual({
        To: '+15550001111',
        From: '+15559990000',
        Body: 'How was your visit?',
        StatusCallback: 'https://rebound.example/cb',
      });
    } finally {
      await fake.close();
    }
  });

  it('a messaging service replaces the sender; a bad number is permanent, a wrong token and 429 are retried', async () => {
    const fake = await startFakeSmsServer(creds);
    try {
      const cfg = { ...creds, from: '+15559990000', messagingServiceSid: 'MG123', baseUrl: fake.url };
      await sendSms(cfg, { to: '+15550001111', body: 'x' });
      expect(fake.received[0]?.form.MessagingServiceSid).toBe('MG123');
      expect(fake.received[0]?.form.From).toBeUndefined();
      expect(await sendSms({ ...cfg, authToken: 'wrong' }, { to: '+1', body: 'x' })).toMatchObject({
        ok: false,
        permanent: false,
      });
      fake.refuseWith(400, 'The To number is not valid');
      expect(await sendSms(cfg, { to: '+1', body: 'x' })).toMatchObject({ ok: false, permanent: true });
      fake.refuseWith(429, 'Too many requests');
      expect(await sendSms(cfg, { to: '+1', body: 'x' })).toMatchObject({ ok: false, permanent: false });
    } finally {
      await fake.close();
    }
  });
});
