// Masking for public pages (permit verification, tracking): show no more than a person needs to recognise
// their own case (T13.2: personal data only to those entitled).

/** 张三 → 张*, 欧阳娜娜 → 欧***; one character → *. Counts characters, not UTF-16 units (生僻字 beyond the BMP). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 530602199001011234 → 530602********1234. */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}
