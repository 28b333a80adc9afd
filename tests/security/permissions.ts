import type { Role } from '@rebound/shared';

/**
 * Who may call what: the single statement of Rebound's access policy that the access-matrix test holds the code to.
 *
 * - a list of roles: signed-in members of the organization with one of these roles; everyone else is refused
 *   (signed out: UNAUTHORIZED, other roles: FORBIDDEN) before the input is even read;
 * - 'public': anyone, signed in or not (sign-in, setup, the session probe);
 * - 'token': anyone, but the request itself carries a secret (feedback link, unsubscribe link, webhook signature,
 *   scrape token); without a valid one it is refused, whoever is signed in.
 *
 * A procedure or route without an entry fails the test, so adding one means deciding who may use it.
 * docs/security.md has the same table in prose; keep the two in step.
 */
export type Access = readonly Role[] | 'public' | 'token';

const everyMember: readonly Role[] = ['owner', 'manager', 'marketing', 'admin'];
/** Reads of reviews and replies: the people who answer customers, and the admin who runs the account. */
const reviewReaders: readonly Role[] = ['owner', 'manager', 'admin'];
/** Only owners decide what is said publicly in the business's name. */
const ownerOnly: readonly Role[] = ['owner'];
/** Organization settings: members, sources, alerts. */
const orgAdmins: readonly Role[] = ['owner', 'admin'];

export const procedurePermissions: Record<string, Access> = {
  'auth.me': 'public',
  'auth.signIn': 'public',
  'auth.signOut': everyMember,
  'auth.setupStatus': 'public',

  'auth.completeSetup': 'public',
  'auth.loadDemo': 'public',

  'members.list': everyMember,
  'members.add': orgAdmins,

  'reviews.inbox': reviewReaders,
  'reviews.get': reviewReaders,

  'replies.edit': ownerOnly,
  'replies.approve': ownerOnly,
  'replies.reject': ownerOnly,
};

/** Non-tRPC HTTP endpoints, keyed "METHOD /path" exactly as Hono lists them. */
export const routePermissions: Record<string, Access> = {
  'GET /health': 'public',
  'GET /metrics': 'token',
  'GET /demo-site/reviews': 'public',
  // Only while the dashboard is not built: a page that says how to build it.
  'GET /': 'public',
};

export function describeAccess(access: Access): string {
  return typeof access === 'string' ? access : access.join(', ');
}
