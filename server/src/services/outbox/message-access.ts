import { type Capability, can, type Role } from '@rebound/shared';

/**
 * Who may open a stored message, by what it is about: reading a message must never show more than the
 * procedures for its subject would, so each kind needs the capabilities of its subject. Campaign mail goes with
 * sending campaigns; an alert is about a review, a case or an unhappy client's answer, so it needs reading both
 * reviews and cases; the digest summarises reviews; a message with a one-time sign-in link is for its addressee
 * alone. Kinds not listed: nobody.
 */
const messageNeeds: Record<string, readonly Capability[] | 'addressee only'> = {
  feedback: ['campaigns.send'],
  test: ['campaigns.send'],
  alert: ['reviews.read', 'cases.work'],
  digest: ['reviews.read'],
  account: 'addressee only',
};

export function mayReadMessage(role: Role, kind: string): boolean {
  const needs = messageNeeds[kind];
  if (!needs || needs === 'addressee only') return false;
  return needs.every((capability) => can(role, capability));
}
