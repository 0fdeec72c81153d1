// The route validator: fastify-type-provider-zod's, but with the project's messages. zod's own messages come in
// Chinese and English (bilingualError) — the library's would be English only and reach the zh-CN screen — and an
// unknown field of a strict object is named by its own path, as parseOrThrow names it in the use cases.
import type { FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { bilingualError, UNKNOWN_FIELD } from '../domain/validation.ts';

/** The mark hasZodFastifySchemaValidationErrors looks for (a global symbol), so the error handler knows the entries. */
const ZOD_VALIDATION = Symbol.for('ZodFastifySchemaValidationError');

function entry(issue: $ZodIssue, path: readonly PropertyKey[], message: string) {
  const at = path.map(String).join('/');
  return {
    [ZOD_VALIDATION]: true,
    keyword: issue.code,
    instancePath: `/${at}`,
    schemaPath: `#/${at}/${issue.code}`,
    message,
    params: {},
  };
}

export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    const result = safeParse(schema, data, { error: bilingualError });
    if (!result.error) return { value: result.data };
    const error = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => entry(issue, [...issue.path, key], UNKNOWN_FIELD))
        : [entry(issue, issue.path, issue.message)],
    );
    return { error } as never;
  };
