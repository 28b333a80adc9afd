import { Readable } from 'node:stream';
import type { NormalizedReview } from '@rebound/shared';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { buildReview, resolveUrl } from './build-review.ts';
import { type ReviewCsvMapping, sniffDelimiter, suggestMapping } from './csv-mapping.ts';
import { toIsoDate } from './normalize/dates.ts';
import { normalizeRating } from './normalize/rating.ts';
import { cleanOptional, cleanText } from './normalize/text.ts';

export type { ReviewCsvMapping } from './csv-mapping.ts';
export type ReviewCsvPreview = {
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: ReviewCsvMapping;
};
export type ReviewCsvRow = { line: number; review: NormalizedReview } | { line: number; error: string };

const sampleSize = 10;

/** The header, the first rows and a guessed column mapping, for the import dialog. */
export function previewReviewCsv(text: string): ReviewCsvPreview {
  const delimiter = sniffDelimiter(text.slice(0, 65_536));
  let records: string[][] = [];
  try {
    records = parseSync(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: sampleSize + 1,
    }) as string[][];
  } catch {
    records = [];
  }
  const [headers = [], ...sampleRows] = records;
  const trimmedHeaders = headers.map((header) => header.trim());
  const suggestedMapping = { ...suggestMapping(trimmedHeaders, sampleRows), delimiter };
  return { headers: trimmedHeaders, sampleRows, suggestedMapping };
}

type RawRecord = { record: string[]; raw: string };

/**
 * Streams reviews out of a CSV file. Every data row yields either a review or an error naming its
 * line (the line the row starts on, counting the header as line 1, so quoted line breaks are
 * accounted for) and what is wrong with it.
 */
export async function* parseReviewCsv(
  input: string | NodeJS.ReadableStream,
  mapping: ReviewCsvMapping,
): AsyncGenerator<ReviewCsvRow> {
  const chunks = decodeChunks(input);
  const first = await chunks.next();
  const head = first.done ? '' : first.value;
  const parser = parse({
    delimiter: mapping.delimiter ?? sniffDelimiter(head),
    bom: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  });
  const source = Readable.from(
    (async function* () {
      if (head) yield head;
      yield* chunks;
    })(),
  );
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let nextLine = 1;
  let columns: ColumnIndexes | null = null;
  try {
    for await (const entry of parser as AsyncIterable<RawRecord>) {
      const line = nextLine + countBreaks(/^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(entry.raw)?.[0] ?? '');
      nextLine += countBreaks(entry.raw);
      if (!columns) {
        const resolved = resolveColumns(entry.record, mapping);
        if (typeof resolved === 'string') {
          yield { line, error: resolved };
          return;
        }
        columns = resolved;
        continue;
      }
      yield readRow(entry.record, columns, mapping, line);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Records parsed just before the failure may never reach us, so trust the parser's own line.
    const line = Number(/at line (\d+)/.exec(message)?.[1] ?? nextLine);
    yield { line, error: `Line ${line}: the file stops being valid CSV here (${message}).` };
  } finally {
    source.destroy();
  }
}

async function* decodeChunks(input: string | NodeJS.ReadableStream): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function countBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

type Field = 'author' | 'rating' | 'text' | 'title' | 'date' | 'id' | 'url' | 'itemName';
type ColumnIndexes = Partial<Record<Field, number>>;
const fields: Field[] = ['author', 'rating', 'text', 'title', 'date', 'id', 'url', 'itemName'];

function resolveColumns(header: string[], mapping: ReviewCsvMapping): ColumnIndexes | string {
  if (!mapping.text) return 'Choose the column that holds the review text.';
  const names = header.map((name) => name.trim().toLowerCase());
  const columns: ColumnIndexes = {};
  for (const field of fields) {
    const wanted = mapping[field];
    if (!wanted) continue;
    const index = names.indexOf(wanted.trim().toLowerCase());
    if (index < 0) return `The column "${wanted}" chosen for ${field} is not in the header.`;
    columns[field] = index;
  }
  return columns;
}

function readRow(
  record: string[],
  columns: ColumnIndexes,
  mapping: ReviewCsvMapping,
  line: number,
): ReviewCsvRow {
  const value = (field: Field) => {
    const index = columns[field];
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
  const problems: string[] = [];
  const text = cleanText(value('text'));
  if (text === '') problems.push('the review text is missing');
  const rawRating = value('rating');
  const rating = normalizeRating(rawRating, mapping.ratingWorst, mapping.ratingBest);
  if (rawRating !== '' && rating.ratingOriginal === null)
    problems.push(`the rating "${rawRating}" is not a number`);
  else if (rawRating !== '' && rating.rating === null) {
    const scale = rating.ratingScale;
    problems.push(`the rating ${rating.ratingOriginal} is outside ${scale?.worst ?? 1}–${scale?.best ?? 5}`);
  }
  const rawDate = value('date');
  const publishedAt = rawDate === '' ? null : toIsoDate(rawDate, mapping);
  if (rawDate !== '' && publishedAt === null) problems.push(`the date "${rawDate}" could not be read`);
  if (problems.length > 0) return { line, error: `Line ${line}: ${problems.join('; ')}.` };
  return {
    line,
    review: buildReview({
      externalId: cleanOptional(value('id')),
      author: cleanOptional(value('author')),
      rating,
      title: cleanOptional(value('title')),
      text,
      publishedAt,
      url: resolveUrl(value('url') || null, null),
      itemName: cleanOptional(value('itemName')),
    }),
  };
}
