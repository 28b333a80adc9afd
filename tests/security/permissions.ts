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

/** Recovery cases: the people who deal with unhappy customers. */
const caseWorkers: readonly Role[] = ['owner', 'manager'];
/** Trends and source health: everyone who runs the business, not marketing. */
const businessReaders: readonly Role[] = ['owner', 'manager', 'admin'];
/** Clients, campaigns and the outbox: marketing runs them, with the owner and admin. */
const marketers: readonly Role[] = ['owner', 'marketing', 'admin'];

export const procedurePermissions: Record<string, Access> = {
  'auth.me': 'public',
  'auth.signIn': 'public',
  'auth.signOut': everyMember,
  'auth.setupStatus': 'public',
  'auth.setupPending': 'public',
  'auth.completeSetup': 'public',
  'auth.loadDemo': 'public',

  // Pages reached from a one-time link in an e-mail (invitation, password reset): the link's token is the credential.
  'account.invitation': 'token',
  'account.acceptInvitation': 'token',
  'account.resetPassword': 'token',

  'members.list': everyMember,
  // Which roles each of them may grant, or manage, is the row of roleGrantPolicy below.
  'members.add': orgAdmins,
  'members.invitations': orgAdmins,
  'members.revokeInvitation': orgAdmins,
  'members.changeRole': orgAdmins,
  'members.remove': orgAdmins,
  'members.resetPassword': orgAdmins,

  'reviews.inbox': reviewReaders,
  'reviews.get': reviewReaders,
  'reviews.drafting': reviewReaders,

  'replies.edit': ownerOnly,
  'replies.approve': ownerOnly,
  'replies.reject': ownerOnly,
  'replies.alternatives': ownerOnly,
  'replies.regenerate': ownerOnly,
  'replies.pickAlternative': ownerOnly,
  'replies.retryPost': ownerOnly,
  // Taking back or changing what was said publicly, and saying yes to many at once, is the owner's call too.
  'replies.undoApprove': ownerOnly,
  'replies.bulkApprove': ownerOnly,
  'replies.revise': ownerOnly,
  'replies.withdraw': ownerOnly,
  'replies.undoReject': ownerOnly,
  'replies.approvalSettings': ownerOnly,
  'replies.updateApprovalSettings': ownerOnly,
  // What waits to be pasted on a platform, and how much waits at each step: for whoever does the pasting.
  'replies.toPost': caseWorkers,
  'replies.waiting': caseWorkers,
  // Posting by hand on a site without an API is legwork a manager may do; the text was approved by the owner.
  'replies.markPosted': caseWorkers,

  'cases.list': caseWorkers,
  'cases.get': caseWorkers,
  'cases.open': caseWorkers,
  'cases.move': caseWorkers,
  'cases.log': caseWorkers,
  'cases.openTasks': caseWorkers,
  'cases.addTask': caseWorkers,
  'cases.completeTask': caseWorkers,
  'cases.offerRemedy': caseWorkers,
  'cases.decideRemedy': caseWorkers,
  'cases.draftLetter': caseWorkers,

  'alerts.list': caseWorkers,
  'alerts.sla': caseWorkers,
  'alerts.settings': ownerOnly,
  'alerts.updateSettings': ownerOnly,
  'alerts.rotateWebhookSecret': ownerOnly,

  'audit.list': orgAdmins,
  'audit.exportCsv': orgAdmins,

  // Whether drafting uses an LLM, and where: account settings. Trying it drafts in the business's name: owners only.
  'llm.status': orgAdmins,
  'llm.sampleReviews': ownerOnly,
  'llm.tryOnReview': ownerOnly,

  'sources.list': everyMember,
  // What the server may fetch is set by whoever runs it; those who manage the account see it, to explain a refusal.
  'sources.fetchPolicy': orgAdmins,
  'sources.get': everyMember,
  'sources.runs': everyMember,
  'sources.create': businessReaders,
  'sources.update': businessReaders,
  'sources.pause': businessReaders,
  'sources.resume': businessReaders,
  'sources.remove': businessReaders,
  'sources.rotateWebhookSecret': businessReaders,
  'sources.test': businessReaders,
  'sources.previewCss': businessReaders,
  'sources.pollNow': businessReaders,
  'sources.previewCsv': businessReaders,
  'sources.importCsvChunk': businessReaders,

  // Which Connect buttons exist (no secret). Connecting, picking, disconnecting: whoever may hand over the keys.
  'oauth.providers': everyMember,
  'oauth.start': orgAdmins,
  'oauth.choices': orgAdmins,
  'oauth.connect': orgAdmins,
  'oauth.disconnect': orgAdmins,

  'trends.filters': everyMember,
  'trends.overview': businessReaders,
  'trends.themes': businessReaders,
  'trends.compare': businessReaders,
  'trends.cases': businessReaders,
  'trends.attention': businessReaders,
  'trends.feedback': everyMember,

  // Competitor benchmarking sits beside the trends: read and changed by those who run the business, not marketing.
  'competitors.list': businessReaders,
  'competitors.benchmark': businessReaders,
  'competitors.add': businessReaders,
  'competitors.remove': businessReaders,
  'competitors.refresh': businessReaders,

  'clients.list': everyMember,
  'clients.count': everyMember,
  'clients.suppressions': everyMember,
  'clients.save': marketers,
  'clients.tag': marketers,
  'clients.suppress': marketers,
  'clients.previewImport': marketers,
  'clients.importCsv': marketers,
  'clients.importProgress': marketers,

  'campaigns.list': everyMember,
  'campaigns.get': everyMember,
  'campaigns.locations': everyMember,
  'campaigns.preview': everyMember,
  'campaigns.audience': everyMember,
  'campaigns.funnel': everyMember,
  'campaigns.requests': everyMember,
  'campaigns.save': marketers,
  'campaigns.testSend': marketers,
  'campaigns.launch': marketers,

  'outbox.list': everyMember,
  'outbox.counts': everyMember,
  'outbox.mode': everyMember,
  // Every member reaches the message files; which messages each role may open is messageFilePolicy below.
  'outbox.files': everyMember,
  'outbox.file': everyMember,
};

