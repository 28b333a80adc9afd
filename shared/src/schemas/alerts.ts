import { z } from 'zod';
import { uuidSchema } from './replies.ts';

export const alertKinds = ['new_negative', 'escalated', 'sla_breach', 'task_overdue'] as const;
export const alertKindSchema = z.enum(alertKinds);
export type AlertKind = z.infer<typeof alertKindSchema>;

export const alertKindLabels: Record<AlertKind, string> = {
  new_negative: 'New negative review',
  escalated: 'Escalated review',
  sla_breach: 'Negative review unanswered too long',
  task_overdue: 'Promise overdue',
};

/** Who hears about what, how long a negative review may wait, and where the webhook goes. */
export const alertSettingsInput = z.object({
  slaHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
  recipients: z.object({
    new_negative: z.array(uuidSchema).max(50),
    escalated: z.array(uuidSchema).max(50),
    sla_breach: z.array(uuidSchema).max(50),
    task_overdue: z.array(uuidSchema).max(50),
  }),
  webhookUrl: z.union([z.url({ protocol: /^https?$/ }).max(2000), z.literal('')]),
});
export type AlertSettingsInput = z.infer<typeof alertSettingsInput>;

export const listAlertsInput = z.object({ limit: z.number().int().min(1).max(500).optional() });
export const alertIdInput = z.object({ alertId: uuidSchema });
