import { DataTable } from './data-table.tsx';

const clip = (cell: string) => (cell.length > 80 ? `${cell.slice(0, 80)}…` : cell);

/** The first rows of an uploaded CSV under its own header row, long cells cut short. */
export function FilePreview({
  headers,
  rows,
  className,
  headerOf = (header, index) => header || `Column ${index + 1}`,
}: {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  className?: string;
  /** The column's title as shown, e.g. with what it is imported as. */
  headerOf?: (header: string, index: number) => string;
}) {
  return (
    <DataTable
      label="First rows of the file"
      isLabelVisible
      className={className}
      rows={rows}
      columns={headers.map((h, i) => ({
        id: String(i),
        header: headerOf(h, i),
        value: (row: readonly string[]) => clip(row[i] ?? ''),
      }))}
      emptyText="The file has no rows under its header."
    />
  );
}
