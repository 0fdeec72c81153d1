// YAML policy tests (OpenFisca style): named cases with the date, the input and the expected outcome and
// clauses, and, where the case brings companions, each companion's outcome and reasons. Pure: the caller supplies
// the parsed documents and a decide function (which picks the reform).
import { z } from 'zod';
import { DomainError, isDomainError } from '../errors.ts';
import type { SettlementDecision } from './decide.ts';
import { REQUIRED_CLAUSES, IMPLEMENTED_CLAUSES } from './rules/index.ts';
import { parseIssues } from '../validation.ts';
import { MESSAGES } from './messages.ts';
import type { Reason } from './evaluation.ts';

const expectedReasonsSchema = z.array(z.strictObject({ code: z.string(), met: z.boolean() }));

/** One companion's expected decision, in the order of input.companions. */
const expectedCompanionSchema = z.strictObject({
  eligible: z.boolean(),
  /** When given, exactly these clauses (any order). */
  clauses: z.array(z.string()).optional(),
  /** Reasons that must appear (by code, with met). */
  reasons: expectedReasonsSchema.optional(),
});

const policyTestSchema = z.strictObject({
  name: z.string().min(1),
  asOf: z.iso.date(),
  reform: z.string().optional(),
  input: z.record(z.string(), z.unknown()),
  expected: z.strictObject({
    outcome: z.enum(['eligible', 'ineligible', 'refer', 'invalid']),
    clauses: z.array(z.string()).default([]),
    /** Reasons that must appear (by code, with met). */
    reasons: expectedReasonsSchema.optional(),
    /** For outcome invalid: the paths that must be named. */
    paths: z.array(z.string()).optional(),
    /** When given, one entry per companion of the input, in order; their number must match too. */
    companions: z.array(expectedCompanionSchema).optional(),
  }),
});
// Not strict at the top: files keep shared YAML anchors under x-… keys.
export const policyTestFileSchema = z.object({ tests: z.array(policyTestSchema).min(1) });
export type PolicyTest = z.infer<typeof policyTestSchema>;

export interface PolicyTestResult {
  file: string;
  name: string;
  passed: boolean;
  problems: string[];
  decision: SettlementDecision | null;
}

export interface ClauseCoverage {
  clause: string;
  rule: string | null;
  tests: number;
  met: number;
  unmet: number;
  ok: boolean;
}

export type DecideFn = (input: unknown, reform: string | undefined) => SettlementDecision;

export function parsePolicyTests(docs: Record<string, unknown>): { file: string; test: PolicyTest }[] {
  const out: { file: string; test: PolicyTest }[] = [];
  const issues = [];
  for (const [file, doc] of Object.entries(docs)) {
    const r = parseIssues(policyTestFileSchema, doc);
    if (!r.ok) issues.push(...r.issues.map((i) => ({ ...i, path: `${file}:${i.path}` })));
    else out.push(...r.data.tests.map((test) => ({ file, test })));
  }
  if (issues.length) throw DomainError.invalid(issues, '政策测试文件有误 / invalid policy test file');
  return out;
}

