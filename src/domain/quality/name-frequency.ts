// How common a name is, as evidence against a name match. Two persons of one birth date and sex who share a name
// held by n persons of the register meet by chance about n times as often as two who share a name held by one, while
// a second registration of one person is as likely whatever the name: a match on a common name says less. The count
// is of the whole register scanned (persons, not a share): the chance namesakes of a person in a birth-date block
// grow with the name's count, not with the city's size.
import type { DuplicateParameters } from './parameters.ts';
import type { CandidateRow } from './rows.ts';
import { grownInt32 } from './typed-arrays.ts';

/**
 * How common a name held by `count` persons is, 0..1: 0 up to `commonName.from` persons, 1 from `commonName.full`,
 * between them by the logarithm of the count (each doubling of the namesakes counts alike); 0 when not counted.
 */
export function nameCommonness(count: number | null | undefined, p: DuplicateParameters): number {
  const { from, full } = p.commonName;
  if (!count || count <= from) return 0;
  if (count >= full || full <= from) return 1;
  return Math.log(count / from) / Math.log(full / from);
}

/**
 * The common-name item of a pair's evidence: how common the name of the pair is (nameCommonness), or 0 (no item)
 * where relatives of the same name agree in both households. Relatives are a coincidence chance namesakes seldom
 * share: on generated cities, pairs carried by relatives under a common name were 1,098 planted to 1 chance pair,
 * and a family registered twice sits at the threshold, so the term would lose every such family (quality.yaml).
 */
export function commonNameItem(
  evidence: Readonly<Record<string, number>>,
  count: number | null,
  p: DuplicateParameters,
): number {
  return evidence.relatives === 1 ? 0 : nameCommonness(count, p);
}

/**
 * The count a pair's name match is weighed by: the rarer of the two names as written. Two persons meet by chance as
 * names A and B about n(A)·n(B) times, one person is registered twice under them about n(A) + n(B) times (either
 * written as the other), so the ratio is about the rarer count, which for one name written alike is its count. A
 * name in traditional characters (張偉 for 张伟) is rare as written, and so is a clerk's homophone outside the usual
 * characters, so such a pair is not taken for two namesakes. Null when either count is unknown (a reader that did
 * not count the register) or when the name evidence came from a former name rather than the names themselves.
 */
export function pairNameCount(a: CandidateRow, b: CandidateRow, fromFormerName: boolean): number | null {
  if (fromFormerName || !a.nameCount || !b.nameCount) return null;
  return Math.min(a.nameCount, b.nameCount);
}

/**
 * Persons per name over a register read once, by the dense name ids of a NameKeyIndex (a name as written, its
 * bytes): `add` per person is one typed-array increment.
 */
export class NameCounts {
  private counts = new Int32Array(1024);

  add(nameId: number): void {
    if (nameId >= this.counts.length) this.counts = grownInt32(this.counts, nameId + 1);
    this.counts[nameId]!++;
  }

  /** Persons holding name id i, for every id below `names`. */
  all(names: number): Int32Array {
    return grownInt32(this.counts, names);
  }
}
