import { type ClientImportField, MAX_YEAR, MIN_YEAR } from '@rebound/shared';
import {
  type ClientValues,
  cleanLine,
  readConsent,
  readEmail,
  readServiceDate,
  readTags,
} from './client-fields.ts';
import { readRecords } from './csv-records.ts';

export type ClientCsvMapping = Record<string, ClientImportField>;
export type RowError = { line: number; reason: string };
export type ParsedClientRow = { line: number; values: ClientValues };
export type ClientCsvPreview = {
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: ClientCsvMapping;
  totalRows: number;
};

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
