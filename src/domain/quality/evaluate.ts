// Precision and recall of a scan against planted problems (the synthetic generator's ground truth). A planted problem
// is found when a finding of its code covers its ID numbers (person problems) or household numbers (household
// problems); a finding is a true positive when it covers at least one planted problem of its code.
import { FINDING_CODES, type FindingCode } from './codes.ts';
import type { Finding } from './finding.ts';
import { parseCsv as parseCsvLines } from '../exchange/csv-text.ts';

export interface PlantedProblem {
  code: string;
  /** The kind of a planted probable duplicate (ground truth column `kind`), when the truth names one. */
  kind?: string;
  idNumbers: string[];
  householdNos: string[];
}

const HOUSEHOLD_CODES = new Set<string>([
  'household-without-head',
  'household-multiple-heads',
  'address-multiple-households',
]);

/** RFC 4180 fields of one CSV text (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  return parseCsvLines(text).map((r) => r.fields);
}

const list = (s: string | undefined) => (s ?? '').split(/[;|\s]+/).filter(Boolean);

export function parseGroundTruthCsv(text: string): PlantedProblem[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  const [c, i, h, k] = [col('code'), col('id_numbers'), col('household_nos'), col('kind')];
  return rows.map((r) => ({
    code: r[c]!,
    idNumbers: list(r[i]),
    householdNos: list(r[h]),
    ...(k >= 0 && r[k] ? { kind: r[k] } : {}),
  }));
}

function covers(f: Finding, p: PlantedProblem): boolean {
  const want = HOUSEHOLD_CODES.has(p.code) ? p.householdNos : p.idNumbers;
  const have = new Set(HOUSEHOLD_CODES.has(p.code) ? f.householdNos : f.idNumbers);
  return want.length > 0 && want.every((x) => have.has(x));
}

export interface CodeFigures {
  planted: number;
  found: number;
  truePositives: number;
  missed: number;
  precision: number;
  recall: number;
}

export function evaluateFindings(planted: readonly PlantedProblem[], findings: readonly Finding[]) {
  const byCode: Partial<Record<FindingCode, CodeFigures>> = {};
  const missedExamples: PlantedProblem[] = [];
  const falsePositiveExamples: Finding[] = [];
  for (const code of FINDING_CODES) {
    const p = planted.filter((x) => x.code === code);
    const f = findings.filter((x) => x.code === code);
    // Only findings sharing a number or household with a planted problem can cover it: index them by those, so a
    // register of millions with thousands of findings per code is scored without comparing every pair.
    const byMember = new Map<string, Finding[]>();
    for (const y of f)
      for (const m of [...y.idNumbers, ...y.householdNos]) byMember.set(m, [...(byMember.get(m) ?? []), y]);
    const coveredBy = (x: PlantedProblem) => {
      const first = (HOUSEHOLD_CODES.has(x.code) ? x.householdNos : x.idNumbers)[0];
      return (first === undefined ? [] : (byMember.get(first) ?? [])).filter((y) => covers(y, x));
    };
    const tpSet = new Set<Finding>();
    const hit = p.filter((x) => {
      const ys = coveredBy(x);
      for (const y of ys) tpSet.add(y);
      return ys.length > 0;
    });
    const tp = f.filter((y) => tpSet.has(y));
    const hitSet = new Set(hit);
    missedExamples.push(...p.filter((x) => !hitSet.has(x)).slice(0, 3));
    falsePositiveExamples.push(...f.filter((y) => !tpSet.has(y)).slice(0, 3));
    byCode[code] = {
      planted: p.length,
      found: f.length,
      truePositives: tp.length,
      missed: p.length - hit.length,
      precision: f.length ? Math.round((tp.length / f.length) * 10000) / 10000 : 1,
      recall: p.length ? Math.round((hit.length / p.length) * 10000) / 10000 : 1,
    };
  }
  return {
    byCode,
    duplicateKinds: duplicateFigures(planted, findings),
    missedExamples,
    falsePositiveExamples,
  };
}

export interface KindFigures {
  planted: number;
  found: number;
  recall: number;
}

/**
 * Probable duplicates by kind: the recall of each planted kind (ground truth), and the precision of the findings
 * by the kind of evidence that carried them (a false finding has no planted kind, but it has its evidence).
 */
export function duplicateFigures(planted: readonly PlantedProblem[], findings: readonly Finding[]) {
  const code = 'probable-duplicate';
  const f = findings.filter((x) => x.code === code);
  const byId = new Map<string, Finding[]>();
  for (const y of f) for (const m of y.idNumbers) byId.set(m, [...(byId.get(m) ?? []), y]);
  const recallByKind: Record<string, KindFigures> = {};
  const trueFindings = new Set<Finding>();
  for (const x of planted.filter((p) => p.code === code)) {
    const ys = (byId.get(x.idNumbers[0] ?? '') ?? []).filter((y) => covers(y, x));
    for (const y of ys) trueFindings.add(y);
    const k = (recallByKind[x.kind ?? 'unnamed'] ??= { planted: 0, found: 0, recall: 1 });
    k.planted++;
    if (ys.length) k.found++;
  }
  for (const k of Object.values(recallByKind)) k.recall = round4(k.found / k.planted);
  const precisionByEvidence: Record<string, { found: number; truePositives: number; precision: number }> = {};
  for (const y of f) {
    const kind = typeof y.detail.evidenceKind === 'string' ? y.detail.evidenceKind : 'unnamed';
    const e = (precisionByEvidence[kind] ??= { found: 0, truePositives: 0, precision: 1 });
    e.found++;
    if (trueFindings.has(y)) e.truePositives++;
  }
  for (const e of Object.values(precisionByEvidence)) e.precision = round4(e.truePositives / e.found);
  return { recallByKind, precisionByEvidence };
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;
