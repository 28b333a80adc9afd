import type { ClientImportField } from '@rebound/shared';
import { cleanLine } from './client-fields.ts';
import { readRecords } from './csv-records.ts';
import type { ClientCsvMapping, ClientCsvPreview } from './parse-clients-csv.ts';

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
