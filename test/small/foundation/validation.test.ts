import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isDomainError, type DomainError } from '../../../src/domain/errors.ts';
import { parseOrThrow, UNKNOWN_FIELD } from '../../../src/domain/validation.ts';

function failure(schema: z.ZodType, input: unknown): DomainError {
  try {
    parseOrThrow(schema, input);
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('parseOrThrow, the one zod → DomainError', () => {
  const schema = z.strictObject({
    name: z.string().min(1, '请输入姓名 / name required'),
    address: z.strictObject({ code: z.string().regex(/^\d{6}$/) }),
  });

  it('names each unknown field by its own path, at any level', () => {
    const e = failure(schema, { name: 'x', address: { code: '530602', street: 1 }, extra: true });
    expect(e.code).toBe('invalid-input');
    expect(e.issues).toEqual(
      expect.arrayContaining([
        { path: 'address.street', message: UNKNOWN_FIELD },
        { path: 'extra', message: UNKNOWN_FIELD },
      ]),
    );
  });

  it("gives zod's own messages in Chinese with English, and keeps a schema's message", () => {
    const e = failure(schema, { name: '', address: { code: 5 } });
    expect(e.issues.find((i) => i.path === 'name')?.message).toBe('请输入姓名 / name required');
    expect(e.issues.find((i) => i.path === 'address.code')?.message).toMatch(
      /^[^/]*[\u4e00-\u9fff][^/]* \/ .*[a-z]/,
    );
    expect(e.message).toContain('name、address.code');
  });

  it('returns the parsed value', () => {
    expect(parseOrThrow(schema, { name: 'x', address: { code: '530602' } })).toEqual({
      name: 'x',
      address: { code: '530602' },
    });
  });
});
