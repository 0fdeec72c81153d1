// One way to name what a rule rests on, for staff and the public alike, on screen, in PDFs and in messages:
// a clause of the plan by its id and the plan's own numbering — `T4 ·「四、(二) 4 租赁性质合法稳定住所」` — and an
// article of a national law or regulation by its title in book marks — `《户口登记条例》第二条`.
// Checks that come from national law (who may hold hukou at all: nationality, serving soldiers) cite the national
// rule (../shared/reference/national-rules.md), not the plan clause that restates it.
import { findClause, isClauseId } from './clauses.ts';

/** An article of a national law or regulation as the project writes it: `户口登记条例 第二条`. */
const ARTICLE = /^(\S{2,40}?(?:条例|办法|规定|法|意见|通知))\s*(第[一二三四五六七八九十百零\d]+条)(.*)$/;

/**
 * 户口登记条例 (1958) art. 2: PRC citizens register under it; serving soldiers are registered by the military
 * authorities instead. The settlement engine's nationality and active-service checks rest on it.
 */
export const HUKOU_REGISTRATION_ART_2 = '户口登记条例 第二条';
/** 户口登记条例 art. 8: a death is reported and the hukou cancelled. */
export const HUKOU_REGISTRATION_ART_8 = '户口登记条例 第八条';
/** 户口登记条例 art. 12: one called up for active service has the hukou cancelled before enlisting. */
export const HUKOU_REGISTRATION_ART_12 = '户口登记条例 第十二条';

/** True for an article of a national law or regulation (`户口登记条例 第二条`). */
export function isNationalRule(id: string): boolean {
  return ARTICLE.test(id);
}

/** A rule may cite a clause of the plan or an article of national law; nothing else. */
export function isCitation(id: string): boolean {
  return isClauseId(id) || isNationalRule(id);
}

/**
 * The one name of a clause or article: `T4 ·「四、(二) 4 租赁性质合法稳定住所」`, `《户口登记条例》第二条`. Text that
 * is neither (a free-text basis typed by a clerk, several joined by ；) is named part by part and otherwise kept.
 */
export function formatCitation(id: string): string {
  if (/[；;]/.test(id))
    return id
      .split(/\s*[；;]\s*/)
      .map(formatCitation)
      .join('；');
  const clause = findClause(id);
  if (clause) return `${clause.id} ·「${clause.where}」`;
  const article = ARTICLE.exec(id);
  return article ? `《${article[1]}》${article[2]}${article[3]}` : id;
}

/** Several citations in one line, each named once, in the order given. */
export function formatCitations(ids: Iterable<string>, separator = '、'): string {
  return [...new Set(ids)].map(formatCitation).join(separator);
}
