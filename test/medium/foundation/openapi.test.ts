// The OpenAPI description of the running app is the contract clients read: every operation must say what its
// success answer looks like, and every POST/PUT/PATCH what it takes (JSON or a described file upload). A route
// declared with `body: z.unknown()` or without a response schema shows up here as an empty schema `{}`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';

interface MediaType {
  schema?: Record<string, unknown>;
}
interface Operation {
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

/** A schema that says something: not missing, not `{}` (what z.unknown() becomes). */
function describes(schema: Record<string, unknown> | undefined): boolean {
  return schema !== undefined && Object.keys(schema).length > 0;
}

function contentDescribed(content: Record<string, MediaType> | undefined): boolean {
  const types = Object.values(content ?? {});
  return types.length > 0 && types.every((t) => describes(t.schema));
}

/** What is missing from one operation's description; empty when it is complete. */
function gaps(method: string, op: Operation): string[] {
  const out: string[] = [];
  const codes = Object.keys(op.responses ?? {}).filter((c) => /^2\d\d$/.test(c));
  if (codes.length === 0) out.push('no 2xx response');
  for (const code of codes) {
    // 204 has no body by definition; every other success answer must describe its content.
    if (code !== '204' && !contentDescribed(op.responses?.[code]?.content))
      out.push(`${code} without a schema`);
  }
  if (['post', 'put', 'patch'].includes(method) && !contentDescribed(op.requestBody?.content))
    out.push('no request body schema');
  return out;
}

describe('the OpenAPI description', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await createTestApp('pglite');
    const r = await t.app.inject({ url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    doc = r.json();
  });
  afterAll(() => t.close());

  it('lists the API', () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
  });

  it('describes every success answer and every request body', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const gap of gaps(method, op)) missing.push(`${method.toUpperCase()} ${path}: ${gap}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes file uploads and downloads as binary', () => {
    const binary = { type: 'string', format: 'binary' };
    const upload = doc.paths['/api/v1/imports/{id}/files/{name}']?.put;
    expect(upload?.requestBody?.content?.['text/csv']?.schema).toMatchObject(binary);
    const pdf = doc.paths['/api/v1/applications/{id}/permit.pdf']?.get;
    expect(pdf?.responses?.['200']?.content?.['application/pdf']?.schema).toMatchObject(binary);
    const rejects = doc.paths['/api/v1/imports/{id}/rejects.csv']?.get;
    expect(rejects?.responses?.['200']?.content?.['text/csv']?.schema).toMatchObject(binary);
  });
});
