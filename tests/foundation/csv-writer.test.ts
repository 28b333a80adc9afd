import { type CsvColumn, toCsv } from '@rebound/shared/csv';
import { describe, expect, it } from 'vitest';

type Row = { name: string; delta: number | null };
const columns: CsvColumn<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'delta', value: (r) => r.delta },
];
const oneCell = (name: string) => toCsv([{ name, delta: null }], columns).split('\r\n')[1];

describe('the CSV writer shared by the dashboard and the audit export', () => {
  it('writes a header row and CRLF after every record, and only the header for no rows', () => {
    expect(toCsv([{ name: 'Ana', delta: 2 }], columns)).toBe('name,delta\r\nAna,2\r\n');
    expect(toCsv([], columns)).toBe('name,delta\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, and quotes it where needed', () => {
    expect(oneCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")",`);
    expect(oneCell('+1 555')).toBe("'+1 555,");
    expect(oneCell('@SUM(A1)')).toBe("'@SUM(A1),");
    expect(oneCell('-2+3')).toBe("'-2+3,");
    expect(oneCell('\tcmd')).toBe("'\tcmd,");
  });

  it('quotes commas, quotes and line breaks and leaves plain text alone', () => {
    expect(toCsv([{ name: 'a,b', delta: null }], columns)).toBe('name,delta\r\n"a,b",\r\n');
    expect(toCsv([{ name: 'line\nbreak', delta: null }], columns)).toBe('name,delta\r\n"line\nbreak",\r\n');
    expect(oneCell('plain')).toBe('plain,');
  });

  it('keeps negative numbers as numbers and writes missing or non-finite numbers as empty cells', () => {
    const rows: Row[] = [
      { name: 'down', delta: -0.25 },
      { name: 'none', delta: null },
      { name: 'nan', delta: Number.NaN },
      { name: 'inf', delta: Number.POSITIVE_INFINITY },
    ];
    expect(toCsv(rows, columns)).toBe('name,delta\r\ndown,-0.25\r\nnone,\r\nnan,\r\ninf,\r\n');
  });
});
