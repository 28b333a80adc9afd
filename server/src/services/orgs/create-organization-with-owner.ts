import { count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/executor.ts';
import { memberships, organizations, setupTokens, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { normalizeEmail } from '../auth/normalize-email.ts';
import { hashPassword } from '../auth/password.ts';
import { hashToken } from '../auth/tokens.ts';
import { conflict, DomainError } from '../errors.ts';
import type { CreateOrgInput } from './setup.ts';

const SPENT_LINK = 'This setup link is no longer valid';

/**
 * Spend every outstanding setup link in one UPDATE, inside the transaction that creates the first
 * organization. Concurrent setups wait on the same rows' locks and then find them used, so a link (or a
 * second link printed by a restart) creates at most one organization; a failed setup rolls the spend back.
 */
async function spendSetupLinks(tx: Tx, token: string, now: Date): Promise<void> {
  const spent = await tx
    .update(setupTokens)
    .set({ usedAt: now })
    .where(isNull(setupTokens.usedAt))
    .returning({ tokenHash: setupTokens.tokenHash, expiresAt: setupTokens.expiresAt });
  const tokenHash = hashToken(token);
  const isMine = spent.some((row) => row.tokenHash === tokenHash && row.expiresAt > now);
  const [existing] = await tx.select({ n: count() }).from(users);
  if (!isMine || (existing?.n ?? 0) > 0) throw new DomainError('forbidden', SPENT_LINK);
}

/** Create an organization with its first owner; with a setup link, only if that link is spent doing it. */
export async function createOrganizationWithOwner(
  db: Db,
  input: CreateOrgInput,
  opts: { setupToken?: string; now?: Date } = {},
) {
  const passwordHash = await hashPassword(input.ownerPassword);
  return db.transaction(async (tx) => {
    if (opts.setupToken !== undefined) await spendSetupLinks(tx, opts.setupToken, opts.now ?? new Date());
    const slugTaken = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, input.orgSlug));
    if (slugTaken.length)
      throw new DomainError('conflict', 'That organization address is taken', {
        orgSlug: ['Already in use'],
      });
    const email = normalizeEmail(input.ownerEmail);
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing.length) throw conflict('A user with that email already exists');
    const [org] = await tx
      .insert(organizations)
      .values({
        name: input.orgName,
        slug: input.orgSlug,
        postalAddress: input.postalAddress,
        settings: input.settings ?? {},
      })
      .returning({ id: organizations.id });
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.ownerName, passwordHash })
      .returning({ id: users.id });
    if (!org || !user) throw new Error('insert returned no row');
    await tx.insert(memberships).values({ orgId: org.id, userId: user.id, role: 'owner' });
    await recordAudit(tx, {
      orgId: org.id,
      actorUserId: user.id,
      actorLabel: email,
      action: 'org.created',
      entityType: 'organization',
      entityId: org.id,
    });
    return { orgId: org.id, userId: user.id };
  });
}
