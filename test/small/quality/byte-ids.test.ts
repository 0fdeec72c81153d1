// The scan names blocks and names by dense ids read from bytes: the same text must always get the same id and
// different texts different ids, whichever way (table or text map, first probe or a collision) each one takes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteInterner } from '../../../src/domain/quality/index.ts';
import { BlockIds } from '../../../src/jobs/quality-scan/block-ids.ts';

const isoDate = fc
  .date({ min: new Date('1700-01-01T00:00:00Z'), max: new Date('2400-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateText = fc.oneof(
  isoDate,
  fc.constantFrom('1985-02-30', '1985-13-01', '1985-1-1', '', '19850101', '１９８５-01-01'),
  fc.string({ maxLength: 12 }),
);
const sexText = fc.oneof(fc.constantFrom('0', '1', '2', '9', '', '男', '12'), fc.string({ maxLength: 2 }));

describe('block ids from bytes', () => {
  it('one (birth date, sex) text, one id; another text, another id', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(dateText, sexText), { minLength: 1, maxLength: 60 }), (pairs) => {
        const ids = new BlockIds();
        const seen = new Map<string, number>();
        for (const [date, sex] of [...pairs, ...pairs]) {
          const bytes = Buffer.from(`x\t${date}\t${sex}`, 'utf8');
          const dateAt = 2;
          const dateEnd = dateAt + Buffer.byteLength(date);
          const id = ids.idOf(bytes, dateAt, dateEnd, dateEnd + 1, bytes.length);
          const key = `${date}\u0000${sex}`;
          if (seen.has(key)) expect(id).toBe(seen.get(key));
          else {
            expect([...seen.values()]).not.toContain(id);
            seen.set(key, id);
          }
        }
        expect(ids.count).toBe(seen.size);
      }),
      { numRuns: 500 },
    );
  });
});

describe('byte interner', () => {
  it('finds what was added, under its own id, and nothing else', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('a', 'aa', 'ab', 'aab', '张', '张伟', '张伟伟', ''),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3000 }), fc.constantFrom(2, 4096), (texts, slots) => {
        const interner = new ByteInterner(slots);
        const ids = new Map<string, number>();
        for (const t of texts) {
          const b = Buffer.from(`\t${t}\t`, 'utf8');
          const found = interner.find(b, 1, b.length - 1);
          if (ids.has(t)) expect(found).toBe(ids.get(t));
          else {
            expect(found).toBe(-1);
            ids.set(t, interner.add(b, 1, b.length - 1));
            expect(ids.get(t)).toBe(ids.size - 1);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
