// zod → DomainError: one place turns schema failures into the error every caller understands,
// with each bad field named by its path.
import type { z } from 'zod';
import { DomainError, formatPath } from '../domain/errors.ts';

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw DomainError.invalid(r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
}
