// Dense ids of the duplicate blocks (birth date, sex) read from the bytes of the two fields. The usual row — a date
// YYYY-MM-DD from 1800 on and a one-character sex code — indexes a table directly; anything else (an odd date or
// code in legacy data) is looked up by its text. The same text always takes the same way, so one block is one id.
const YEAR_FROM = 1800;
const YEARS = 512;
/** Position of a one-byte sex code in a table row: 0 (unknown), 1, 2 and 9 (GB/T 2261.1). */
const SEX_SLOT = new Int8Array(256).fill(-1);
SEX_SLOT[48] = 0;
SEX_SLOT[49] = 1;
SEX_SLOT[50] = 2;
SEX_SLOT[57] = 3;

export class BlockIds {
  /** Block id + 1 by ((year - 1800) · 512 + month · 32 + day) · 4 + sex slot; 0 where no block has that code yet. */
  private readonly table = new Int32Array(YEARS * 512 * 4);
  private readonly byText = new Map<string, number>();
  count = 0;

  idOf(bytes: Buffer, date: number, dateEnd: number, sex: number, sexEnd: number): number {
    const code =
      dateEnd - date === 10 && sexEnd - sex === 1 ? denseCode(bytes, date, SEX_SLOT[bytes[sex]!]!) : -1;
    if (code >= 0) {
      const id = this.table[code]! - 1;
      if (id >= 0) return id;
      this.table[code] = this.count + 1;
      return this.count++;
    }
    const text = `${bytes.toString('utf8', date, dateEnd)}\t${bytes.toString('utf8', sex, sexEnd)}`;
    let id = this.byText.get(text);
    if (id === undefined) this.byText.set(text, (id = this.count++));
    return id;
  }
}

/** The table index of a ten-byte date at `at` and a sex slot, or -1 when the date is not YYYY-MM-DD in range. */
function denseCode(b: Buffer, at: number, sexSlot: number): number {
  if (sexSlot < 0 || b[at + 4] !== 45 || b[at + 7] !== 45) return -1;
  const year = number(b, at, 4) - YEAR_FROM;
  const month = number(b, at + 5, 2);
  const day = number(b, at + 8, 2);
  if (year < 0 || year >= YEARS || month < 0 || month > 15 || day < 0 || day > 31) return -1;
  return ((year * 512 + month * 32 + day) << 2) | sexSlot;
}

/** The decimal number of `width` digit bytes at `at`, or -1 when one is not a digit (on every row: no allocation). */
function number(b: Buffer, at: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) {
    const c = b[at + i]!;
    if (c < 48 || c > 57) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}
