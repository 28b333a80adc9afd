import { z } from 'zod';
import { type SourceKind, sourceKindSchema } from '../review.ts';
import { uuidSchema } from './replies.ts';

/** Kinds a person can add from the dashboard; CSV sources receive imports, webhook sources receive pushes. */
export const sourceKindLabels: Record<SourceKind, string> = {
  schema_org: 'Web page with review markup (schema.org)',
  css: 'Web page read with CSS selectors',
  feed: 'RSS or Atom feed',
  apple_json: 'App Store reviews (JSON feed)',
  apple_atom: 'App Store reviews (Atom feed)',
  google: 'Google Business Profile',
  yelp: 'Yelp',
  csv: 'CSV imports',
  webhook: 'Webhook (reviews pushed by another tool)',
  app_store_connect: 'App Store Connect (read and reply)',
  google_play: 'Google Play Console (read and reply)',
  facebook: 'Facebook Page recommendations (read and reply)',
};

/** Kinds whose list is complete on every poll, so a review that vanished was removed. */
export const tracksRemovalsByDefault: Record<SourceKind, boolean> = {
  schema_org: true,
  css: true,
  google: true,
  feed: false,
  apple_json: false,
  apple_atom: false,
  yelp: false,
  csv: false,
  webhook: false,
  app_store_connect: true,
  // The Play API lists only the last week's reviews, so an older one missing from a poll was not removed.
  google_play: false,
  // Every rating of the Page is listed on each poll, so one that vanished was removed.
  facebook: true,
};

/** Kinds that are fetched on a schedule. */
export const polledKinds: SourceKind[] = [
  'schema_org',
  'css',
  'feed',
  'apple_json',
  'apple_atom',
  'google',
  'yelp',
  'app_store_connect',
  'google_play',
  'facebook',
];

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), 'Enter a web address starting with https://');
const selector = z.string().trim().min(1).max(500);

export const cssSelectorsSchema = z.object({
  container: selector,
  text: selector,
  author: selector.optional(),
  rating: selector.optional(),
  title: selector.optional(),
  date: selector.optional(),
  id: selector.optional(),
  ratingAttribute: z.string().trim().min(1).max(100).optional(),
  ratingBest: z.number().positive().max(1000).optional(),
  ratingWorst: z.number().min(0).max(1000).optional(),
});
export type CssSelectorsInput = z.infer<typeof cssSelectorsSchema>;

/** Everything about a source that is not secret. Which fields are required depends on the kind. */
export const sourceSettingsSchema = z.object({
  url: httpUrl.optional(),
  css: cssSelectorsSchema.optional(),
  appId: z
    .string()
    .trim()
    .regex(/^\d{1,15}$/, 'The App Store id is the number after "id" in the app link')
    .optional(),
  country: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2}$/, 'Use a two-letter country code, like us or fr')
    .optional(),
  businessId: z.string().trim().min(1).max(200).optional(),
  accountId: z
    .string()
    .trim()
    .regex(/^[\w-]{1,100}$/, 'Use the numeric account id')
    .optional(),
  googleLocationId: z
    .string()
    .trim()
    .regex(/^[\w-]{1,100}$/, 'Use the numeric location id')
    .optional(),
  clientId: z.string().trim().min(1).max(300).optional(),
  /** App Store Connect API key: the issuer (team) id and the key's own id, from Users and Access → Integrations. */
  issuerId: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F-]{36}$/, 'The issuer id looks like 57246542-96fe-1a63-e053-0824d011072a')
    .optional(),
  keyId: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{10}$/, 'The key id is 10 capital letters and digits')
    .optional(),
  /** Google Play: the app's package name, like com.example.app. */
  packageName: z
    .string()
    .trim()
    .regex(/^[A-Za-z][\w]*(\.[A-Za-z][\w]*)+$/, 'Use the package name, like com.example.app')
    .optional(),
  /** Overrides for self-hosted proxies and local test servers. */
  apiBaseUrl: httpUrl.optional(),
  tokenUrl: httpUrl.optional(),
  tracksRemovals: z.boolean().optional(),
});
export type SourceSettings = z.infer<typeof sourceSettingsSchema>;

