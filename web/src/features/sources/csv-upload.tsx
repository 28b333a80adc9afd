import type { CsvMappingInput } from '@rebound/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC, useTRPCClient } from '../../shared/api/trpc.ts';
import { FilePreview } from '../../shared/ui/file-preview.tsx';
import type { SourceItem } from './source-list.tsx';
import { sliceCsv } from './split-csv.ts';

const SLICE_ROWS = 500;
const fields: Array<[keyof CsvMappingInput, string]> = [
  ['text', 'Review text'],
  ['rating', 'Rating'],
  ['author', 'Author'],
  ['title', 'Title'],
  ['date', 'Date'],
  ['id', 'Review id'],
];
type Progress = {
  done: number;
  total: number;
  stored: number;
  errors: { line: number; error: string }[];
  ranges: Array<[number, number]>;
  failed: string | null;
};

/**
 * CSV upload: preview and column mapping first, then the file goes up in slices of rows. Each slice is
 * stored all or nothing, so the report says exactly which lines are in, even if the upload stops halfway.
 */
export function CsvUpload({ source, onClose }: { source: SourceItem; onClose(): void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [text, setText] = useState<string | null>(null);
  const [mapping, setMapping] = useState<CsvMappingInput | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const preview = useMutation(
    trpc.sources.previewCsv.mutationOptions({
      onSuccess: (p) => setMapping(p.suggestedMapping as CsvMappingInput),
    }),
  );

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    setProgress(null);
    preview.mutate({ text: content.slice(0, 64 * 1024) });
  };
  const start = async () => {
    if (!text || !mapping) return;
    const slices = sliceCsv(text, SLICE_ROWS);
    const state: Progress = {
      done: 0,
      total: slices.length,
      stored: 0,
      errors: [],
      ranges: [],
      failed: null,
    };
    setProgress({ ...state });
    for (const slice of slices) {
      try {
        const report = await client.sources.importCsvChunk.mutate({
          sourceId: source.id,
          text: slice.text,
          lineOffset: slice.lineOffset,
          mapping,
        });
        state.stored += report.stored;
        state.errors.push(...report.errors);
        state.ranges.push(...report.storedRanges);
      } catch (error) {
        state.failed = `The upload stopped: ${messageOf(error)}. Everything listed as stored is saved; upload the rest again.`;
        setProgress({ ...state });
        return;
      }
      state.done++;
      setProgress({ ...state });
    }
  };

  const headers = preview.data?.headers ?? [];
  const isRunning = progress !== null && progress.done < progress.total && !progress.failed;
  return (
    <section className="card csv-upload" aria-labelledby="csv-title">
      <h2 id="csv-title">Import reviews into {source.name}</h2>
      <div className="field">
        <label htmlFor="csv-file">CSV file</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {preview.error ? (
        <p className="error" role="alert">
          {messageOf(preview.error)}
        </p>
      ) : null}
      {mapping && headers.length ? (
        <>
          <fieldset>
            <legend>Which column holds what</legend>
            {fields.map(([key, label]) => (
              <div className="field" key={key}>
                <label htmlFor={`map-${key}`}>{label}</label>
                <select
                  id={`map-${key}`}
                  value={String(mapping[key] ?? '')}
                  onChange={(e) => setMapping({ ...mapping, [key]: e.target.value || null })}
                >
                  <option value="">(none)</option>
                  {headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <FilePreview
            className="runs"
            headers={headers}
            rows={(preview.data?.sampleRows ?? []).slice(0, 5)}
          />
          <button
            type="button"
            className="primary"
            disabled={isRunning || !mapping.text}
            onClick={() => void start()}
          >
            Import
          </button>
        </>
      ) : null}
      {progress ? (
        <div aria-live="polite">
          <label htmlFor="csv-progress">Progress</label>
          <progress id="csv-progress" max={Math.max(1, progress.total)} value={progress.done} />
          <p>
            {progress.done} of {progress.total} slices sent · {progress.stored} rows stored ·{' '}
            {progress.errors.length} rows not stored
          </p>
          {progress.failed ? (
            <p className="error" role="alert">
              {progress.failed}
            </p>
          ) : null}
          {progress.ranges.length ? (
            <p>Stored lines: {progress.ranges.map(([a, b]) => (a === b ? a : `${a}–${b}`)).join(', ')}</p>
          ) : null}
          {progress.errors.length ? (
            <ul className="row-errors">
              {progress.errors.slice(0, 200).map((e) => (
                <li key={`${e.line}-${e.error}`}>{e.error}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
