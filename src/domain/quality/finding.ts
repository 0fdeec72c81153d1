// A finding: one registry-quality problem, in the shape of the data-exchange contract
// ({code, idNumbers, householdNos, detail}) plus the clauses it cites and the county that owns it (the work
// queue's jurisdiction and the distribution key).
import { FINDING_CODE_INFO, type FindingCode } from './codes.ts';

export type FindingDetail = Record<
  string,
  string | number | boolean | null | string[] | number[] | Record<string, unknown>
>;

export interface Finding {
  code: FindingCode;
  idNumbers: string[];
  householdNos: string[];
  detail: FindingDetail;
  clauses: string[];
  /** 6-digit county code of the (first) record concerned. */
  countyCode: string;
}

export function makeFinding(
  code: FindingCode,
  parts: { idNumbers?: string[]; householdNos?: string[]; countyCode: string; detail?: FindingDetail },
): Finding {
  return {
    code,
    idNumbers: parts.idNumbers ?? [],
    householdNos: parts.householdNos ?? [],
    detail: parts.detail ?? {},
    clauses: [...FINDING_CODE_INFO[code].clauses],
    countyCode: parts.countyCode,
  };
}

/**
 * A stable key for a finding: the same problem found by two scans is one work-queue item. Order of the ID
 * numbers and household numbers does not matter.
 */
export function findingKey(f: Pick<Finding, 'code' | 'idNumbers' | 'householdNos' | 'detail'>): string {
  const ids = [...f.idNumbers].sort().join(',');
  const hh = [...f.householdNos].sort().join(',');
  const field = typeof f.detail.field === 'string' ? `:${f.detail.field}` : '';
  return `${f.code}${field}|${ids}|${hh}`;
}

/** Contract output: only the four contract fields plus the cited clauses, in a stable order. */
export function toContractFinding(f: Finding): {
  code: FindingCode;
  idNumbers: string[];
  householdNos: string[];
  detail: FindingDetail;
} {
  return {
    code: f.code,
    idNumbers: f.idNumbers,
    householdNos: f.householdNos,
    detail: { ...f.detail, clauses: f.clauses },
  };
}
