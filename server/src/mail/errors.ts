/**
 * Raised when a message cannot be built from its input (bad address, non-https unsubscribe link, a template
 * that offers a reward). Retrying the same input can never succeed, so senders treat it as a permanent failure.
 */
export class MailInputError extends Error {
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    super(issues.join('; '));
    this.name = 'MailInputError';
    this.issues = issues;
  }
}
