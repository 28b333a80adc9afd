import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Db } from '../../db/client.ts';
import { parseReviewCsv, previewReviewCsv, type ReviewCsvMapping } from '../../sources/csv.ts';
import { auditImport } from './audit-import.ts';
import { importReviewRows } from './import-review-rows.ts';
import type { ImportReport, ImportTarget } from './review-import-report.ts';
import { describeRanges } from './review-import-report.ts';

type Io = { out: NodeJS.WritableStream; err: NodeJS.WritableStream };

export type CsvFileOptions = {
  map: { column: string; field: keyof ReviewCsvMapping }[];
  ratingBest?: string | undefined;
  dateOrder?: string | undefined;
  chunkSize?: number;
};

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * `rebound import-reviews`: streams the file, prints each bad row with its line and reason on `err`, and a
 * summary on `out`. Exit code 0 when every row was stored, 3 when some rows were not, 1 when the file
 * cannot be read or its columns do not fit the mapping.
 */
export async function runImportReviews(
  db: Db,
  target: ImportTarget & { name: string },
  file: string,
  io: Io,
  opts: CsvFileOptions,
): Promise<number> {
  let head: string;
  try {
    head = await readHead(file);
  } catch (error) {
    io.err.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const preview = previewReviewCsv(head);
  const mapping: ReviewCsvMapping = { ...preview.suggestedMapping };
  for (const { column, field } of opts.map) {
    if (!preview.headers.some((h) => h.toLowerCase() === column.toLowerCase())) {
      io.err.write(`the column "${column}" is not in the header (columns: ${preview.headers.join(', ')})\n`);
      return 1;
    }
    Object.assign(mapping, { [field]: column });
  }
  if (opts.ratingBest) mapping.ratingBest = Number(opts.ratingBest);
  if (opts.dateOrder === 'mdy' || opts.dateOrder === 'dmy') mapping.dateOrder = opts.dateOrder;
  const shown = Object.entries(mapping)
    .filter(([k, v]) => v && k !== 'delimiter')
    .map(([k, v]) => `${k}=${String(v)}`);
  io.err.write(`importing into "${target.name}" with ${shown.join(', ')}\n`);

  let printed = 0;
  const report: ImportReport = await importReviewRows(
    db,
    target,
    parseReviewCsv(createReadStream(file), mapping),
    {
      chunkSize: opts.chunkSize ?? 500,
      onChunk: (partial) => {
        for (const e of partial.errors.slice(printed)) io.err.write(`${e.error}\n`);
        printed = partial.errors.length;
        io.err.write(`… ${partial.rowsRead} rows read, ${partial.stored} stored\n`);
      },
    },
  );
  for (const e of report.errors.slice(printed)) io.err.write(`${e.error}\n`);
  await auditImport(db, target, { userId: null, label: 'command line' }, report, 'cli');
  io.out.write(
    `${report.stored} of ${report.rowsRead} rows stored (${report.created} new, ${report.updated} updated); ` +
      `${report.errors.length} not stored.\nstored lines: ${describeRanges(report.storedRanges)}\n`,
  );
  return report.errors.length ? 3 : 0;
}
