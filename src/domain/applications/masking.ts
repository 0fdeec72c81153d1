// Masking for public pages (permit verification, tracking) and for department views of the register: show no more
// than a reader needs to recognise a person (T13.2: personal data only to those entitled).
import { COMPOUND_SURNAMES } from '../search/given-name.ts';

/** Two-character surnames kept whole, so 欧阳娜娜 reads 欧阳** rather than 欧***. */
const COMPOUND = new Set(COMPOUND_SURNAMES);

/** 张三 → 张*, 欧阳娜娜 → 欧阳**; one character → *. Counts characters, not UTF-16 units (生僻字 beyond the BMP). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  const keep = chars.length > 2 && COMPOUND.has(chars[0]! + chars[1]!) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/** 530602199001011234 → 530602********1234; with head 4 (department views) → 5306**********1234. */
export function maskIdNumber(id: string, head = 6): string {
  if (id.length < head + 4) return '*'.repeat(id.length);
  return id.slice(0, head) + '*'.repeat(id.length - head - 4) + id.slice(-4);
}
