import {
  type CssSelectorsInput,
  type SourceKind,
  type SourceSettings,
  sourceKindLabels,
} from '@rebound/shared';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf, linkOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';
import type { SourceItem } from './source-list.tsx';
import { TestResult } from './test-result.tsx';

const kinds: SourceKind[] = [
  'schema_org',
  'css',
  'feed',
  'apple_json',
  'apple_atom',
  'google',
  'app_store_connect',
  'google_play',
  'yelp',
  'webhook',
  'csv',
];
const cssFields: Array<[keyof CssSelectorsInput, string, boolean]> = [
  ['container', 'Review container', true],
  ['text', 'Review text', true],
  ['author', 'Author', false],
  ['rating', 'Rating', false],
  ['title', 'Title', false],
  ['date', 'Date', false],
  ['id', 'Review id', false],
];

type Props = { editing: SourceItem | null; onDone(webhookSecret: string | null): void; onCancel(): void };

/** Add or edit a source. Secrets are write-only: the form shows whether one is stored, never its value. */
export function SourceForm({ editing, onDone, onCancel }: Props) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<SourceKind>(editing?.kind ?? 'schema_org');
  const [name, setName] = useState(editing?.name ?? '');
  const [settings, setSettings] = useState<SourceSettings>(editing?.settings ?? {});
  const [css, setCss] = useState<Partial<CssSelectorsInput>>(editing?.settings.css ?? {});
  const [secrets, setSecrets] = useState({
    apiKey: '',
    clientSecret: '',
    refreshToken: '',
    privateKey: '',
    serviceAccountJson: '',
  });
  const [minutes, setMinutes] = useState(
    String(Math.round((editing?.schedule.intervalSeconds ?? 3600) / 60)),
  );
  const [cron, setCron] = useState(editing?.schedule.cron ?? '');
  const create = useMutation(
    trpc.sources.create.mutationOptions({ onSuccess: (r) => onDone(r.webhookSecret) }),
  );
  const update = useMutation(trpc.sources.update.mutationOptions({ onSuccess: () => onDone(null) }));
  const test = useMutation(trpc.sources.test.mutationOptions());
  const preview = useMutation(trpc.sources.previewCss.mutationOptions());
  const save = editing ? update : create;
  const errors = fieldErrorsOf(save.error);

  const cssInput = (): CssSelectorsInput | undefined =>
    kind === 'css' && css.container && css.text
      ? ({ ...css, container: css.container, text: css.text } as CssSelectorsInput)
      : undefined;
  const allSettings = (): SourceSettings => {
    const picked = cssInput();
    return { ...settings, ...(picked ? { css: picked } : {}) };
  };
  const typedSecrets = Object.fromEntries(Object.entries(secrets).filter(([, v]) => v.trim() !== ''));
  const schedule = { intervalSeconds: Math.max(1, Number(minutes) || 60) * 60, cron: cron.trim() || null };
  const set = (key: keyof SourceSettings) => (e: { target: { value: string } }) =>
    setSettings({ ...settings, [key]: e.target.value || undefined });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing)
      update.mutate({ sourceId: editing.id, name, schedule, settings: allSettings(), secrets: typedSecrets });
    else create.mutate({ kind, name, schedule, settings: allSettings(), secrets: typedSecrets });
  };
  const secretHint = (key: keyof typeof secrets) =>
    editing?.secrets[key] === 'set'
      ? 'Stored (hidden). Leave empty to keep it. If the source’s API address changes, enter it again: credentials are only sent to the address they were entered for.'
      : 'Stored encrypted; never shown again.';

  return (
    <form className="card source-form" onSubmit={submit} aria-labelledby="source-form-title">
      <h2 id="source-form-title">{editing ? `Edit ${editing.name}` : 'Add a source'}</h2>
      {save.error && !Object.keys(errors).length ? (
        <p className="error" role="alert">
          {messageOf(save.error)} <ErrorLink error={save.error} onFollow={onCancel} />
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="source-kind">Kind</label>
        <select
          id="source-kind"
          value={kind}
          disabled={!!editing}
          onChange={(e) => setKind(e.target.value as SourceKind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {sourceKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        errors={errors.name}
        required
      />
      {['schema_org', 'css', 'feed'].includes(kind) ? (
        <Field
          label="Address"
          type="url"
          value={settings.url ?? ''}
          onChange={set('url')}
          errors={errors['settings.url']}
          placeholder="https://"
        />
      ) : null}
      {kind === 'apple_json' || kind === 'apple_atom' ? (
        <>
          <Field
            label="App Store id"
            value={settings.appId ?? ''}
            onChange={set('appId')}
            errors={errors['settings.appId']}
            hint="The number after “id” in the app’s link."
          />
          <Field
            label="Country"
            value={settings.country ?? ''}
            onChange={set('country')}
            errors={errors['settings.country']}
            hint="Two letters, like us or fr."
          />
        </>
      ) : null}
      {kind === 'yelp' ? (
        <>
          <p className="note">
            Yelp’s API gives at most three review excerpts per business; Rebound cannot see more than that.
          </p>
          <Field
            label="Yelp business id or alias"
            value={settings.businessId ?? ''}
            onChange={set('businessId')}
            errors={errors['settings.businessId']}
          />
          <Field
            label="Yelp API key"
            type="password"
            autoComplete="off"
            value={secrets.apiKey}
            onChange={(e) => setSecrets({ ...secrets, apiKey: e.target.value })}
            errors={errors['secrets.apiKey']}
            hint={secretHint('apiKey')}
          />
        </>
      ) : null}
      {kind === 'google' ? (
        <>
          <Field
            label="Google account id"
            value={settings.accountId ?? ''}
            onChange={set('accountId')}
            errors={errors['settings.accountId']}
          />
          <Field
            label="Google location id"
            value={settings.googleLocationId ?? ''}
            onChange={set('googleLocationId')}
            errors={errors['settings.googleLocationId']}
          />
          <Field
            label="OAuth client id"
            value={settings.clientId ?? ''}
            onChange={set('clientId')}
            errors={errors['settings.clientId']}
          />
          <Field
            label="OAuth client secret"
            type="password"
            autoComplete="off"
            value={secrets.clientSecret}
            onChange={(e) => setSecrets({ ...secrets, clientSecret: e.target.value })}
            errors={errors['secrets.clientSecret']}
            hint={secretHint('clientSecret')}
          />
          <Field
            label="Refresh token"
            type="password"
            autoComplete="off"
            value={secrets.refreshToken}
            onChange={(e) => setSecrets({ ...secrets, refreshToken: e.target.value })}
            errors={errors['secrets.refreshToken']}
            hint={secretHint('refreshToken')}
          />
        </>
      ) : null}
      {kind === 'app_store_connect' ? (
        <>
          <p className="note">
            Create a key under Users and Access → Integrations → App Store Connect API with the Customer
            Support role. Rebound reads every review of the app and posts only the replies you approve.
          </p>
          <Field
            label="App Apple ID"
            value={settings.appId ?? ''}
            onChange={set('appId')}
            errors={errors['settings.appId']}
            hint="The number in the app’s App Store link, also under App Information."
          />
          <Field
            label="Issuer id"
            value={settings.issuerId ?? ''}
            onChange={set('issuerId')}
            errors={errors['settings.issuerId']}
          />
          <Field
            label="Key id"
            value={settings.keyId ?? ''}
            onChange={set('keyId')}
            errors={errors['settings.keyId']}
          />
          <Field
            label="Private key (.p8 file)"
            type="password"
            autoComplete="off"
            value={secrets.privateKey}
            onChange={(e) => setSecrets({ ...secrets, privateKey: e.target.value })}
            errors={errors['secrets.privateKey']}
            hint={secretHint('privateKey')}
          />
        </>
      ) : null}
      {kind === 'google_play' ? (
        <>
          <p className="note">
            Invite a service account in Play Console (Users and permissions) with “Reply to reviews”. Google’s
            API shows reviews from the last seven days only, and replies are limited to 350 characters.
          </p>
          <Field
            label="Package name"
            value={settings.packageName ?? ''}
            onChange={set('packageName')}
            errors={errors['settings.packageName']}
            placeholder="com.example.app"
          />
          <Field
            label="Service account key (JSON)"
            type="password"
            autoComplete="off"
            value={secrets.serviceAccountJson}
            onChange={(e) => setSecrets({ ...secrets, serviceAccountJson: e.target.value })}
            errors={errors['secrets.serviceAccountJson']}
            hint={secretHint('serviceAccountJson')}
          />
        </>
      ) : null}
      {kind === 'css' ? (
        <fieldset>
          <legend>CSS selectors</legend>
          {cssFields.map(([key, label, required]) => (
            <Field
              key={key}
              label={label}
              value={String(css[key] ?? '')}
              required={required}
              onChange={(e) => setCss({ ...css, [key]: e.target.value || undefined })}
              errors={errors[`settings.css.${key}`]}
            />
          ))}
          <button
            type="button"
            disabled={!settings.url || !cssInput() || preview.isPending}
            onClick={() => {
              const picked = cssInput();
              if (settings.url && picked) preview.mutate({ url: settings.url, css: picked });
            }}
          >
            {preview.isPending ? 'Reading the page…' : 'Preview from the live page'}
          </button>
          {preview.data ? (
            preview.data.ok ? (
              <div className="preview" aria-live="polite">
                <p>
                  The selectors found {preview.data.preview.total} review
                  {preview.data.preview.total === 1 ? '' : 's'}.
                </p>
                {preview.data.preview.warnings.map((w) => (
                  <p key={`${w.field}-${w.message}`} className="warning">
                    {w.message}
                  </p>
                ))}
                <TestResult sample={preview.data.preview.items} />
              </div>
            ) : (
              <p className="error" role="alert">
                {preview.data.error}
              </p>
            )
          ) : null}
        </fieldset>
      ) : null}
      {kind === 'webhook' ? (
        <p className="note">A signing secret is made when you save, and shown once.</p>
      ) : null}
      {kind !== 'webhook' && kind !== 'csv' ? (
        <fieldset>
          <legend>Schedule</legend>
          <Field
            label="Poll every (minutes)"
            type="number"
            min={1}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            errors={errors['schedule.intervalSeconds']}
          />
          <Field
            label="Or a cron expression"
            value={cron}
            onChange={(e) => setCron(e.target.value)}
            errors={errors['schedule.cron']}
            hint="For example 0 */6 * * * (every six hours). When set, it replaces the interval."
            placeholder="optional"
          />
        </fieldset>
      ) : null}
      <div className="source-actions">
        {kind !== 'webhook' && kind !== 'csv' ? (
          <button
            type="button"
            disabled={test.isPending}
            onClick={() =>
              test.mutate({
                ...(editing ? { sourceId: editing.id } : {}),
                draft: { kind, settings: allSettings(), secrets: typedSecrets },
              })
            }
          >
            {test.isPending ? 'Testing…' : 'Test'}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {test.error ? (
        <p className="error" role="alert">
          {messageOf(test.error)}
        </p>
      ) : null}
      {test.data ? (
        <div className="preview" aria-live="polite">
          {test.data.ok ? (
            <p>
              Test fetch worked: {test.data.found} review{test.data.found === 1 ? '' : 's'} found. Nothing was
              saved.
            </p>
          ) : (
            <p className="error" role="alert">
              Test failed: {test.data.error}
            </p>
          )}
          <TestResult sample={test.data.sample} />
        </div>
      ) : null}
    </form>
  );
}

/**
 * The server's link to the cause of a refusal, followed only when it stays inside the dashboard. Following it
 * closes the form, so the source it points to is in view rather than behind the form.
 */
function ErrorLink({ error, onFollow }: { error: unknown; onFollow(): void }) {
  const link = linkOf(error);
  if (!link?.href.startsWith('/') || link.href.startsWith('//')) return null;
  return (
    <a href={link.href} onClick={onFollow}>
      {link.label}
    </a>
  );
}
