/** One record of a CSV text: its raw text and the physical line it starts on (the header is line 1). */
export type CsvRecord = { text: string; line: number };

/**
 * Splits CSV text into whole records without parsing fields: a line break inside double quotes belongs to
 * the record. Good enough to cut an upload into slices; the server parses each slice properly.
 */
export function splitCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') isQuoted = !isQuoted;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      if (isQuoted) continue;
      const record = text.slice(start, i + 1).replace(/\r?\n$|\r$/, '');
      if (record.trim() !== '') records.push({ text: record, line: startLine });
      start = i + 1;
      startLine = line;
    }
  }
  const rest = text.slice(start);
  if (rest.trim() !== '') records.push({ text: rest, line: startLine });
  return records;
}

/** Slices of at most `size` records, each with the header first and the offset that maps its lines to the file's. */
export function sliceCsv(text: string, size: number): { text: string; lineOffset: number; rows: number }[] {
  const [header, ...rows] = splitCsvRecords(text);
  if (!header) return [];
  const headerLines = countBreaks(header.text) + 1;
  const slices = [];
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    const first = part[0];
    if (!first) continue;
    // Inside the slice the first record starts right after the header.
    // Blank lines the file had between records are kept, so line numbers inside the slice stay in step.
    let body = '';
    let expected = first.line;
    for (const r of part) {
      body += `${'\n'.repeat(Math.max(0, r.line - expected))}${r.text}\n`;
      expected = r.line + countBreaks(r.text) + 1;
    }
    slices.push({
      text: `${header.text}\n${body}`,
      lineOffset: first.line - (headerLines + 1),
      rows: part.length,
    });
  }
  return slices;
}

function countBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
