import type { SourceKind } from '@rebound/shared';
import type { CssPreview } from '../css.ts';
import { ExtractError } from '../errors.ts';
import type { CssSelectorConfig, ExtractResult, FetchedDocument } from '../types.ts';
import type { ReadAnswer } from './read-task.ts';
import { createReaderPool, type ReaderPool, type ReaderPoolOptions } from './reader-pool.ts';

// A 9 MB page of ordinary markup took 2-4 s on an idle core and 20-40 s under a load of ten times the cores:
// thirty seconds let such pages through on a busy machine, and still stop a hostile one long before minutes pass.
const readerOptions: ReaderPoolOptions = { threads: 2, deadlineMs: 30_000, maxHeapMb: 512 };

// One pool per process, like the CPU cores it stands for; started on first use, its idle threads never keep the
// process alive.
let pool: ReaderPool | null = null;

function poolNow(): ReaderPool {
  pool ??= createReaderPool(readerOptions);
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
