import { type CsvColumn, toCsv } from '@rebound/shared/csv';
import type { ReactNode } from 'react';
import { downloadText } from '../../shared/ui/download-text.ts';

type CardProps<T> = {
  title: string;
  /** Base of the downloaded file name; the period is appended. */
  csvName: string;
  period: { from: string; to: string };
  rows: readonly T[] | undefined;
  columns: readonly CsvColumn<T>[];
  status: 'pending' | 'error' | 'success';
  error?: string | undefined;
  isEmpty: boolean;
  emptyText: string;
  children: ReactNode;
};

/** A dashboard card: heading, loading/empty/error states and a CSV export of exactly the table it shows. */
export function Card<T>({
  title,
  csvName,
  period,
  rows,
  columns,
  status,
  error,
  isEmpty,
  emptyText,
  children,
}: CardProps<T>) {
  const headingId = `card-${csvName}`;
  return (
    <section className="dash-card" aria-labelledby={headingId} aria-busy={status === 'pending'}>
      <header className="dash-card-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="csv-button"
          disabled={status !== 'success' || !rows?.length}
          onClick={() =>
            rows &&
            downloadText(`${csvName}-${period.from}-to-${period.to}.csv`, toCsv(rows, columns), { bom: true })
          }
        >
          Export CSV<span className="visually-hidden"> of {title}</span>
        </button>
      </header>
      {status === 'pending' ? (
        <div className="skeleton" role="status">
          Loading {title.toLowerCase()}…
        </div>
      ) : status === 'error' ? (
        <p className="error" role="alert">
          {title} could not be loaded: {error}
        </p>
      ) : isEmpty ? (
        <p className="dash-empty">{emptyText}</p>
      ) : (
        children
      )}
    </section>
  );
}

/** A plain data table; every chart has one, so nothing is shown only as a picture. */
export function DataTable<T>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly T[];
  columns: readonly CsvColumn<T>[];
}) {
  return (
    // Named and focusable so a keyboard user can scroll a table wider than the card.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional snapshots of a query result
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.header}>{c.value(row) ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
