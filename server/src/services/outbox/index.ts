export { type ClaimedMessage, claimDueMessages } from './claim-outbox.ts';
export { deliverMessage, maxAttempts } from './deliver-message.ts';
export { type EnqueuedEmail, type EnqueueOptions, enqueueEmail, enqueueEmails } from './enqueue-email.ts';
export { enqueueSms, type SmsToEnqueue } from './enqueue-sms.ts';
export { countOutboxByStatus, listOutbox } from './list-outbox.ts';
export { type OutboxWorker, startOutboxWorker } from './outbox-worker.ts';
export type { SendOutcome, SendPolicies, SendPolicy, SendVerdict } from './send-policy.ts';
