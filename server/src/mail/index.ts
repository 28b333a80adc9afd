export { normalizeMailboxAddress } from './address.ts';
export { MailInputError } from './errors.ts';
export { findIncentiveWording } from './incentive-wording.ts';
export type { FeedbackRequestInput, NoticeInput, OutgoingMail } from './message.ts';
export { buildFeedbackRequest, buildNotice, toRawMessage } from './message.ts';
export type { OutboxFile } from './outbox-files.ts';
export { feedbackMergeFields, renderTemplate, validateTemplate } from './template.ts';
export type { MailTransport, SendResult } from './transport.ts';
export { createMailTransport, listOutboxFiles, readOutboxFile } from './transport.ts';
