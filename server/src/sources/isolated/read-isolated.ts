import type { SourceKind } from '@rebound/shared';
import type { CssPreview } from '../css.ts';
import { ExtractError } from '../errors.ts';
import type { CssSelectorConfig, ExtractResult, FetchedDocument } from '../types.ts';
import type { ReadAnswer } from './read-task.ts';
import { createReaderPool, type ReaderPool, type ReaderPoolOptions } from './reader-pool.ts';

/** Ten seconds is many times what a 10 MB page of ordinary markup takes to parse on one core. */
export const defaultReaderOptions: ReaderPoolOptions = { threads: 2, deadlineMs: 10_000, maxHeapMb: 512 };

// One pool per process, like the CPU cores it stands for; the server sets its deadline from the environment.
let options = defaultReaderOptions;
let pool: ReaderPool | null = null;

/** Settings for the parse threads; a changed setting starts a new pool for the documents that follow. */
export function configureDocumentReading(next: Partial<ReaderPoolOptions>): void {
  const merged = { ...options, ...next };
  const isSame = (Object.keys(merged) as (keyof ReaderPoolOptions)[]).every((k) => merged[k] === options[k]);
  if (isSame) return;
  options = merged;
  void pool?.close();
  pool = null;
}

/** Ends the parse threads (documents still being read fail with a clear message). */
export async function stopDocumentReading(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.close();
}

function poolNow(): ReaderPool {
  pool ??= createReaderPool(options);
  return pool;
}

function raise(answer: ReadAnswer & { ok: false }): never {
  throw new ExtractError(answer.code ?? 'parse_failed', answer.message);
}

/** `extract` from detect.ts, run on a parse thread under the depth limit and the deadline. */
export async function extractIsolated(
  doc: FetchedDocument,
  kind?: SourceKind,
  config?: CssSelectorConfig,
): Promise<ExtractResult> {
  const answer = await poolNow().read({ op: 'extract', doc, kind, config });
  if (!answer.ok) raise(answer);
  if (answer.op !== 'extract')
    throw new ExtractError('parse_failed', 'The page reader gave the wrong answer.');
  return answer.result;
}

/** `previewCss` from css.ts, run on a parse thread under the depth limit and the deadline. */
export async function previewCssIsolated(
  doc: FetchedDocument,
  config: CssSelectorConfig,
): Promise<CssPreview> {
  const answer = await poolNow().read({ op: 'previewCss', doc, config });
  if (!answer.ok) raise(answer);
  if (answer.op !== 'previewCss')
    throw new ExtractError('parse_failed', 'The page reader gave the wrong answer.');
  return answer.preview;
}
