import { parse as parseSync } from 'csv-parse/sync';
import { sniffDelimiter } from '../../sources/csv-mapping.ts';
import type { RowError } from './parse-clients-csv.ts';

type RawRecord = { record: string[]; raw: string };

// With `raw: true` csv-parse returns `{ record, raw }` per line, which its types do not describe: check each.
function isRawRecord(value: unknown): value is RawRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    'raw' in value &&
    typeof value.raw === 'string' &&
    'record' in value &&
    Array.isArray(value.record)
  );
}

export function readRecords(
  text: string,
  onSkip?: (error: RowError) => void,
): Array<{ line: number; cells: string[] }> {
  let nextLine = 1;
  const out: Array<{ line: number; cells: string[] }> = [];
  const records: unknown[] = parseSync(text, {
    delimiter: sniffDelimiter(text.slice(0, 65_536)),
    bom: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error)
        onSkip?.({ line: Number(error.lines) || nextLine, reason: `Unreadable CSV: ${error.message}` });
    },
  });
  for (const entry of records) {
    if (!isRawRecord(entry)) continue;
    const leading = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(entry.raw)?.[0] ?? '';
    const line = nextLine + (leading.match(/\r\n|\r|\n/g)?.length ?? 0);
    nextLine += entry.raw.match(/\r\n|\r|\n/g)?.length ?? 0;
    out.push({ line, cells: entry.record });
  }
  return out;
}
