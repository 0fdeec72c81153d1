// An API refusal as one text for the clerk: the issues' messages (each once), or the message when there are none —
// the server's message and its first issue are often the same sentence, which must not be shown twice.
import { ApiError } from '../../api/client.ts';

export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return String(e instanceof Error ? e.message : e);
  const texts = e.issues.length ? e.issues.map((i) => i.message) : [e.message];
  return [...new Set(texts)].join('；');
}
