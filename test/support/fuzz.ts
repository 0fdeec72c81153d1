// Generators and checks for the route fuzz suite: bad payloads of every kind, URL-safe encoding of strings that
// encodeURIComponent refuses (lone surrogates go out as invalid UTF-8), and the one error shape every failure
// must have.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { errorBodySchema } from '../../src/api/errors.ts';

export const NUL = 'a\u0000b';
export const LONE_SURROGATE = 'x\ud800y';

export const nastyString = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom(
    NUL,
    LONE_SURROGATE,
    '\udfff',
    '',
    ' ',
    '../../etc/passwd',
    "'; drop table app_user; --",
    '%00',
    '5306',
    '0',
  ),
  fc.constant('长'.repeat(20_000)),
);

export const nastyValue = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(-1),
  fc.constant(1e308),
);

export const nastyBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(NUL, LONE_SURROGATE, '__proto__', 'constructor')),
    nastyValue,
    { maxKeys: 8 },
  ),
  fc.array(nastyValue, { maxLength: 6 }),
  nastyValue,
  fc.constant(deep(80)),
);

/** `[[[…]]]` nested n deep, as text. */
export function deepText(n: number): string {
  return '['.repeat(n) + ']'.repeat(n);
}

function deep(n: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}

/** Percent-encode anything, lone surrogates included (as the invalid UTF-8 of their code unit). */
export function encodeAny(s: string): string {
  return Array.from(s, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      const c = ch.charCodeAt(0);
      return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
  }).join('');
}

/** A route's URL with every :param replaced (and a wildcard filled). */
export function fillUrl(url: string, value: string): string {
  return url.replace(/:[A-Za-z0-9_]+/g, encodeAny(value)).replace(/\*$/, encodeAny(value));
}

/** No 5xx; an error is the one small error shape (pages rendered as HTML for people are checked for size only). */
export function expectWellFormedAnswer(r: LightMyRequestResponse, what: string): void {
  expect(r.statusCode, `${what}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
  if (r.statusCode < 400) return;
  expect(r.body.length, `${what}: error body size`).toBeLessThan(8_192);
  if (String(r.headers['content-type'] ?? '').startsWith('text/html')) return;
  const parsed = errorBodySchema.safeParse(r.json());
  expect(parsed.success, `${what}: ${r.body.slice(0, 300)}`).toBe(true);
}
