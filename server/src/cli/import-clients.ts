import { readFile } from 'node:fs/promises';
import { type ClientImportField, clientImportFields } from '@rebound/shared';
import { importClients } from '../services/clients/import-clients.ts';
import { type ClientCsvMapping, parseClientsCsv } from '../services/clients/parse-clients-csv.ts';
import { previewClientsCsv } from '../services/clients/preview-clients-csv.ts';
import { DomainError } from '../services/errors.ts';
import { orgIdBySlug } from '../services/orgs/members.ts';
import { CliError, withDatabase } from './context.ts';

type Out = { write(text: string): unknown };

function readMapping(headers: string[], suggested: ClientCsvMapping, spec?: string): ClientCsvMapping {
  if (!spec) return suggested;
  const mapping: ClientCsvMapping = Object.fromEntries(headers.map((_, i) => [String(i), 'ignore' as const]));
  for (const pair of spec.split(',')) {
    const [column = '', field = ''] = pair.split('=').map((s) => s.trim());
    const index = headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    if (index < 0)
      throw new CliError(`--map: no column named "${column}" (columns: ${headers.join(', ')})`, 2);
    if (!clientImportFields.includes(field as ClientImportField))
      throw new CliError(`--map: "${field}" is not one of ${clientImportFields.join(', ')}`, 2);
    mapping[String(index)] = field as ClientImportField;
  }
  return mapping;
}

/** Prints the mapping used, each bad row as `line N: reason` on stderr, a progress line and a summary. */
export async function runImportClients(
  file: string,
  opts: { org: string; map?: string; dryRun?: boolean },
  io: { out: Out; err: Out },
): Promise<number> {
  const csv = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`cannot read ${file}`);
  });
  const preview = previewClientsCsv(csv);
  const mapping = readMapping(preview.headers, preview.suggestedMapping, opts.map);
  const used = Object.entries(mapping)
    .filter(([, f]) => f !== 'ignore')
    .map(([i, f]) => `${preview.headers[Number(i)] ?? i} → ${f}`);
  io.err.write(`columns: ${used.join(', ') || '(none)'}\n`);
  if (opts.dryRun) {
    const parsed = parseClientsCsv(csv, mapping);
    for (const e of parsed.errors) io.err.write(`line ${e.line}: ${e.reason}\n`);
    io.out.write(
      `${parsed.rows.length} rows would be imported, ${parsed.errors.length} rejected (dry run)\n`,
    );
    return parsed.errors.length ? 1 : 0;
  }
  return withDatabase(async ({ db }) => {
    try {
      const orgId = await orgIdBySlug(db, opts.org);
      const result = await importClients(
        db,
        orgId,
        { userId: null, label: 'cli' },
        { csv, mapping },
        (done, total) => {
          io.err.write(`\rimporting ${done}/${total}`);
        },
      );
      io.err.write('\n');
      for (const e of result.errors) io.err.write(`line ${e.line}: ${e.reason}\n`);
      io.out.write(
        `${result.created} created, ${result.updated} updated, ${result.errors.length} rejected of ${result.total} rows\n`,
      );
      return result.errors.length ? 1 : 0;
    } catch (error) {
      if (error instanceof DomainError) throw new CliError(error.message);
      throw error;
    }
  });
}
