export type ImportRowError = { line: number; error: string };

export type ImportReport = {
  rowsRead: number;
  stored: number;
  created: number;
  updated: number;
  /** Inclusive line ranges whose rows are now in the database. */
  storedRanges: Array<[number, number]>;
  errors: ImportRowError[];
};

export type ImportTarget = { orgId: string; id: string; locationId: string | null };

export type ImportOptions = {
  chunkSize?: number;
  lineOffset?: number;
  onChunk?: (report: ImportReport) => void | Promise<void>;
};

export function emptyImportReport(): ImportReport {
  return { rowsRead: 0, stored: 0, created: 0, updated: 0, storedRanges: [], errors: [] };
}

export function describeRanges(ranges: Array<[number, number]>): string {
  if (!ranges.length) return 'none';
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
