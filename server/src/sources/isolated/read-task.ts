import type { SourceKind } from '@rebound/shared';
import { type CssPreview, previewCss } from '../css.ts';
import { extract } from '../detect.ts';
import { type ExtractErrorCode, isExtractError } from '../errors.ts';
import { assertNestingWithin } from '../nesting-depth.ts';
import type { CssSelectorConfig, ExtractResult, FetchedDocument } from '../types.ts';

/** One piece of work for a parse thread: the adapters' own inputs, as plain data that can cross threads. */
export type ReadTask =
  | {
      op: 'extract';
      doc: FetchedDocument;
      kind?: SourceKind | undefined;
      config?: CssSelectorConfig | undefined;
    }
  | { op: 'previewCss'; doc: FetchedDocument; config: CssSelectorConfig };

/** What a parse thread answers: the adapter's result, or its error reduced to what the UI shows. */
export type ReadAnswer =
  | { ok: true; op: 'extract'; result: ExtractResult }
  | { ok: true; op: 'previewCss'; preview: CssPreview }
  | { ok: false; code: ExtractErrorCode | null; message: string };

/** Runs a task with the adapters as they are: the depth check first, so no parser sees a page that is too deep. */
export function runReadTask(task: ReadTask): ReadAnswer {
  try {
    assertNestingWithin(task.doc.body);
    if (task.op === 'previewCss')
      return { ok: true, op: 'previewCss', preview: previewCss(task.doc, task.config) };
    return { ok: true, op: 'extract', result: extract(task.doc, task.kind, task.config) };
  } catch (error) {
    if (isExtractError(error)) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: null, message: error instanceof Error ? error.message : String(error) };
  }
}
