// CSV text held in memory (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM), as rows of fields with
// the line each row starts on. For small files read whole — a department feed in the browser, a ground-truth file;
// the import streams its files through src/jobs/csv instead.

/** Rows of fields with the line each row starts on; throws the line of an unclosed quote. */
export function parseCsv(text: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        field += c;
        if (c === '\n') line++;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      start = ++line;
    } else field += c;
  }
  if (quoted) throw Object.assign(new Error('quote'), { line: start });
  endRow();
  return rows;
}
