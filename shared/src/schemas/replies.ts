import { z } from 'zod';
import { reviewLabelSchema } from '../review.ts';
import { dateTimeSchema } from './dates.ts';

export const uuidSchema = z.uuid('Not a valid id');

export const inboxFilterInput = z.object({
  locationId: uuidSchema.optional(),
  sourceId: uuidSchema.optional(),
  label: reviewLabelSchema.optional(),
  theme: z.string().trim().min(1).max(60).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type InboxFilterInput = z.infer<typeof inboxFilterInput>;

/** Google's reply limit is 4,096 bytes; we cap text at that many characters and check bytes on posting. */
export const replyTextSchema = z
  .string()
  .trim()
  .min(1, 'A reply cannot be empty')
  .max(4096, 'Keep replies under 4,096 characters');

export const editDraftInput = z.object({ draftId: uuidSchema, text: replyTextSchema });
export const approveDraftInput = z.object({
  draftId: uuidSchema,
  overrideReason: z.string().trim().max(500).optional(),
});
export const rejectDraftInput = z.object({
  draftId: uuidSchema,
  note: z.string().trim().max(1000).optional(),
  sendBack: z.boolean().default(false),
});
export const reviewIdInput = z.object({ reviewId: uuidSchema });

export const draftIdInput = z.object({ draftId: uuidSchema });
export const pickAlternativeInput = z.object({ draftId: uuidSchema, text: replyTextSchema });
export const markPostedInput = z.object({
  replyId: uuidSchema,
  url: z.union([z.url({ protocol: /^https?$/ }).max(2000), z.literal('')]).optional(),
});
export const replyIdInput = z.object({ replyId: uuidSchema });
export const auditExportInput = z.object({
  from: dateTimeSchema.optional(),
  to: dateTimeSchema.optional(),
});
