/** An RFC 4180 reader for the tests: quoted cells, doubled quotes, CRLF; the BOM must be stripped first. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Rows as objects keyed by the header line. */
export function csvRecords(text: string): { columns: string[]; records: Record<string, string>[] } {
  const [columns, ...rows] = parseCsv(text);
  return { columns, records: rows.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]]))) };
}
