import type { NormalizedReview } from '@rebound/shared';
import type { Db } from '../../db/client.ts';
import type { ReviewCsvRow } from '../../sources/csv.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { ingestReviews } from '../reviews/ingest-reviews.ts';
import {
  emptyImportReport,
  type ImportOptions,
  type ImportReport,
  type ImportTarget,
} from './review-import-report.ts';

function addLine(ranges: Array<[number, number]>, line: number) {
  const last = ranges[ranges.length - 1];
  if (last && line === last[1] + 1) last[1] = line;
  else ranges.push([line, line]);
}

/**
 * Stores parsed CSV rows in chunks, each chunk in one transaction: a failure loses that chunk only and the
 * report names its lines, so the import never leaves a half-stored chunk and a bad row never blocks good ones.
 */
export async function importReviewRows(
  db: Db,
  target: ImportTarget,
  rows: AsyncIterable<ReviewCsvRow> | Iterable<ReviewCsvRow>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const chunkSize = opts.chunkSize ?? 500;
  const offset = opts.lineOffset ?? 0;
  const report = emptyImportReport();
  const profile = await getBusinessProfile(db, target.orgId);
  let chunk: { line: number; review: NormalizedReview }[] = [];

  const flush = async () => {
    if (!chunk.length) return;
    const batch = chunk;
    chunk = [];
    try {
      const result = await db.transaction((tx) =>
        ingestReviews(
          tx,
          {
            orgId: target.orgId,
            sourceId: target.id,
            locationId: target.locationId,
            profile,
            isCompleteList: false,
          },
          batch.map((r) => r.review),
        ),
      );
      report.created += result.created;
      report.updated += result.updated;
      report.stored += batch.length;
      for (const r of batch) addLine(report.storedRanges, r.line);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      for (const r of batch)
        report.errors.push({
          line: r.line,
          error: `Line ${r.line}: not stored, the batch it was in failed (${reason}).`,
        });
    }
    await opts.onChunk?.(report);
  };

  for await (const row of rows) {
    const line = row.line + offset;
    report.rowsRead++;
    if ('error' in row) {
      report.errors.push({ line, error: row.error.replace(/^Line \d+/, `Line ${line}`) });
      continue;
    }
    chunk.push({ line, review: row.review });
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return report;
}
