/** Save text as a file through a temporary object URL: the CSV comes from an authenticated query, not a link. */
export function downloadText(filename: string, text: string, opts: { type?: string; bom?: boolean } = {}) {
  // A byte-order mark makes spreadsheet apps read the file as UTF-8 (names with accents, emoji).
  const parts = opts.bom ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: opts.type ?? 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