/** A Google service account key file: JSON naming the account and holding its private key. */
export function isServiceAccountKey(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return false;
    const key = parsed as Record<string, unknown>;
    return (
      typeof key.client_email === 'string' &&
      typeof key.private_key === 'string' &&
      key.private_key.includes('PRIVATE KEY')
    );
  } catch {
    return false;
  }
}

/** Secrets as typed by the user. Omitted or empty means "keep what is stored". They are never sent back. */
export const sourceSecretsInputSchema = z.object({
  apiKey: z.string().trim().max(2000).optional(),
  clientSecret: z.string().trim().max(2000).optional(),
  refreshToken: z.string().trim().max(4000).optional(),
  /** The App Store Connect API key file (.p8), pasted whole. */
  privateKey: z
    .string()
    .trim()
    .max(10_000)
    .refine(
      (v) => v === '' || /^-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----$/.test(v),
      'Paste the whole .p8 file, from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----',
    )
    .optional(),
  /** The Google Cloud service account key (JSON), pasted whole. */
  serviceAccountJson: z
    .string()
    .trim()
    .max(20_000)
    .refine(
      (v) => v === '' || isServiceAccountKey(v),
      'Paste the whole service account key file (JSON with client_email and private_key)',
    )
    .optional(),
});
export type SourceSecretsInput = z.infer<typeof sourceSecretsInputSchema>;
export type SecretName = keyof SourceSecretsInput | 'webhookSecret';

export const sourceScheduleSchema = z.object({
  intervalSeconds: z
    .number()
    .int()
    .min(60, 'Poll at most once a minute')
    .max(7 * 86_400, 'Poll at least once a week')
    .default(3600),
  /** A cron expression (five or six fields); when set it decides the times instead of the interval. */
  cron: z.string().trim().max(120).nullable().default(null),
});
export type SourceSchedule = z.infer<typeof sourceScheduleSchema>;

type Requirement = {
  field: string;
  message: string;
  present: (s: SourceSettings, secrets: Set<SecretName>) => boolean;
};
const needsUrl: Requirement = {
  field: 'settings.url',
  message: 'Enter the address to watch',
  present: (s) => !!s.url,
};
const requirements: Record<SourceKind, Requirement[]> = {
  schema_org: [needsUrl],
  css: [
    needsUrl,
    {
      field: 'settings.css',
      message: 'Set at least the container and text selectors',
      present: (s) => !!s.css,
    },
  ],
  feed: [needsUrl],
  apple_json: [
    {
      field: 'settings.appId',
      message: 'Enter the App Store id (or a feed address)',
      present: (s) => !!s.appId || !!s.url,
    },
  ],
  apple_atom: [
    {
      field: 'settings.appId',
      message: 'Enter the App Store id (or a feed address)',
      present: (s) => !!s.appId || !!s.url,
    },
  ],
  yelp: [
    {
      field: 'settings.businessId',
      message: 'Enter the Yelp business id or alias',
      present: (s) => !!s.businessId,
    },
    {
      field: 'secrets.apiKey',
      message: 'Enter your Yelp Fusion API key',
      present: (_, k) => k.has('apiKey'),
    },
  ],
  google: [
    { field: 'settings.accountId', message: 'Enter the Google account id', present: (s) => !!s.accountId },
    {
      field: 'settings.googleLocationId',
      message: 'Enter the Google location id',
      present: (s) => !!s.googleLocationId,
    },
    { field: 'settings.clientId', message: 'Enter the OAuth client id', present: (s) => !!s.clientId },
    {
      field: 'secrets.clientSecret',
      message: 'Enter the OAuth client secret',
      present: (_, k) => k.has('clientSecret'),
    },
    {
      field: 'secrets.refreshToken',
      message: 'Enter the refresh token',
      present: (_, k) => k.has('refreshToken'),
    },
  ],
  csv: [],
  webhook: [],
  app_store_connect: [
    { field: 'settings.appId', message: 'Enter the app’s Apple ID', present: (s) => !!s.appId },
    { field: 'settings.issuerId', message: 'Enter the issuer id', present: (s) => !!s.issuerId },
    { field: 'settings.keyId', message: 'Enter the key id', present: (s) => !!s.keyId },
    {
      field: 'secrets.privateKey',
      message: 'Paste the .p8 private key',
      present: (_, k) => k.has('privateKey'),
    },
  ],
  google_play: [
    {
      field: 'settings.packageName',
      message: 'Enter the package name',
      present: (s) => !!s.packageName,
    },
    {
      field: 'secrets.serviceAccountJson',
      message: 'Paste the service account key',
      present: (_, k) => k.has('serviceAccountJson'),
    },
  ],
  // A Page token can only come from Facebook Login, so this kind is never typed in.
  facebook: [
    {
      field: 'kind',
      message: 'Facebook Pages are added with the Connect Facebook Page button',
      present: () => false,
    },
  ],
};

