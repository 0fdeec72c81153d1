// A value for a jsonb column or parameter: its JSON text, or SQL NULL for null and undefined (JSON.stringify would
// give the string "null" or nothing at all).
export function json(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}
