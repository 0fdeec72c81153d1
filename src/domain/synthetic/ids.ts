// Unique, valid ID numbers for synthetic persons: one sequence counter per (address code, birth day, sex), so two
// persons never share a number unless a problem is planted on purpose.
import { checkCharacter } from '../identity/id-number.ts';
import { dayToIso, MAX_DAY } from './dates.ts';

export class IdAllocator {
  private readonly codeIndex = new Map<string, number>();
  private readonly counters: Uint16Array;

  constructor(private readonly addressCodes: readonly string[]) {
    addressCodes.forEach((c, i) => this.codeIndex.set(c, i));
    this.counters = new Uint16Array(addressCodes.length * MAX_DAY * 2);
  }

  /**
   * A new valid 18-digit number for a person born on `day` (days since 1900-01-01) with that sex. When the 500
   * sequences of one parity are used up for that day, the next day is tried (the returned day says which).
   */
  allocate(addressCode: string, day: number, sex: '1' | '2'): { idNumber: string; day: number } {
    const ci = this.codeIndex.get(addressCode);
    if (ci === undefined)
      throw new RangeError(`address code ${addressCode} not registered with the allocator`);
    const parity = sex === '1' ? 1 : 0;
    for (let d = day; d < MAX_DAY; d++) {
      const slot = (ci * MAX_DAY + d) * 2 + parity;
      const used = this.counters[slot]!;
      if (used < 500) {
        this.counters[slot] = used + 1;
        const seq = used * 2 + parity;
        const first17 = `${addressCode}${dayToIso(d).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
        return { idNumber: first17 + checkCharacter(first17), day: d };
      }
    }
    throw new RangeError('ID sequences exhausted');
  }
}
