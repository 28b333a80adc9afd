import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Role } from '@rebound/shared';
import type { Db } from '../../server/src/db/client.ts';
import { memberships, users } from '../../server/src/db/schema/index.ts';
import { createFileTransport, toOutboxFileName } from '../../server/src/mail/file-transport.ts';
import { buildNotice } from '../../server/src/mail/index.ts';
import { enqueueEmail } from '../../server/src/services/outbox/index.ts';
import type { World } from './world.ts';

/** A member made straight in the database (no password anyone knows), for tests that change or remove members. */
export async function addMemberRow(db: Db, orgId: string, role: Role): Promise<string> {
  const [user] = await db
    .insert(users)
    .values({ email: `member-${randomUUID()}@fixture.example`, name: 'Fixture Member', passwordHash: 'x' })
    .returning({ id: users.id });
  if (!user) throw new Error('no user');
  await db.insert(memberships).values({ orgId, userId: user.id, role });
  return user.id;
}

/** A message of one kind queued for organization A and written to the outbox folder as the file transport does. */
export async function storeMessageFile(
  world: World,
  kind: string,
  text = `A ${kind} message body`,
): Promise<string> {
  const key = `matrix.${kind}.${randomUUID()}`;
  const mail = buildNotice({
    to: { name: null, address: 'someone@fixture.example' },
    from: { name: 'Rebound', address: 'no-reply@rebound.localhost' },
    subject: `A ${kind} message`,
    text,
    idempotencyKey: key,
    domain: 'rebound.localhost',
  });
  await enqueueEmail(world.db, world.orgA.orgId, mail, { idempotencyKey: key, kind });
  const sent = await createFileTransport(path.join(world.server.dataDir, 'outbox')).send(mail);
  if (!sent.ok) throw new Error(sent.response);
  return toOutboxFileName(mail.messageId);
}
