import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { type ClientCsvMapping, parseClientsCsv, type RowError } from './parse-clients-csv.ts';

export type ImportResult = {
  total: number;
  created: number;
  updated: number;
  errors: RowError[];
  /** With an SMS consent column: rows imported without consent to texts (they will not be texted). */
  withoutSmsConsent?: number;
};
export type ImportProgress = (done: number, total: number) => void | Promise<void>;

const chunkSize = 500;

/**
 * Import clients from CSV in ONE transaction: bad rows are reported and skipped, good rows are inserted or,
 * for an email already known, updated; if anything fails part-way the whole import rolls back, so there is
 * never a half-imported file. Only mapped columns overwrite an existing client's values.
 */
export async function importClients(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { csv: string; mapping: ClientCsvMapping; smsConsentWording?: string },
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const parsed = parseClientsCsv(input.csv, input.mapping);
  if (parsed.total === 0 && parsed.errors.length)
    throw invalid(parsed.errors[0]?.reason ?? 'Nothing to import');
  const mapped = new Set(Object.values(input.mapping));
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  if (mapped.has('name')) set.name = excluded('name');
  if (mapped.has('phone')) set.phone = excluded('phone');
  if (mapped.has('tags')) set.tags = excluded('tags');
  if (mapped.has('lastServiceAt')) set.lastServiceAt = excluded('last_service_at');
  if (mapped.has('consent')) set.consent = excluded('consent');
  const smsWording = input.smsConsentWording?.trim();
  if (mapped.has('smsConsent')) {
    // Consent to texts is only evidence with the words the client agreed to.
    if (!smsWording) throw invalid('Enter the wording clients agreed to when they gave consent to texts');
    set.smsConsentAt = excluded('sms_consent_at');
    set.smsConsentSource = excluded('sms_consent_source');
    set.smsConsentWording = excluded('sms_consent_wording');
    set.smsConsentBy = excluded('sms_consent_by');
  }
  const smsEvidence = (values: { smsConsentAt?: Date | null }) =>
    mapped.has('smsConsent')
      ? {
          smsConsentAt: values.smsConsentAt ?? null,
          smsConsentSource: values.smsConsentAt ? 'CSV import' : null,
          smsConsentWording: values.smsConsentAt ? (smsWording ?? null) : null,
          smsConsentBy: values.smsConsentAt ? actor.label : null,
        }
      : {};
  let created = 0;
  let updated = 0;
  await db.transaction(async (tx) => {
    await onProgress?.(0, parsed.rows.length);
    for (let start = 0; start < parsed.rows.length; start += chunkSize) {
      const chunk = parsed.rows.slice(start, start + chunkSize);
      const rows = await tx
        .insert(clients)
        .values(chunk.map(({ values }) => ({ orgId, ...values, ...smsEvidence(values) })))
        .onConflictDoUpdate({ target: [clients.orgId, clients.email], set })
        // xmax is 0 only for a freshly inserted row version: it tells an insert from an update.
        .returning({ isNew: sql<boolean>`(xmax = 0)` });
      for (const r of rows) {
        if (r.isNew) created += 1;
        else updated += 1;
      }
      await onProgress?.(Math.min(start + chunkSize, parsed.rows.length), parsed.rows.length);
    }
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'clients.imported',
      entityType: 'client_import',
      detail: { total: parsed.total, created, updated, rejected: parsed.errors.length },
    });
  });
  const result: ImportResult = { total: parsed.total, created, updated, errors: parsed.errors };
  if (mapped.has('smsConsent'))
    result.withoutSmsConsent = parsed.rows.filter((r) => !r.values.smsConsentAt).length;
  return result;
}
