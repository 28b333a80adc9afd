import { z } from 'zod';
import { emailSchema } from './auth.ts';
import { dateOrDateTimeSchema } from './dates.ts';
import { uuidSchema } from './replies.ts';

export const consentStatuses = ['unknown', 'granted', 'withdrawn'] as const;
export const consentStatusSchema = z.enum(consentStatuses);

export const tagSchema = z.string().trim().min(1).max(40);
export const tagsSchema = z.array(tagSchema).max(20, 'Use at most 20 tags');

/** The fields a client row can be imported into; `ignore` drops a column. */
export const clientImportFields = [
  'email',
  'name',
  'phone',
  'tags',
  'lastServiceAt',
  'consent',
  'smsConsent',
  'ignore',
] as const;
export type ClientImportField = (typeof clientImportFields)[number];

export const saveClientInput = z.object({
  clientId: uuidSchema.optional(),
  email: emailSchema,
  name: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(40).optional(),
  tags: tagsSchema.default([]),
  lastServiceAt: dateOrDateTimeSchema.nullable().optional(),
  consent: consentStatusSchema.default('unknown'),
  locationId: uuidSchema.nullable().optional(),
});
export type SaveClientInput = z.infer<typeof saveClientInput>;

export const listClientsInput = z.object({
  search: z.string().trim().max(200).optional(),
  tag: tagSchema.optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

export const tagClientsInput = z.object({
  clientIds: z.array(uuidSchema).min(1).max(5000),
  add: tagsSchema.default([]),
  remove: tagsSchema.default([]),
});

export const suppressInput = z.object({ email: emailSchema });

/** 5 MB of CSV is far more clients than a small business has; larger files go through the CLI. */
export const csvTextSchema = z
  .string()
  .min(1, 'The file is empty')
  .max(5_000_000, 'The file is larger than 5 MB');

export const previewImportInput = z.object({ csv: csvTextSchema });

/** Column index in the file → the field it fills. */
export const importMappingSchema = z.record(z.string().regex(/^\d{1,3}$/), z.enum(clientImportFields));

export const importClientsInput = z.object({
  csv: csvTextSchema,
  mapping: importMappingSchema,
  /** What clients were shown when they agreed to texts; required when a column is mapped to smsConsent. */
  smsConsentWording: z.string().trim().min(10).max(500).optional(),
  /** Chosen by the page so it can ask for progress while the import runs. */
  importId: uuidSchema.optional(),
});

export const importProgressInput = z.object({ importId: uuidSchema });
