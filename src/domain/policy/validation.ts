// Turns zod issues into the project's ErrorIssue list: one issue per bad field, named by its dotted path.
// Unknown keys are expanded so each unknown field is named by its own path (a typo must be visible).
import type { z } from 'zod';
import { DomainError, formatPath, type ErrorIssue } from '../errors.ts';

export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: formatPath([...issue.path, key]), message: '未知字段 / unknown field' });
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/** Parse with a zod schema or throw DomainError invalid-input naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw DomainError.invalid(issuesFromZod(result.error));
  return result.data;
}
