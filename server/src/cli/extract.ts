import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type NormalizedReview, type SourceKind, sourceKinds } from '@rebound/shared';
import { fetchDocument } from '../net/fetch-document.ts';
import { parseReviewCsv, previewReviewCsv } from '../sources/csv.ts';
import { isExtractError } from '../sources/errors.ts';
import { extractIsolated } from '../sources/isolated/read-isolated.ts';
import type { FetchedDocument } from '../sources/types.ts';

type Io = { out: NodeJS.WritableStream; err: NodeJS.WritableStream };

const contentTypes: Record<string, string> = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.rss': 'application/rss+xml',
  '.html': 'text/html',
  '.htm': 'text/html',
};

/** One output line: exactly these keys, in this order, so other tools can rely on the shape. */
export function toOutputLine(review: NormalizedReview): string {
  return JSON.stringify({
    externalId: review.externalId,
    author: review.author,
    rating: review.rating,
    ratingScale: review.ratingScale,
    title: review.title,
    text: review.text,
    publishedAt: review.publishedAt,
    url: review.url,
    itemName: review.itemName,
  });
}

/**
 * `rebound extract <file-or-url>`: prints the reviews found as JSON Lines on `out`, aggregate
 * ratings as one summary line on `err`. Returns the exit code: 0 (also when there are no
 * reviews), 1 when the input cannot be read or understood, 2 for an unknown --kind.
 */
export async function runExtract(target: string, opts: { kind?: string }, io: Io): Promise<number> {
  const kind = opts.kind?.trim();
  if (kind !== undefined && !isSourceKind(kind)) {
    io.err.write(`rebound extract: unknown kind "${kind}". Use one of: ${sourceKinds.join(', ')}.\n`);
    return 2;
  }
  const isUrl = /^https?:\/\//i.test(target);
  if (kind === 'csv' || (!kind && !isUrl && extname(target).toLowerCase() === '.csv')) {
    return runCsv(target, io);
  }
  const loaded = isUrl ? await loadUrl(target) : await loadFile(target);
  if (typeof loaded === 'string') {
    io.err.write(`rebound extract: ${loaded}\n`);
    return 1;
  }
  try {
    const result = await extractIsolated(loaded, kind);
    for (const review of result.reviews) await writeLine(io.out, toOutputLine(review));
    if (result.aggregates.length > 0) io.err.write(`aggregate: ${JSON.stringify(result.aggregates)}\n`);
    return 0;
  } catch (error) {
    if (!isExtractError(error)) throw error;
    io.err.write(`rebound extract: ${error.message}\n`);
    return 1;
  }
}

function isSourceKind(value: string): value is SourceKind {
  return (sourceKinds as readonly string[]).includes(value);
}

async function loadFile(path: string): Promise<FetchedDocument | string> {
  try {
    const body = await readFile(path, 'utf8');
    return { body, url: null, contentType: contentTypes[extname(path).toLowerCase()] ?? null };
  } catch (error) {
    return `cannot read ${path}: ${describeFsError(error)}`;
  }
}

async function loadUrl(url: string): Promise<FetchedDocument | string> {
  const outcome = await fetchDocument(url);
  if (!outcome.ok) return `cannot fetch ${url}: ${outcome.error.message}`;
  return { body: outcome.body, url: outcome.url, contentType: outcome.contentType };
}

async function runCsv(path: string, io: Io): Promise<number> {
  let head: string;
  try {
    const handle = await open(path, 'r');
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    await handle.close();
    head = buffer.subarray(0, bytesRead).toString('utf8');
  } catch (error) {
    io.err.write(`rebound extract: cannot read ${path}: ${describeFsError(error)}\n`);
    return 1;
  }
  const { suggestedMapping } = previewReviewCsv(head);
  for await (const row of parseReviewCsv(createReadStream(path), suggestedMapping)) {
    if ('review' in row) await writeLine(io.out, toOutputLine(row.review));
    else io.err.write(`${row.error.startsWith('Line') ? '' : `Line ${row.line}: `}${row.error}\n`);
  }
  return 0;
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> | undefined {
  if (stream.write(`${line}\n`)) return undefined;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}
