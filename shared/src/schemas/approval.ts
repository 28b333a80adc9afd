import { z } from 'zod';
import { replyTextSchema, uuidSchema } from './replies.ts';

/** How long an approval can still be taken back before the reply is released to be posted; 0 turns it off. */
export const approvalSettingsInput = z.object({
  undoSeconds: z.number().int().min(0, 'Zero or more seconds').max(600, 'At most 10 minutes'),
  /** After this long, a reply still waiting to be pasted on its platform is pointed out to the owner. */
  unpostedReminderHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
});
export type ApprovalSettingsInput = z.infer<typeof approvalSettingsInput>;

/** A new text for a reply already approved (and maybe posted): it is checked again and approved again. */
export const reviseReplyInput = z.object({
  replyId: uuidSchema,
  text: replyTextSchema,
  overrideReason: z.string().trim().max(500).optional(),
});

export const bulkApproveInput = z.object({
  draftIds: z.array(uuidSchema).min(1, 'Choose at least one reply').max(100, 'At most 100 at once'),
});
