import { type ClientImportField, MAX_YEAR, MIN_YEAR } from '@rebound/shared';
import { parse as parseSync } from 'csv-parse/sync';
import { sniffDelimiter } from '../../sources/csv-mapping.ts';
import {
  type ClientValues,
  cleanLine,
  readConsent,
  readEmail,
  readServiceDate,
  readTags,
} from './client-fields.ts';

export type ClientCsvMapping = Record<string, ClientImportField>;
export type RowError = { line: number; reason: string };
export type ParsedClientRow = { line: number; values: ClientValues };
export type ClientCsvPreview = {
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: ClientCsvMapping;
  totalRows: number;
};

const headerHints: Array<[ClientImportField, RegExp]> = [
  // Before e-mail consent: "SMS opt-in" is about texts, and would otherwise be read as the general consent.
  ['smsConsent', /(sms|text).*(consent|opt)|(consent|opt).*(sms|text)/i],
  ['email', /e-?mail/i],
  ['phone', /phone|mobile|tel/i],
  ['tags', /tag|label|group|segment/i],
  ['lastServiceAt', /(last|service|visit|appointment|date|served)/i],
  ['consent', /consent|opt|subscri|marketing/i],
  ['name', /name|client|customer/i],
];

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

function readRecords(
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

/** The header, a few rows and a guessed mapping, so the person importing can check columns first. */
export function previewClientsCsv(text: string): ClientCsvPreview {
  const records = readRecords(text);
  const [header, ...rows] = records;
  const headers = (header?.cells ?? []).map((h) => cleanLine(h, 100));
  const suggestedMapping: ClientCsvMapping = {};
  const taken = new Set<ClientImportField>();
  headers.forEach((h, index) => {
    const hit = headerHints.find(([field, pattern]) => !taken.has(field) && pattern.test(h));
    suggestedMapping[String(index)] = hit ? hit[0] : 'ignore';
    if (hit) taken.add(hit[0]);
  });
  return {
    headers,
    sampleRows: rows.slice(0, 5).map((r) => r.cells),
    suggestedMapping,
    totalRows: rows.length,
  };
}

function readRow(cells: string[], mapping: ClientCsvMapping, now: Date): ClientValues | string {
  const cell = (field: ClientImportField) => {
    const entry = Object.entries(mapping).find(([, f]) => f === field);
    return entry ? (cells[Number(entry[0])] ?? '') : '';
  };
  const rawEmail = cell('email').trim();
  if (!rawEmail) return 'email is missing';
  const email = readEmail(rawEmail);
  if (!email) return `email "${cleanLine(rawEmail, 80)}" is not a valid address`;
  const consent = readConsent(cell('consent'));
  if (!consent) return `consent "${cleanLine(cell('consent'), 40)}" is not one of yes, no, unknown`;
  const served = readServiceDate(cell('lastServiceAt'), now);
  if (served === 'invalid')
    return `last service date "${cleanLine(cell('lastServiceAt'), 40)}" is not a real date from ${MIN_YEAR} to ${MAX_YEAR}`;
  if (served === 'future') return 'last service date is in the future';
  const name = cleanLine(cell('name'), 200);
  const phone = cleanLine(cell('phone'), 40) || null;
  const values: ClientValues = {
    email,
    name,
    phone,
    tags: readTags(cell('tags')),
    lastServiceAt: served,
    consent,
  };
  if (!Object.values(mapping).includes('smsConsent')) return values;
  const smsConsent = readConsent(cell('smsConsent'));
  if (!smsConsent) return `SMS consent "${cleanLine(cell('smsConsent'), 40)}" is not one of yes, no, unknown`;
  // The mapped column is the record: only a yes is consent to texts; no or blank leaves the client untextable.
  return { ...values, smsConsentAt: smsConsent === 'granted' ? now : null };
}

/**
 * Every data row becomes either values or an error naming its line (the line the row starts on, the header
 * being line 1) and what is wrong. A later row for the same email replaces an earlier one.
 */
export function parseClientsCsv(
  text: string,
  mapping: ClientCsvMapping,
  now = new Date(),
): { rows: ParsedClientRow[]; errors: RowError[]; total: number } {
  if (!Object.values(mapping).includes('email')) {
    return { rows: [], errors: [{ line: 1, reason: 'No column is mapped to email' }], total: 0 };
  }
  const errors: RowError[] = [];
  const records = readRecords(text, (e) => errors.push(e));
  const byEmail = new Map<string, ParsedClientRow>();
  for (const { line, cells } of records.slice(1)) {
    const values = readRow(cells, mapping, now);
    if (typeof values === 'string') errors.push({ line, reason: values });
    else byEmail.set(values.email, { line, values });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows: [...byEmail.values()], errors, total: Math.max(0, records.length - 1) };
}
