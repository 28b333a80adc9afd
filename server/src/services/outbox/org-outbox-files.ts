import type { Role } from '@rebound/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import { listOutboxFiles, readOutboxFile } from '../../mail/index.ts';
import { forbidden, notFound } from '../errors.ts';
import { mayReadMessage } from './message-access.ts';

/**
 * The .eml folder is one per installation, shared by every organization on it: a file is shown only when
 * its Message-ID belongs to one of this organization's outbox rows, and only when the reader's role may read
 * what that message is about.
 */
export async function listOrgOutboxFiles(db: Db, orgId: string, role: Role, outboxDir: string) {
  const files = (await listOutboxFiles(outboxDir)).slice(0, 5000);
  const ids = files.map((f) => f.messageId).filter(Boolean);
  const readable = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .select({ messageId: outbox.messageId, kind: outbox.kind })
      .from(outbox)
      .where(and(eq(outbox.orgId, orgId), inArray(outbox.messageId, ids.slice(i, i + 500))));
    for (const r of rows) if (mayReadMessage(role, r.kind)) readable.add(r.messageId);
  }
  return files.filter((f) => readable.has(f.messageId)).slice(0, 500);
}

export async function readOrgOutboxFile(db: Db, orgId: string, role: Role, outboxDir: string, file: string) {
  const bytes = await readOutboxFile(outboxDir, file);
  if (!bytes) throw notFound('Message file');
  const head = bytes.subarray(0, 64 * 1024).toString('utf8');
  const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1];
  if (!messageId) throw notFound('Message file');
  const [row] = await db
    .select({ kind: outbox.kind })
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.messageId, messageId)));
  if (!row) throw notFound('Message file');
  if (!mayReadMessage(role, row.kind)) throw forbidden('Your role cannot read this kind of message');
  return { file, raw: bytes.toString('utf8').slice(0, 512_000) };
}
