import {
  type CampaignChannelInput,
  channelSendsEmail,
  channelSendsText,
} from '@rebound/shared/schemas/campaigns';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useState } from 'react';
import { useLocation } from 'wouter';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';
import { SmsTemplateField } from './sms-template-field.tsx';
import '../../shared/ui/marketing.css';

const starter = {
  subject: 'How was your visit, {{firstName|there}}?',
  body: 'Hello {{firstName|there}},\n\nThank you for choosing {{businessName}}. Would you take a minute to tell us how it went?\n\n{{feedbackUrl}}\n\nThank you,\n{{senderName}}',
  sms: 'Hi {{firstName|there}}, thanks for your visit. How did it go? Tell us here:',
};

type Channel = CampaignChannelInput;
const channelLabels: Array<[Channel, string]> = [
  ['email', 'E-mail'],
  ['sms', 'Text message'],
  ['both', 'Both'],
];

/** Build a campaign: who, what (with a live preview), when and how fast. Sending happens on its page. */
export function CampaignBuilder() {
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const locations = useQuery(trpc.campaigns.locations.queryOptions());
  const clients = useQuery(trpc.clients.list.queryOptions({ limit: 1000 }));
  const [form, setForm] = useState({
    name: '',
    locationId: '',
    mode: 'rules' as 'rules' | 'list',
    servedWithinDays: 30,
    tags: '',
    picked: [] as string[],
    subjectTemplate: starter.subject,
    bodyTemplate: starter.body,
    scale: 'five' as 'five' | 'nps',
    trackOpens: true,
    ratePerMinute: 60,
    frequencyCapDays: 90,
    sendAt: '',
    channel: 'email' as Channel,
    smsTemplate: starter.sms,
  });
  const locationId = form.locationId || locations.data?.[0]?.id || '';
  const audience =
    form.mode === 'rules'
      ? {
          mode: 'rules' as const,
          servedWithinDays: form.servedWithinDays,
          tags: form.tags
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        }
      : { mode: 'list' as const, clientIds: form.picked };
  // Only the fields of the chosen channel are shown, previewed and sent; the others are kept for a switch back.
  const isEmailing = channelSendsEmail(form.channel);
  const isTexting = channelSendsText(form.channel);
  const emailFields = isEmailing
    ? { subjectTemplate: form.subjectTemplate, bodyTemplate: form.bodyTemplate }
    : {};
  const textFields = isTexting ? { smsTemplate: form.smsTemplate } : {};
  const template = useDeferredValue({ channel: form.channel, ...emailFields, ...textFields });
  const preview = useQuery({
    ...trpc.campaigns.preview.queryOptions({ ...template, locationId: locationId || undefined }),
    enabled: channelSendsEmail(template.channel)
      ? !!template.subjectTemplate?.trim() && !!template.bodyTemplate?.trim()
      : !!template.smsTemplate?.trim(),
    placeholderData: (previous) => previous,
  });
  const reach = useQuery({
    ...trpc.campaigns.audience.queryOptions({
      audience,
      frequencyCapDays: form.frequencyCapDays,
      channel: form.channel,
    }),
    enabled: audience.mode === 'rules' || audience.clientIds.length > 0,
  });
  const save = useMutation(
    trpc.campaigns.save.mutationOptions({ onSuccess: (r) => navigate(`/campaigns/${r.campaignId}`) }),
  );
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      name: form.name,
      locationId,
      scale: form.scale,
      audience,
      ...emailFields,
      ...textFields,
      trackOpens: form.trackOpens,
      ratePerMinute: form.ratePerMinute,
      frequencyCapDays: form.frequencyCapDays,
      sendAt: form.sendAt ? new Date(form.sendAt).toISOString() : null,
      channel: form.channel,
    });
  };
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm({ ...form, [key]: value });

  return (
    <form className="fb-form" onSubmit={submit} aria-labelledby="builder-title">
      <h1 id="builder-title">New feedback campaign</h1>
      <div className="fb-grid">
        <section className="card" aria-label="Audience">
          <Field
            label="Campaign name"
            required
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            errors={errors.name}
          />
          <div className="field">
            <label htmlFor="campaign-location">Location (its public review links are offered)</label>
            <select
              id="campaign-location"
              value={locationId}
              onChange={(e) => set('locationId', e.target.value)}
            >
              {(locations.data ?? []).map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>Who to ask</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={form.mode === 'rules'}
                onChange={() => set('mode', 'rules')}
              />{' '}
              Clients served recently
            </label>{' '}
            <label>
              <input
                type="radio"
                name="mode"
                checked={form.mode === 'list'}
                onChange={() => set('mode', 'list')}
              />{' '}
              Pick by hand
            </label>
          </fieldset>
          {form.mode === 'rules' ? (
            <>
              <Field
                label="Served within the last (days)"
                type="number"
                min={1}
                value={form.servedWithinDays}
                onChange={(e) => set('servedWithinDays', Number(e.target.value) || 1)}
              />
              <Field
                label="Only with tags"
                hint="Optional, separated by commas"
                value={form.tags}
                onChange={(e) => set('tags', e.target.value)}
              />
            </>
          ) : (
            <fieldset className="fb-errors">
              <legend>Clients</legend>
              {(clients.data ?? []).map((c) => (
                <label key={c.id} style={{ display: 'block' }}>
                  <input
                    type="checkbox"
                    checked={form.picked.includes(c.id)}
                    onChange={(e) =>
                      set(
                        'picked',
                        e.target.checked ? [...form.picked, c.id] : form.picked.filter((id) => id !== c.id),
                      )
                    }
                  />{' '}
                  {c.name || c.email} ({c.email})
                </label>
              ))}
            </fieldset>
          )}
          <Field
            label="Do not ask anyone asked within (days)"
            type="number"
            min={1}
            value={form.frequencyCapDays}
            onChange={(e) => set('frequencyCapDays', Number(e.target.value) || 1)}
          />
          {reach.data ? (
            <p role="status">
              {reach.data.count} client(s) will be asked. Left out: {reach.data.excluded.suppressed}{' '}
              unsubscribed, {reach.data.excluded.consentWithdrawn} without consent,{' '}
              {reach.data.excluded.recentlyAsked} asked recently, {reach.data.excluded.openCase} with an open
              case, {reach.data.excluded.negativeReview} with a negative review.
            </p>
          ) : null}
        </section>
        <section className="card" aria-label="Message">
          <fieldset>
            <legend>Send by</legend>
            {channelLabels.map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="channel"
                  value={value}
                  checked={form.channel === value}
                  onChange={() => set('channel', value)}
                />{' '}
                {label}{' '}
              </label>
            ))}
            {isTexting ? (
              <small className="hint">
                Texts go only to clients who agreed to texts and have a mobile number; the others are counted
                when you send.
              </small>
            ) : null}
          </fieldset>
          {isTexting ? (
            <SmsTemplateField
              value={form.smsTemplate}
              onChange={(value) => set('smsTemplate', value)}
              preview={preview.data?.sms ?? null}
              errors={errors.smsTemplate}
            />
          ) : null}
          {isEmailing ? (
            <>
              <Field
                label="Subject"
                required
                value={form.subjectTemplate}
                onChange={(e) => set('subjectTemplate', e.target.value)}
                errors={errors.subjectTemplate}
              />
              <div className="field">
                <label htmlFor="campaign-body">Message</label>
                <textarea
                  id="campaign-body"
                  value={form.bodyTemplate}
                  onChange={(e) => set('bodyTemplate', e.target.value)}
                  aria-describedby="merge-hint"
                />
                <small id="merge-hint" className="hint">
                  Merge fields:{' '}
                  {
                    '{{firstName}} {{clientName}} {{businessName}} {{locationName}} {{senderName}} {{feedbackUrl}}'
                  }
                  . Never offer anything in return for a review.
                </small>
                {errors.bodyTemplate ? (
                  <small className="error" role="alert">
                    {errors.bodyTemplate.join(' ')}
                  </small>
                ) : null}
              </div>
            </>
          ) : null}
          <div className="field">
            <label htmlFor="campaign-scale">Question</label>
            <select
              id="campaign-scale"
              value={form.scale}
              onChange={(e) => set('scale', e.target.value as 'five' | 'nps')}
            >
              <option value="five">Satisfaction, 1 to 5</option>
              <option value="nps">Likely to recommend, 0 to 10</option>
            </select>
          </div>
          <label>
            <input
              type="checkbox"
              checked={form.trackOpens}
              onChange={(e) => set('trackOpens', e.target.checked)}
            />{' '}
            Count opens (tracking image)
          </label>
          <Field
            label="Messages per minute at most"
            type="number"
            min={1}
            value={form.ratePerMinute}
            onChange={(e) => set('ratePerMinute', Number(e.target.value) || 1)}
          />
          <Field
            label="Send at"
            hint="Leave empty to send when you press Send"
            type="datetime-local"
            value={form.sendAt}
            onChange={(e) => set('sendAt', e.target.value)}
          />
        </section>
        <section className="card" aria-label="Preview">
          <h2>Preview</h2>
          {preview.data?.errors.length ? (
            <ul className="error" role="alert">
              {preview.data.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
          {!isEmailing ? (
            <p className="hint">Texts only: no e-mail is sent.</p>
          ) : (
            <>
              <p>
                <strong>Subject:</strong> <span data-testid="preview-subject">{preview.data?.subject}</span>
              </p>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable preview must be reachable by keyboard */}
              <pre className="fb-preview" data-testid="preview-text" tabIndex={0}>
                {preview.data?.text}
              </pre>
            </>
          )}
        </section>
      </div>
      {save.error && !Object.keys(errors).length ? (
        <p className="error" role="alert">
          {messageOf(save.error)}
        </p>
      ) : null}
      <div className="fb-actions">
        <button type="submit" className="primary" disabled={save.isPending || !locationId}>
          Save campaign
        </button>
      </div>
    </form>
  );
}
