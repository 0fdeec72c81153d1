// The one name of a clause or article (src/domain/policy/citation.ts): every clause of the plan by its id and the
// plan's numbering, national articles by their title in book marks, anything else kept as given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSES } from '../../../src/domain/policy/clauses.ts';
import {
  formatCitation,
  formatCitations,
  isCitation,
  isNationalRule,
} from '../../../src/domain/policy/citation.ts';

describe('formatCitation', () => {
  it('names a clause by its id and the plan’s own numbering', () => {
    expect(formatCitation('T4')).toBe('T4 ·「四、(二) 4 租赁性质合法稳定住所」');
    expect(formatCitation('T14.5')).toBe('T14.5 ·「四、(四) 14(5)」');
    expect(formatCitation('P2')).toBe('P2 ·「二、基本原则 2 以人为本、尊重群众意愿」');
  });

  it('names every clause of the plan with its id first and its place in the plan after', () => {
    for (const c of CLAUSES) expect(formatCitation(c.id)).toBe(`${c.id} ·「${c.where}」`);
  });

  it('names a national article by its title in book marks, keeping what follows', () => {
    expect(formatCitation('户口登记条例 第二条')).toBe('《户口登记条例》第二条');
    expect(formatCitation('居住证暂行条例第九条（居住地变更）')).toBe(
      '《居住证暂行条例》第九条（居住地变更）',
    );
    expect(isNationalRule('户口登记条例 第十二条')).toBe(true);
    expect(isCitation('户口登记条例 第十二条') && isCitation('T12')).toBe(true);
  });

  it('names each part of a joined basis and keeps free text as it is', () => {
    expect(formatCitation('居住证暂行条例第九条；T13.1')).toBe(
      '《居住证暂行条例》第九条；T13.1 ·「四、(三) 13(1)」',
    );
    expect(formatCitation('T11.1；落户后不再居住登记')).toBe('T11.1 ·「四、(三) 11(1)」；落户后不再居住登记');
    expect(formatCitation('T99')).toBe('T99');
    expect(isCitation('T99')).toBe(false);
  });

  it('lists several citations once each, in order', () => {
    expect(formatCitations(['T2', 'T4', 'T2'])).toBe(
      'T2 ·「四、(二) 2 全面放开建制镇和小城市落户限制」、T4 ·「四、(二) 4 租赁性质合法稳定住所」',
    );
  });

  it('property: never throws and never loses the text of something it does not know', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const out = formatCitation(s);
        if (!isCitation(s) && !/[；;]/.test(s)) expect(out).toBe(s);
      }),
    );
  });
});
