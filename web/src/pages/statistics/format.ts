// How the dashboard writes its numbers: counts in the reader's language (万/萬 from ten thousand up in Chinese,
// as statistical yearbooks do), rates as percentages with one decimal, a net flow with its sign. Pure, so the
// e2e test can compute what the page must show for the API's numbers.

/** Chinese readers count large numbers in 万 (10⁴); zh-TW writes the traditional 萬. */
const TEN_THOUSAND: Record<string, string | undefined> = { 'zh-CN': '万', 'zh-TW': '萬' };

export function formatCount(n: number, language: string): string {
  const unit = TEN_THOUSAND[language];
  const locale = unit ? language : 'en';
  if (unit && Math.abs(n) >= 10_000)
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n / 10_000) + unit;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** A fraction 0..1 as a percentage with one decimal; no denominator (null) is a dash, never 0%. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

/** A net flow: +12, −3 (a true minus sign), 0. */
export function formatSigned(n: number, language: string): string {
  if (n > 0) return `+${formatCount(n, language)}`;
  if (n < 0) return `−${formatCount(-n, language)}`;
  return '0';
}

/** A fraction 0..1 as a percentage number for a chart axis (one decimal); null stays null (no bar). */
export function percentValue(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
}