function runOne(file: string, t: PolicyTest, decide: DecideFn): PolicyTestResult {
  const problems: string[] = [];
  const e = t.expected;
  let decision: SettlementDecision | null = null;
  try {
    decision = decide({ asOf: t.asOf, ...t.input }, t.reform);
  } catch (err) {
    if (!isDomainError(err) || err.code !== 'invalid-input') throw err;
    if (e.outcome !== 'invalid')
      problems.push(`invalid input: ${err.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    for (const p of e.paths ?? [])
      if (!err.issues.some((i) => i.path === p)) problems.push(`path ${p} not named`);
    return { file, name: t.name, passed: problems.length === 0, problems, decision };
  }
  if (decision.outcome !== e.outcome) problems.push(`outcome ${decision.outcome}, expected ${e.outcome}`);
  problems.push(...clauseProblems(decision.clauses, e.clauses, ''));
  problems.push(...missingReasons(decision.reasons, e.reasons, ''));
  if (e.companions) problems.push(...companionProblems(decision, e.companions));
  if (
    decision.outcome === 'ineligible' &&
    !decision.reasons.some((r) => !r.met && decision!.clauses.includes(r.clause))
  ) {
    problems.push('ineligible without an unmet reason citing a clause of the outcome');
  }
  return { file, name: t.name, passed: problems.length === 0, problems, decision };
}

type ExpectedReason = z.infer<typeof expectedReasonsSchema>[number];
type ExpectedCompanion = z.infer<typeof expectedCompanionSchema>;

/** The same clauses in any order. */
function clauseProblems(got: readonly string[], want: readonly string[], prefix: string): string[] {
  const a = [...got].sort().join(',');
  const b = [...want].sort().join(',');
  return a === b ? [] : [`${prefix}clauses [${a}], expected [${b}]`];
}

function missingReasons(got: readonly Reason[], want: readonly ExpectedReason[] = [], prefix: string) {
  return want
    .filter((r) => !got.some((x) => x.code === r.code && x.met === r.met))
    .map((r) => `${prefix}reason ${r.code} met=${r.met} missing`);
}

function companionProblems(decision: SettlementDecision, want: readonly ExpectedCompanion[]): string[] {
  const got = decision.companions;
  if (got.length !== want.length) return [`${got.length} companion decisions, expected ${want.length}`];
  return want.flatMap((w, i) => {
    const c = got[i]!;
    const prefix = `companion ${i}: `;
    return [
      ...(c.eligible !== w.eligible ? [`${prefix}eligible ${c.eligible}, expected ${w.eligible}`] : []),
      ...(w.clauses ? clauseProblems(c.clauses, w.clauses, prefix) : []),
      ...missingReasons(c.reasons, w.reasons, prefix),
    ];
  });
}

export interface CodeCoverage {
  code: string;
  clause: string | null;
  met: number;
  unmet: number;
  ok: boolean;
}

function allReasons(d: SettlementDecision | null) {
  return d ? [...d.reasons, ...d.companions.flatMap((c) => c.reasons)] : [];
}

/** Every reason code (a path through a rule) must be seen met and unmet, where the rule has both sides. */
function codeCoverage(results: PolicyTestResult[]): CodeCoverage[] {
  return Object.entries(MESSAGES).map(([code, [metText, unmetText]]) => {
    const seen = results.flatMap((r) => allReasons(r.decision).filter((x) => x.code === code));
    const met = seen.filter((x) => x.met).length;
    const unmet = seen.length - met;
    const ok = (metText === '' || met > 0) && (unmetText === '' || unmet > 0);
    return { code, clause: seen[0]?.clause ?? null, met, unmet, ok };
  });
}

/** Run every test; coverage per required clause counts tests whose decision has met / unmet reasons of it. */
export function runPolicyTests(tests: { file: string; test: PolicyTest }[], decide: DecideFn) {
  const results = tests.map(({ file, test }) => runOne(file, test, decide));
  const codes = codeCoverage(results);
  const coverage: ClauseCoverage[] = REQUIRED_CLAUSES.map((clause) => {
    let n = 0;
    let met = 0;
    let unmet = 0;
    for (const r of results) {
      const reasons = allReasons(r.decision).filter((x) => x.clause === clause);
      if (!reasons.length) continue;
      n++;
      if (reasons.every((x) => x.met)) met++;
      if (reasons.some((x) => !x.met)) unmet++;
    }
    const rule = IMPLEMENTED_CLAUSES[clause] ?? null;
    const codesOk = codes.every((c) => c.clause !== clause || c.ok);
    return { clause, rule, tests: n, met, unmet, ok: rule !== null && met > 0 && unmet > 0 && codesOk };
  });
  const passed = results.every((r) => r.passed) && coverage.every((c) => c.ok) && codes.every((c) => c.ok);
  return { passed, results, coverage, codes };
}
