// 多重户口 by number: which ID-number bodies more than one active person holds, gathered during the scan's pass
// (every number goes by once anyway) instead of a grouping of 6.5 million rows on the server. Bodies are packed as
// exact numbers in a typed array (52 MB at 6.5 million), sorted once at the end; only the few shared bodies are
// then read back with their persons, and checkDuplicateIds decides on them as before.
import {
  bodyOfKey,
  idNumberBody,
  idNumberBodyKey,
  idNumberBodyKeyAt,
  numbersWithBody,
} from '../../domain/quality/index.ts';

export class IdNumberBodies {
  private keys = new Float64Array(1 << 16);
  private count = 0;
  /** Bodies that are not 17 digits (rare: unreadable numbers), with the numbers as written. */
  private readonly odd = new Map<string, string[]>();

  add(idNumber: string): void {
    if (!idNumber.trim()) return;
    const key = idNumberBodyKey(idNumber);
    if (key === null) {
      const body = idNumberBody(idNumber);
      const written = this.odd.get(body);
      if (written) written.push(idNumber);
      else this.odd.set(body, [idNumber]);
      return;
    }
    this.push(key);
  }

  /** The same for a number held as UTF-8 bytes[start, end); only an odd number is decoded. */
  addAt(bytes: Buffer, start: number, end: number): void {
    const key = idNumberBodyKeyAt(bytes, start, end);
    if (key === null) this.add(bytes.toString('utf8', start, end));
    else this.push(key);
  }

  private push(key: number): void {
    if (this.count === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = key;
  }

  /** For each body held more than once: the numbers its holders may be registered under. */
  shared(): string[][] {
    const sorted = this.keys.subarray(0, this.count).sort();
    const out: string[][] = [];
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i] !== sorted[i - 1] || (i >= 2 && sorted[i - 1] === sorted[i - 2])) continue;
      out.push(numbersWithBody(bodyOfKey(sorted[i]!)));
    }
    for (const written of this.odd.values()) if (written.length > 1) out.push([...new Set(written)]);
    return out;
  }
}
