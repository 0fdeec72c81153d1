// The scan holds the register as COPY text in byte arenas: rows must come back exactly as written whatever the
// chunking (rows cut across chunks and arenas, multi-byte names cut mid-character), escapes must be undone, and
// the byte-level blank test must never call a blank field filled.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HeldRows, fieldBounds } from '../../../src/jobs/quality-scan/held-rows.ts';
import { householdHash, householdHashOfBytes, mayBeBlank } from '../../../src/jobs/quality-scan/row-bytes.ts';

/** A COPY text field: \ escapes backslash, tab and newline. */
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
const fieldText = fc.oneof(
  fc.string(),
  fc.constantFrom('张伟', '欧阳娜娜', '𠮷田', 'a\\b', 'x\ty', '', ' ', '\u3000'),
);

describe('held rows', () => {
  it('gives back every row and field as written, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fieldText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 200 }),
        (rows, cuts, arenaBytes) => {
          const bytes = Buffer.from(rows.map((r) => `${r.map(escape).join('\t')}\n`).join(''), 'utf8');
          const held = new HeldRows(arenaBytes);
          const seen: number[] = [];
          for (let at = 0, c = 0; at < bytes.length; c++) {
            const size = cuts[c % cuts.length]!;
            held.push(bytes.subarray(at, at + size), (_b, _s, _e, row) => seen.push(row));
            at += size;
          }
          held.end((_b, _s, _e, row) => seen.push(row));
          expect(seen).toEqual(rows.map((_, i) => i));
          for (const [i, r] of rows.entries()) {
            expect(held.fields(i)).toEqual(r);
            for (const [c, v] of r.entries()) expect(held.field(i, c)).toBe(v);
            expect(held.field(i, r.length)).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a row without a final newline is handed over at the end', () => {
    const held = new HeldRows();
    const rows: string[] = [];
    held.push(Buffer.from('a\tb\nc\td'), (b, s, e) => rows.push(b.toString('utf8', s, e)));
    held.end((b, s, e) => rows.push(b.toString('utf8', s, e)));
    expect(rows).toEqual(['a\tb', 'c\td']);
  });

  it('field bounds: every field of a plain row; -1 for an escaped row', () => {
    const bounds = new Int32Array(8);
    const row = Buffer.from('p1\t张伟\t\t1990-01-02', 'utf8');
    expect(fieldBounds(row, 0, row.length, bounds)).toBe(4);
    const fields = [0, 1, 2, 3].map((c) => row.toString('utf8', bounds[c]!, bounds[c + 1]! - 1));
    expect(fields).toEqual(['p1', '张伟', '', '1990-01-02']);
    const escaped = Buffer.from('p1\ta\\tb');
    expect(fieldBounds(escaped, 0, escaped.length, bounds)).toBe(-1);
  });
});

describe('blank fields and household hashes from bytes', () => {
  it('a field that trims to nothing is always "may be blank"', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const b = Buffer.from(s, 'utf8');
        if (!s.trim()) expect(mayBeBlank(b, 0, b.length)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const space of [
      ' ',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
    ]) {
      const b = Buffer.from(`${space}${space}`, 'utf8');
      expect(mayBeBlank(b, 0, b.length), JSON.stringify(space)).toBe(true);
    }
    const han = Buffer.from('汉', 'utf8');
    expect(mayBeBlank(han, 0, han.length)).toBe(false);
  });

  it('the hash of an id is the same from its bytes and from its text', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const b = Buffer.from(id, 'utf8');
        expect(householdHashOfBytes(b, 0, b.length)).toBe(householdHash(id));
      }),
    );
  });
});
