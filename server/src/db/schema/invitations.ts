import type { Role } from '@rebound/shared';
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';
import { organizations } from './organizations.ts';
import { users } from './users.ts';

/**
 * A standing offer to join an organization with a role, sent to an e-mail address. The person it is for accepts
 * it with the link (signed in as that address, or by choosing a password when the address has no account);
 * the table keeps only the SHA-256 of the link's token.
 */
export const memberInvitations = pgTable(
  'member_invitations',
  {
    orgId: orgId().references(() => organizations.id, { onDelete: 'cascade' }),
    id: id(),
    email: text('email').notNull(),
    role: text('role').$type<Role>().notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    primaryKey({ name: 'member_invitations_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('member_invitations_token_uq').on(t.tokenHash),
    // At most one open invitation per address and organization: inviting again replaces the link.
    uniqueIndex('member_invitations_open_uq')
      .on(t.orgId, t.email)
      .where(sql`accepted_at is null and revoked_at is null`),
    index('member_invitations_org_created_idx').on(t.orgId, t.createdAt),
  ],
);

/** One-time links to choose a new password; only the token's SHA-256 is kept. */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);
