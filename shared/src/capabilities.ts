import type { Role } from './roles.ts';

const everyMember: readonly Role[] = ['owner', 'manager', 'marketing', 'admin'];

/**
 * What each role may do: the one access table. Server procedures are built on a capability
 * (`capabilityProcedure` in server/src/trpc/init.ts), services and pages ask `can(role, capability)`, so a role list
 * is written here and nowhere else. Only owners decide what is said publicly in the business's name; managers do the
 * legwork around replies and cases; admins run the account; marketing runs feedback campaigns. Who may grant which
 * role is a different table, role-grants.ts.
 */
const table = {
  'members.read': everyMember,
  // Which roles each of them may grant or manage is their row in role-grants.ts.
  'members.manage': ['owner', 'admin'],

  'reviews.read': ['owner', 'manager', 'admin'],
  // The inbox, and the reply target shown there as a timer: the people who answer customers.
  'inbox.work': ['owner', 'manager'],
  'replies.edit': ['owner'],
  // Approving, rejecting, undoing either, approving many at once, trying a failed post again.
  'replies.approve': ['owner'],
  // Changing or taking back a reply that is already public.
  'replies.revise': ['owner'],
  'replies.configureApproval': ['owner'],
  // Pasting an approved reply onto a platform without an API is clerical work a manager may do.
  'replies.post': ['owner', 'manager'],

  // Recovery cases: marketing and admins do not see clients' complaints in detail.
  'cases.work': ['owner', 'manager'],
  'alerts.read': ['owner', 'manager'],
  // Where alerts go, and the alert webhook's secret.
  'alerts.configure': ['owner'],
  // Mailed an unhappy client's answer, and every alert while the organization has not chosen its recipients.
  'alerts.receive': ['owner'],
  'digest.receive': ['owner', 'manager'],

  // Marketing may look at sources and their health; changing what Rebound watches is for those who run the business.
  'sources.read': everyMember,
  'sources.manage': ['owner', 'manager', 'admin'],
  // Connecting an account hands Rebound the business's keys.
  'sources.connect': ['owner', 'admin'],
  // The server's fetch allow-list, shown to those who manage the account to explain a refusal.
  'sources.readFetchPolicy': ['owner', 'admin'],

  // Reputation trends and the competitor benchmark are for the people who run the business.
  'trends.read': ['owner', 'manager', 'admin'],
  // How feedback requests do, and the filters of the dashboard that shows it.
  'trends.readFeedback': everyMember,
  'competitors.read': ['owner', 'manager', 'admin'],
  'competitors.manage': ['owner', 'manager', 'admin'],

  // Marketing runs clients, campaigns and their mail, with the owner and the admin; managers look.
  'clients.read': everyMember,
  'clients.manage': ['owner', 'marketing', 'admin'],
  'campaigns.read': everyMember,
  'campaigns.edit': ['owner', 'marketing', 'admin'],
  'campaigns.send': ['owner', 'marketing', 'admin'],
  // The outbox itself; which stored messages each role may open follows what they are about.
  'outbox.read': everyMember,

  'audit.read': ['owner', 'admin'],
  // Whether drafting uses an LLM, and where: a setting of the account.
  'llm.readSettings': ['owner', 'admin'],
  // Trying the LLM drafts a reply in the business's name.
  'llm.try': ['owner'],
} satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof table;

export const capabilities: Readonly<Record<Capability, readonly Role[]>> = table;

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role ? capabilities[capability].includes(role) : false;
}

/** The roles that hold a capability, e.g. to select the members who receive a kind of mail. */
export function rolesWith(capability: Capability): readonly Role[] {
  return capabilities[capability];
}