/** Field errors for what a kind still needs; `secretsSet` names the secrets stored or being set. */
export function missingSourceFields(
  kind: SourceKind,
  settings: SourceSettings,
  secretsSet: Set<SecretName>,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const r of requirements[kind]) if (!r.present(settings, secretsSet)) errors[r.field] = [r.message];
  return errors;
}

export function typedSecretNames(secrets: SourceSecretsInput | undefined): Set<SecretName> {
  return new Set(Object.entries(secrets ?? {}).flatMap(([k, v]) => (v ? [k as SecretName] : [])));
}

const nameSchema = z.string().trim().min(1, 'Give the source a name').max(120);

export const createSourceInput = z
  .object({
    kind: sourceKindSchema,
    name: nameSchema,
    locationId: uuidSchema.nullable().optional(),
    schedule: sourceScheduleSchema.default({ intervalSeconds: 3600, cron: null }),
    settings: sourceSettingsSchema.default({}),
    secrets: sourceSecretsInputSchema.default({}),
  })
  .superRefine((input, ctx) => {
    const missing = missingSourceFields(input.kind, input.settings, typedSecretNames(input.secrets));
    for (const [field, [message = 'Required'] = []] of Object.entries(missing))
      ctx.addIssue({ code: 'custom', path: field.split('.'), message });
  });
export type CreateSourceInput = z.input<typeof createSourceInput>;

export const updateSourceInput = z.object({
  sourceId: uuidSchema,
  name: nameSchema.optional(),
  locationId: uuidSchema.nullable().optional(),
  schedule: sourceScheduleSchema.optional(),
  settings: sourceSettingsSchema.optional(),
  secrets: sourceSecretsInputSchema.optional(),
});
export type UpdateSourceInput = z.input<typeof updateSourceInput>;

export const sourceIdInput = z.object({ sourceId: uuidSchema });
export const pollRunsInput = z.object({
  sourceId: uuidSchema,
  limit: z.number().int().min(1).max(200).default(20),
});

/** Try a source without saving it: a stored one (by id) or the form as typed (with stored secrets filling blanks). */
export const testSourceInput = z.object({
  sourceId: uuidSchema.optional(),
  draft: z
    .object({
      kind: sourceKindSchema,
      settings: sourceSettingsSchema.default({}),
      secrets: sourceSecretsInputSchema.default({}),
    })
    .optional(),
});

export const previewCssInput = z.object({ url: httpUrl, css: cssSelectorsSchema });

export const csvMappingSchema = z.object({
  author: z.string().max(200).nullable(),
  rating: z.string().max(200).nullable(),
  text: z.string().max(200).nullable(),
  title: z.string().max(200).nullable(),
  date: z.string().max(200).nullable(),
  id: z.string().max(200).nullable(),
  url: z.string().max(200).nullable().optional(),
  itemName: z.string().max(200).nullable().optional(),
  ratingWorst: z.number().optional(),
  ratingBest: z.number().positive().optional(),
  delimiter: z.string().min(1).max(1).optional(),
  dateOrder: z.enum(['mdy', 'dmy']).optional(),
  timeZone: z.string().max(60).optional(),
});
export type CsvMappingInput = z.infer<typeof csvMappingSchema>;

export const previewCsvInput = z.object({ text: z.string().max(256 * 1024) });

/**
 * One slice of a CSV upload: the header line plus whole records, and how many physical lines
 * precede this slice's first record in the file, so errors name the file's own line numbers.
 */
export const importCsvChunkInput = z.object({
  sourceId: uuidSchema,
  text: z
    .string()
    .min(1)
    .max(4 * 1024 * 1024, 'Send at most 4 MB per slice'),
  lineOffset: z.number().int().min(0),
  mapping: csvMappingSchema,
});
