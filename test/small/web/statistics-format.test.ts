// The dashboard's pure parts: how numbers read (万/萬 from ten thousand up in Chinese, rates with one decimal, a net
// with its sign), the CSV behind a chart (a BOM so Excel reads Chinese, RFC 4180 quoting the domain's reader
// takes back unchanged, no formula run from a text cell), and the breadcrumb's trail of codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/domain/exchange/csv-text.ts';
import { csvFileName, toCsv } from '../../../web/src/pages/statistics/csv.ts';
import {
  formatCount,
  formatRate,
  formatSigned,
  percentValue,
} from '../../../web/src/pages/statistics/format.ts';
import { scopeTrail } from '../../../web/src/pages/statistics/scope.ts';

describe('numbers', () => {
  it('counts in 万 from ten thousand up in Chinese, grouped digits in English', () => {
    expect(formatCount(0, 'zh-CN')).toBe('0');
    expect(formatCount(9999, 'zh-CN')).toBe('9,999');
    expect(formatCount(10_000, 'zh-CN')).toBe('1万');
    expect(formatCount(623_456, 'zh-CN')).toBe('62.35万');
    expect(formatCount(6_500_000, 'zh-CN')).toBe('650万');
    expect(formatCount(6_500_000, 'zh-TW')).toBe('650萬');
    expect(formatCount(6_500_000, 'en')).toBe('6,500,000');
  });

  it('keeps a 万 count within half a hundredth of 万 of the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 50_000_000 }), (n) => {
        const shown = Number(formatCount(n, 'zh-CN').replace('万', '').replaceAll(',', ''));
        expect(Math.abs(shown * 10_000 - n)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it('writes rates with one decimal, no rate as a dash, and a net with its sign', () => {
    expect(formatRate(0.45)).toBe('45.0%');
    expect(formatRate(0.38754)).toBe('38.8%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
    expect(percentValue(0.38754)).toBe(38.8);
    expect(percentValue(null)).toBeNull();
    expect(formatSigned(12, 'zh-CN')).toBe('+12');
    expect(formatSigned(-30_000, 'zh-CN')).toBe('−3万');
    expect(formatSigned(0, 'en')).toBe('0');
  });
});

describe('CSV of a chart', () => {
  it('starts with a BOM, ends lines with CRLF, writes numbers as numbers and no rate as empty', () => {
    const text = toCsv({
      header: ['代码', '名称', '城镇化率'],
      rows: [
        ['530628', '彝良县', 0.3125],
        ['530629', '威信县', null],
      ],
    });
    expect(text).toBe('\uFEFF代码,名称,城镇化率\r\n530628,彝良县,0.3125\r\n530629,威信县,\r\n');
  });

  it('quotes what must be quoted and defuses a text cell that looks like a formula', () => {
    expect(toCsv({ header: ['a'], rows: [['x, "y"'], ['=1+2'], ['-3'], [-3]] })).toBe(
      '\uFEFFa\r\n"x, ""y"""\r\n\'=1+2\r\n\'-3\r\n-3\r\n',
    );
  });

  it('reads back, through the domain CSV reader, as the cells written', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '县', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        const safe = rows.filter((r) => r.some((c) => c !== ''));
        const back = parseCsv(toCsv({ header: ['h1', 'h2'], rows: safe })).map((r) => r.fields);
        expect(back).toEqual([['h1', 'h2'], ...safe]);
      }),
    );
  });

  it('names the file by chart, scope and day, safe on any file system', () => {
    expect(csvFileName('migration', '530628', '2026-06-30')).toBe('migration-530628-2026-06-30.csv');
    expect(csvFileName('trend', '5306', undefined)).toBe('trend-5306-today.csv');
  });
});

describe('breadcrumb', () => {
  it('walks from the city down to the scope', () => {
    expect(scopeTrail('5306')).toEqual(['5306']);
    expect(scopeTrail('530628')).toEqual(['5306', '530628']);
    expect(scopeTrail('530628100')).toEqual(['5306', '530628', '530628100']);
  });
});
