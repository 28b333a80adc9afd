import { z } from 'zod';
import { dateTimeSchema } from './dates.ts';
import { uuidSchema } from './replies.ts';

/** The playbook as stages: the happy path, the hard path (escalate, mediate, legal), or walking away. */
export const caseStages = [
  'new',
  'acknowledged',
  'solution_offered',
  'follow_up',
  'resolved',
  'escalated',
  'mediation',
  'legal',
  'terminated',
] as const;
export const caseStageSchema = z.enum(caseStages);
export type CaseStage = z.infer<typeof caseStageSchema>;

/** Which stage may follow which. Anything else is refused with the allowed options named. */
export const caseTransitions: Record<CaseStage, readonly CaseStage[]> = {
  new: ['acknowledged', 'escalated', 'terminated'],
  acknowledged: ['solution_offered', 'escalated', 'terminated'],
  solution_offered: ['follow_up', 'resolved', 'escalated', 'terminated'],
  follow_up: ['resolved', 'solution_offered', 'escalated', 'terminated'],
  resolved: ['follow_up'],
  escalated: ['mediation', 'solution_offered', 'resolved', 'terminated'],
  mediation: ['legal', 'resolved', 'terminated'],
  legal: ['resolved', 'terminated'],
  terminated: [],
};

export const caseStageLabels: Record<CaseStage, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  solution_offered: 'Solution offered',
  follow_up: 'Follow-up',
  resolved: 'Resolved',
  escalated: 'Escalated',
  mediation: 'Mediation',
  legal: 'Legal',
  terminated: 'Terminated',
};

export const contactKinds = ['call', 'email', 'meeting', 'note', 'letter'] as const;
export const contactKindSchema = z.enum(contactKinds);
export type ContactKind = z.infer<typeof contactKindSchema>;

export const remedyKinds = ['redo', 'refund', 'discount', 'other'] as const;
export const remedyStatuses = ['offered', 'accepted', 'declined'] as const;
export type RemedyStatus = (typeof remedyStatuses)[number];

export const letterTemplates = ['meet_halfway', 'mediation', 'payment_demand', 'termination'] as const;
export const letterTemplateSchema = z.enum(letterTemplates);
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

export const caseIdInput = z.object({ caseId: uuidSchema });
export const listCasesInput = z.object({
  stage: caseStageSchema.optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export const moveCaseInput = z.object({
  caseId: uuidSchema,
  to: caseStageSchema,
  note: z.string().trim().max(2000).optional(),
});
export const openCaseInput = z.object({
  title: z.string().trim().min(2, 'Give the case a short title').max(200),
  reviewId: uuidSchema.optional(),
});
export const logEntryInput = z.object({
  caseId: uuidSchema,
  kind: contactKindSchema,
  summary: z.string().trim().min(1, 'Say what was said or agreed').max(10_000),
  occurredAt: dateTimeSchema.optional(),
});
export const addTaskInput = z.object({
  caseId: uuidSchema,
  description: z.string().trim().min(2, 'Describe what was promised').max(500),
  dueAt: dateTimeSchema,
  ownerUserId: uuidSchema.optional(),
});
export const taskIdInput = z.object({ taskId: uuidSchema });
export const addRemedyInput = z.object({
  caseId: uuidSchema,
  kind: z.enum(remedyKinds),
  description: z.string().trim().min(2, 'Describe the remedy').max(500),
  percent: z.number().min(0).max(100).optional(),
  amount: z.number().min(0).max(100_000_000).optional(),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code')
    .optional(),
});
export const decideRemedyInput = z.object({ remedyId: uuidSchema, status: z.enum(['accepted', 'declined']) });

export const letterInput = z.object({
  caseId: uuidSchema,
  template: letterTemplateSchema,
  recipientName: z.string().trim().min(1, 'Who is the letter to?').max(120),
  /** Meet halfway: what we offer; payment demand: what is owed. */
  amount: z.number().min(0).max(100_000_000).optional(),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  contractReference: z.string().trim().max(120).optional(),
  invoiceReference: z.string().trim().max(120).optional(),
  /** Days the recipient has to answer or pay. */
  respondWithinDays: z.number().int().min(1).max(90).default(14),
  /** Termination: what we did for the client, one item a line. */
  obligationsFulfilled: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  referral: z.string().trim().max(300).optional(),
  mediator: z.string().trim().max(200).optional(),
});
export type LetterInput = z.input<typeof letterInput>;
