import { previewMessageInput, saveCampaignInput } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const base = {
  name: 'Spring',
  locationId: '00000000-0000-4000-8000-000000000001',
  audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
};
const email = { subjectTemplate: 'How was it?', bodyTemplate: 'Tell us: {{feedbackUrl}}' };
const sms = { smsTemplate: 'How was your visit? Tell us:' };

/** The field errors a save would show, by field. */
function fieldErrorsOf(input: object): Record<string, string[]> {
  const result = saveCampaignInput.safeParse({ ...base, ...input });
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.join('.');
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

describe('campaign schema: each channel needs its own message fields, and only those', () => {
  it('texts only: no subject or body is needed, and none is kept', () => {
    const parsed = saveCampaignInput.parse({ ...base, channel: 'sms', ...sms });
    expect(parsed).toMatchObject({ channel: 'sms', subjectTemplate: '', bodyTemplate: '', ...sms });
  });

  it('texts only without words: one error, on the text, none on the hidden e-mail fields', () => {
    expect(fieldErrorsOf({ channel: 'sms' })).toEqual({
      smsTemplate: ['Write the words of the text message'],
    });
    expect(fieldErrorsOf({ channel: 'sms', smsTemplate: '   ' })).toEqual({
      smsTemplate: ['Write the words of the text message'],
    });
  });

  it('e-mail only: subject and body are required (blank counts as missing), the text is not', () => {
    expect(fieldErrorsOf({ channel: 'email', subjectTemplate: ' ', bodyTemplate: '' })).toEqual({
      subjectTemplate: ['Enter a subject for the e-mail'],
      bodyTemplate: ['Enter the e-mail message'],
    });
    expect(saveCampaignInput.parse({ ...base, channel: 'email', ...email }).smsTemplate).toBe('');
  });

  it('a campaign that names no channel is e-mail, as before texts existed', () => {
    expect(fieldErrorsOf({})).toEqual({
      subjectTemplate: ['Enter a subject for the e-mail'],
      bodyTemplate: ['Enter the e-mail message'],
    });
    expect(saveCampaignInput.parse({ ...base, ...email }).channel).toBe('email');
  });

  it('both channels: all three fields are required, and reported together with any other error', () => {
    expect(fieldErrorsOf({ channel: 'both', name: '' })).toEqual({
      name: ['Name the campaign'],
      subjectTemplate: ['Enter a subject for the e-mail'],
      bodyTemplate: ['Enter the e-mail message'],
      smsTemplate: ['Write the words of the text message'],
    });
    expect(fieldErrorsOf({ channel: 'both', ...email, ...sms })).toEqual({});
  });

  it('limits still hold on every channel: a 301-character subject, a 601-character text', () => {
    expect(fieldErrorsOf({ channel: 'both', ...email, ...sms, subjectTemplate: 'x'.repeat(301) })).toEqual({
      subjectTemplate: ['Keep the subject under 300 characters'],
    });
    expect(fieldErrorsOf({ channel: 'sms', smsTemplate: 'x'.repeat(601) })).toEqual({
      smsTemplate: ['Keep the text under 600 characters'],
    });
  });

  it('the live preview of a text-only campaign needs no e-mail fields', () => {
    expect(previewMessageInput.parse({ channel: 'sms', ...sms })).toMatchObject({
      channel: 'sms',
      subjectTemplate: '',
      bodyTemplate: '',
    });
  });
});
