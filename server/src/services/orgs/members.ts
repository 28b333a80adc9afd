import type { Role } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, organizations, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { normalizeEmail } from '../auth/normalize-email.ts';
import { hashPassword } from '../auth/password.ts';
import { DomainError, notFound } from '../errors.ts';

export type Actor = { userId: string | null; label: string };

/** Add a user to an organization with a role; an existing account (by email) just gains the membership. */
export async function addMember(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { email: string; name: string; role: Role; password: string },
) {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    let userId = (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id;
    if (!userId) {
      const [u] = await tx
        .insert(users)
        .values({ email, name: input.name, passwordHash })
        .returning({ id: users.id });
      userId = u?.id;
    }
    if (!userId) throw new Error('insert returned no row');
    const member = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    if (member.length)
      throw new DomainError('conflict', 'That person is already a member', { email: ['Already a member'] });
    await tx.insert(memberships).values({ orgId, userId, role: input.role });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'member.added',
      entityType: 'user',
      entityId: userId,
      detail: { email, role: input.role },
    });
    return { userId };
  });
}

export async function listMembers(db: Db, orgId: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(users.email);
}

export async function orgIdBySlug(db: Db, slug: string): Promise<string> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  const id = rows[0]?.id;
  if (!id) throw notFound(`Organization "${slug}"`);
  return id;
}
