import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import { listOutboxFiles, readOutboxFile } from '../../mail/index.ts';
import { notFound } from '../errors.ts';

/**
 * The .eml folder is one per installation, shared by every organization on it: a file is shown only when
 * its Message-ID belongs to one of this organization's outbox rows.
 */
export async function listOrgOutboxFiles(db: Db, orgId: string, outboxDir: string) {
  const files = (await listOutboxFiles(outboxDir)).slice(0, 5000);
  const ids = files.map((f) => f.messageId).filter(Boolean);
  const owned = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .select({ messageId: outbox.messageId })
      .from(outbox)
      .where(and(eq(outbox.orgId, orgId), inArray(outbox.messageId, ids.slice(i, i + 500))));
    for (const r of rows) owned.add(r.messageId);
  }
  return files.filter((f) => owned.has(f.messageId)).slice(0, 500);
}

export async function readOrgOutboxFile(db: Db, orgId: string, outboxDir: string, file: string) {
  const bytes = await readOutboxFile(outboxDir, file);
  if (!bytes) throw notFound('Message file');
  const head = bytes.subarray(0, 64 * 1024).toString('utf8');
  const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1];
  if (!messageId) throw notFound('Message file');
  const [row] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.messageId, messageId)));
  if (!row) throw notFound('Message file');
  return { file, raw: bytes.toString('utf8').slice(0, 512_000) };
}
