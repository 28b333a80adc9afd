// The browser build runs in Node too; the package's Node build reads the global Buffer when loaded, which a
// browser does not have, and this writer serves both the dashboard (browser) and the audit export (server).
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvValue = string | number | null | undefined;
export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue };

/**
 * RFC 4180 CSV: a header row, CRLF line ends, quotes only where a cell needs them. A text cell starting with
 * = + - @, a tab or a carriage return gets a leading apostrophe so a spreadsheet shows it instead of running it
 * as a formula; negative numbers stay numbers. Missing and non-finite numbers are empty cells.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records: CsvValue[][] = [columns.map((c) => c.header)];
  for (const row of rows) {
    records.push(columns.map((c) => cellValue(c.value(row))));
  }
  return stringify(records, {
    escape_formulas: true,
    record_delimiter: 'windows',
    // With a record delimiter set, the package only quotes cells holding that exact sequence; a lone \n or \r
    // in a cell must be quoted too or the row splits in a spreadsheet.
    quote_record_delimiter: true,
  });
}

function cellValue(value: CsvValue): CsvValue {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
