import { type CsvColumn, toCsv } from '@rebound/shared/csv';
import { type ReactNode, useMemo } from 'react';
import { DataTable } from '../../shared/ui/data-table.tsx';
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

/** A card's data table; every chart has one, so nothing is shown only as a picture. */
export function CardTable<T>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly T[];
  columns: readonly CsvColumn<T>[];
}) {
  const sortable = useMemo(() => columns.map((c) => ({ ...c, isSortable: true })), [columns]);
  return <DataTable label={caption} rows={rows} columns={sortable} emptyText="Nothing to show." />;
}
