import type { Role } from '@rebound/shared';

/**
 * Who may open a stored message, by what it is about: reading a message must never show more than the
 * procedures for its subject would. Campaign mail is marketing's; an alert is about a review, a case or an
 * unhappy client's answer, so it is for those who may read both reviews and cases; the digest summarises
 * reviews; a message with a one-time sign-in link is for its addressee alone. Kinds not listed: nobody.
 */
export const messageReaders: Record<string, readonly Role[]> = {
  feedback: ['owner', 'marketing', 'admin'],
  test: ['owner', 'marketing', 'admin'],
  alert: ['owner', 'manager'],
  digest: ['owner', 'manager', 'admin'],
  account: [],
};

export function mayReadMessage(role: Role, kind: string): boolean {
  return messageReaders[kind]?.includes(role) ?? false;
}
