import { z } from 'zod';
import { dateOrDateTimeSchema } from './dates.ts';

/**
 * Filters of the organization's audit log, shared by the audit page, its CSV export and the URL the page keeps
 * them in. A calendar day as `to` means the whole of that day.
 */
export const auditFilterInput = z.object({
  actorUserId: z.uuid('Not a valid person').optional(),
  reviewId: z.uuid('Not a valid review').optional(),
  action: z
    .string()
    .trim()
    .max(80)
    .regex(/^[a-z_.]*$/, 'Not a known action')
    .optional(),
  from: dateOrDateTimeSchema.optional(),
  to: dateOrDateTimeSchema.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterInput>;

export const auditListInput = auditFilterInput.extend({
  limit: z.number().int().min(1).max(500).default(200),
});

/** One piece of a word-level comparison of two texts, in reading order. */
export type WordDiffPart = { op: 'same' | 'added' | 'removed'; text: string };

/** What people see for each action in the audit log; an unknown action shows its key. */
export const auditActionLabels: Record<string, string> = {
  'reply.drafted': 'drafted a reply',
  'reply.edited': 'edited the reply',
  'reply.regenerated': 'regenerated the draft',
  'reply.alternative_chosen': 'chose an alternative draft',
  'reply.approved': 'approved the reply',
  'reply.override': 'approved despite a blocking finding',
  'reply.rejected': 'rejected the draft',
  'reply.sent_back': 'sent the draft back',
  'reply.revised': 'revised an approved reply',
  'reply.withdrawn': 'withdrew a reply',
  'reply.posted': 'posted the reply',
  'reply.post_failed': 'posting failed',
  'review.recovered': 'reviewer came back (recovery)',
  'case.opened': 'opened a case',
  'case.moved': 'moved a case',
  'reply.approval_undone': 'undid an approval',
  'reply.rejection_undone': 'undid a rejection',
  'reply.post_retried': 'retried posting',
  'source.created': 'added a source',
  'source.updated': 'changed a source',
  'source.deleted': 'removed a source',
  'source.csv_imported': 'imported reviews from CSV',
  'member.added': 'added a member',
  'member.invited': 'invited a member',
  'member.joined': 'joined',
  'member.role_changed': 'changed a role',
  'member.removed': 'removed a member',
  'member.password_reset_sent': 'sent a password reset',
  'member.password_reset': 'reset a password',
  'feedback.requested': 'asked a client for feedback',
  'feedback.answered': 'a client answered a feedback request',
};

export function auditActionLabel(action: string): string {
  const known = auditActionLabels[action];
  if (known) return known;
  // Case log entries carry their kind in the action (case.logged_call, case.logged_email, ...).
  if (action.startsWith('case.logged_'))
    return `logged a ${action.slice('case.logged_'.length).replace(/_/g, ' ')}`;
  return action;
}