/**
 * Who may grant which role: inviting someone with it, changing a member to or from it, removing or resetting the
 * password of a member who holds it. Only an owner makes or manages owners (owners approve what is public).
 */
export const roleGrantPolicy: Record<Role, readonly Role[]> = {
  owner: ['owner', 'manager', 'marketing', 'admin'],
  admin: ['manager', 'marketing', 'admin'],
  manager: [],
  marketing: [],
};

/**
 * Who may open a stored message (outbox.file), by what the message is about: never more than the procedures
 * for its subject allow. Campaign mail: those who run campaigns. Alerts (about a review, a case or an unhappy
 * client's answer): those who may read reviews and cases. Digests (a summary of reviews): review readers.
 * Mail with a one-time sign-in link (invitation, password reset): nobody but its addressee.
 */
export const messageFilePolicy: Record<string, readonly Role[]> = {
  feedback: marketers,
  test: marketers,
  alert: caseWorkers,
  digest: reviewReaders,
  account: [],
};

/** Non-tRPC HTTP endpoints, keyed "METHOD /path" exactly as Hono lists them. */
export const routePermissions: Record<string, Access> = {
  'GET /health': 'public',
  'GET /metrics': 'token',
  // Feedback pages and links: the token in the address is the credential (one per request sent).
  'GET /f/:token': 'token',
  'POST /f/:token': 'token',
  'GET /f/:token/go/:n': 'token',
  // The open pixel answers every address with the same image (so it reveals nothing); only a real token counts.
  'GET /f/:token/o.gif': 'public',
  // The link in a feedback text redirects every address to the same feedback page, where the token is checked;
  // only a real token records a visit, so the redirect itself reveals nothing.
  'GET /s/:token': 'public',
  // One-click unsubscribe (RFC 8058): the token in the address is the credential.
  'GET /u/:token': 'token',
  'POST /u/:token': 'token',
  // Reviews pushed by another tool: HMAC signature with the source's webhook secret.
  'POST /api/webhooks/reviews/:sourceId': 'token',
  // Replies to our texts (STOP/START/HELP): the provider's HMAC signature with the account's auth token.
  'POST /api/webhooks/sms/inbound': 'token',
  'POST /api/webhooks/sms/status': 'token',
  // Back from Google's or Facebook's consent page: the single-use state, bound to the session that began it.
  'GET /oauth/:provider/callback': 'token',
  'GET /demo-site/reviews': 'public',
  // Only while the dashboard is not built: a page that says how to build it.
  'GET /': 'public',
};

export function describeAccess(access: Access): string {
  return typeof access === 'string' ? access : access.join(', ');
}
