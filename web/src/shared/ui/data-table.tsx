import { type CsvColumn, type CsvValue, toCsv } from '@rebound/shared/csv';
import { type ReactNode, useId, useMemo, useState } from 'react';
import {
  Button,
  Cell,
  Column,
  Row,
  type SortDescriptor,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { downloadText } from './download-text.ts';
import './data-table.css';

type SortValue = string | number | null | undefined;

export type DataColumn<T> = {
  /** The column's title, and its header in the CSV export. */
  header: string;
  /** Tells columns apart when two titles could be equal (a file's own header row); the title otherwise. */
  id?: string;
  /**
   * The cell as plain data: what the CSV export writes, what sorting compares and what is shown when `cell` is
   * not given. A column without it (row actions) is left out of the export and cannot be sorted.
   */
  value?: (row: T) => CsvValue;
  /** What the cell shows, when that is more than its plain value (links, badges, buttons). */
  cell?: (row: T) => ReactNode;
  /** Compared instead of `value` when sorting, e.g. a timestamp behind a formatted date. */
  sortValue?: (row: T) => SortValue;
  isSortable?: boolean;
  /** Names the row for screen readers; the first column does when no column says so. */
  isRowHeader?: boolean;
  /** The title is read by screen readers but not shown (an actions column). */
  isHeaderHidden?: boolean;
  /** A header drawn instead of the title (it must still contain it, for voice control). */
  headerContent?: ReactNode;
  /** Attributes of each cell of the column (a tooltip, a data attribute tests and styles select on). */
  cellProps?: (row: T) => Record<string, string | undefined>;
};

export type DataTableProps<T> = {
  /** The table's accessible name; also shown above it when `isLabelVisible`. */
  label: string;
  isLabelVisible?: boolean;
  rows: readonly T[];
  columns: readonly DataColumn<T>[];
  /** A stable key per row; rows without one (a positional query snapshot) are keyed by their position. */
  rowKey?: (row: T) => string;
  /** Shown in the table body when there are no rows. */
  emptyText: ReactNode;
  /** Adds an "Export CSV" button writing the rows in their shown order; this is the file's base name. */
  csvName?: string;
  className?: string;
  rowProps?: (row: T) => { className?: string } & Record<`data-${string}`, string>;
};

// Columns, rows and cells share one key space in a react-aria collection: a row keyed "0" would replace a column
// whose id is "0". Each kind gets its own prefix.
const columnKey = <T,>(c: DataColumn<T>) => `column:${c.id ?? c.header}`;

/**
 * A table of records: sortable columns (announced through aria-sort), an empty state, and an export of what it
 * shows through the shared CSV writer, whose formula guard keeps a cell such as "=HYPERLINK(...)" from running in
 * a spreadsheet. Keyboard users reach it with one Tab and move through cells with the arrow keys.
 */
export function DataTable<T>({
  label,
  isLabelVisible,
  rows,
  columns,
  rowKey,
  emptyText,
  csvName,
  className,
  rowProps,
}: DataTableProps<T>) {
  const [sort, setSort] = useState<SortDescriptor>();
  const sorted = useMemo(
    () =>
      sortRows(
        rows.map((row, i) => ({ row, key: `row:${rowKey ? rowKey(row) : i}` })),
        columns,
        sort,
      ),
    [rows, columns, sort, rowKey],
  );
  const labelId = useId();
  const hasRowHeader = columns.some((c) => c.isRowHeader);
  return (
    <div className="data-table">
      {isLabelVisible || csvName ? (
        <div className="data-table-bar">
          {isLabelVisible ? (
            <p id={labelId} className="data-table-label">
              {label}
            </p>
          ) : null}
          {csvName ? (
            <Button
              className="csv-button"
              isDisabled={!rows.length}
              aria-label={`Export CSV of ${label}`}
              onPress={() =>
                downloadText(
                  `${csvName}.csv`,
                  toCsv(
                    sorted.map((e) => e.row),
                    csvColumns(columns),
                  ),
                  { bom: true },
                )
              }
            >
              Export CSV
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="data-table-scroll">
        <Table
          {...(isLabelVisible ? { 'aria-labelledby': labelId } : { 'aria-label': label })}
          className={className}
          sortDescriptor={sort}
          onSortChange={setSort}
        >
          <TableHeader>
            {columns.map((c, i) => (
              <Column
                key={columnKey(c)}
                id={columnKey(c)}
                isRowHeader={c.isRowHeader || (!hasRowHeader && i === 0)}
                allowsSorting={isSortable(c)}
                textValue={c.header}
              >
                {({ sortDirection }) => (
                  <>
                    {c.isHeaderHidden ? (
                      <span className="data-table-hidden">{c.header}</span>
                    ) : (
                      (c.headerContent ?? c.header)
                    )}
                    {isSortable(c) ? (
                      <span className="sort-mark" aria-hidden="true">
                        {sortDirection === 'ascending' ? ' ▲' : sortDirection === 'descending' ? ' ▼' : ' ↕'}
                      </span>
                    ) : null}
                  </>
                )}
              </Column>
            ))}
          </TableHeader>
          <TableBody renderEmptyState={() => <p className="data-table-empty">{emptyText}</p>}>
            {sorted.map(({ row, key }) => (
              <Row key={key} id={key} textValue={rowText(row, columns)} {...rowProps?.(row)}>
                {columns.map((c) => (
                  <Cell key={columnKey(c)} id={`${key}/${columnKey(c)}`} {...c.cellProps?.(row)}>
                    {c.cell ? c.cell(row) : (c.value?.(row) ?? '—')}
                  </Cell>
                ))}
              </Row>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/** A moment in time: shown formatted, sorted by the moment itself; a missing one is an empty cell, sorted last. */
export function timeColumn<T>(
  header: string,
  at: (row: T) => string | Date | null | undefined,
  format: (at: string | Date) => string = (v) => new Date(v).toLocaleString(),
): DataColumn<T> {
  return {
    header,
    value: (row) => {
      const v = at(row);
      return v ? format(v) : null;
    },
    sortValue: (row) => {
      const v = at(row);
      return v ? new Date(v).getTime() : null;
    },
    isSortable: true,
  };
}

const isSortable = <T,>(c: DataColumn<T>) => Boolean(c.isSortable && (c.sortValue ?? c.value));

function csvColumns<T>(columns: readonly DataColumn<T>[]): CsvColumn<T>[] {
  return columns.flatMap((c) => (c.value ? [{ header: c.header, value: c.value }] : []));
}

/** What type-to-find matches a row on: its row header's text. */
function rowText<T>(row: T, columns: readonly DataColumn<T>[]): string {
  const named = columns.find((c) => c.isRowHeader && c.value) ?? columns.find((c) => c.value);
  return String(named?.value?.(row) ?? '');
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Rows ordered by the sorted column; empty values go last in either direction. */
function sortRows<T, E extends { row: T }>(
  entries: E[],
  columns: readonly DataColumn<T>[],
  sort: SortDescriptor | undefined,
): E[] {
  const column = sort && columns.find((c) => columnKey(c) === sort.column);
  const read = column?.sortValue ?? column?.value;
  if (!sort || !read) return entries;
  const sign = sort.direction === 'descending' ? -1 : 1;
  return entries.sort((a, b) => {
    const x = read(a.row);
    const y = read(b.row);
    if (x == null || x === '') return y == null || y === '' ? 0 : 1;
    if (y == null || y === '') return -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}
