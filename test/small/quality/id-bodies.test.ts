// The scan gathers ID-number bodies as packed numbers (IdNumberBodies): packing must be exact and reversible, and
// every body held twice — as 18 digits with another check character, as 15 digits, as the same number twice, or
// unreadable — must come back as shared, and nothing else.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bodyOfKey,
  idNumberBody,
  idNumberBodyKey,
  numbersWithBody,
} from '../../../src/domain/quality/index.ts';
import { IdNumberBodies } from '../../../src/jobs/quality-scan/shared-numbers.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';

const body17 = fc
  .tuple(
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 1800, max: 2299 }),
    fc.integer({ min: 0, max: 15 }),
    fc.integer({ min: 0, max: 31 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(
    ([d, y, m, day, s]) =>
      `${String(d).padStart(6, '0')}${y}${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}${String(s).padStart(3, '0')}`,
  );

describe('ID-number bodies as packed numbers', () => {
  it('packing is exact and reversible, and distinct bodies stay distinct', () => {
    fc.assert(
      fc.property(body17, body17, (a, b) => {
        const ka = idNumberBodyKey(a)!;
        expect(idNumberBodyKey(`${a}X`)).toBe(ka);
        expect(bodyOfKey(ka)).toBe(a);
        expect(Number.isSafeInteger(ka)).toBe(true);
        return a === b || ka !== idNumberBodyKey(b);
      }),
      { numRuns: 3000 },
    );
  });

  it('a 15-digit number and its upgrade share a body; unreadable bodies are kept as text', () => {
    expect(idNumberBody('511702800222130')).toBe(idNumberBody('511702198002221308'));
    expect(idNumberBodyKey('511702800222130')).toBe(idNumberBodyKey('511702198002221308'));
    expect(idNumberBodyKey('5117021980022213X')).toBeNull();
    expect(idNumberBodyKey('51170219800222')).toBeNull();
    expect(numbersWithBody('51170219800222130')).toContain('511702800222130');
  });

  it('reports exactly the shared bodies', () => {
    const bodies = new IdNumberBodies();
    const unique = Array.from({ length: 70_000 }, (_, i) =>
      makeIdNumber(
        String(530602 + (i % 9)),
        `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`,
        1 + Math.floor(i / 360),
      ),
    );
    for (const n of new Set(unique)) bodies.add(n);
    const twice = makeIdNumber('530621', '1980-02-22', 130);
    bodies.add(twice);
    bodies.add(twice.slice(0, 17) + (twice[17] === '0' ? '1' : '0'));
    const legacy = '530621800222151';
    bodies.add(legacy);
    bodies.add('530621198002221519');
    bodies.add(' 53bad');
    bodies.add(' 53bad');
    bodies.add('');
    const shared = bodies.shared();
    expect(shared).toHaveLength(3);
    expect(shared.some((list) => list.includes(twice))).toBe(true);
    expect(shared.some((list) => list.includes(legacy))).toBe(true);
    expect(shared).toContainEqual([' 53bad']);
  });
});
