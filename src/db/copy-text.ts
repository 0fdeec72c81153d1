// Reading PostgreSQL's COPY … TO STDOUT text format: rows end in \n, columns are separated by \t, NULL is \N and
// backslash escapes the rest. Whole-register reads (the quality scan) hold this text instead of row objects:
// node-postgres parsing millions of rows into objects costs more than the checks that read them.

const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** One field as COPY wrote it: \N is NULL; escapes are undone (the rare case, so the common one stays a slice). */
export function copyField(raw: string): string | null {
  if (raw === '\\N') return null;
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return SIMPLE_ESCAPES[e] ?? e;
  });
}
