// The YAML policy tests (policy/tests/*.yaml) run inside the small suite too, with the coverage rule of
// `hukou policy test`: every required clause has a rule, and a met and an unmet case. The companions' expectations
// are checked too: each case that states them fails once any of them is changed.
import { describe, expect, it } from 'vitest';
import { evaluateSettlement } from '../../../src/domain/policy/decide.ts';
import {
  parsePolicyTests,
  runPolicyTests,
  type DecideFn,
  type PolicyTest,
} from '../../../src/domain/policy/policy-tests.ts';
import { REQUIRED_CLAUSES } from '../../../src/domain/policy/rules/index.ts';
import { loadParameterSet, loadPolicyTestDocs, loadTestReform } from '../../../src/policy-data/load.ts';

describe('policy/tests/*.yaml', () => {
  const base = loadParameterSet();
  const decide: DecideFn = (input, reform) =>
    evaluateSettlement(input, reform ? loadTestReform(reform, base) : base);
  const tests = parsePolicyTests(loadPolicyTestDocs());
  const report = runPolicyTests(tests, decide);

  it('all pass', () => {
    expect(
      report.results.filter((r) => !r.passed).map((r) => `${r.file}: ${r.name}: ${r.problems.join('; ')}`),
    ).toEqual([]);
  });

  it('cover every required clause and every reason code on both sides', () => {
    expect(report.coverage.map((c) => c.clause)).toEqual([...REQUIRED_CLAUSES]);
    expect(report.coverage.filter((c) => !c.ok)).toEqual([]);
    expect(report.codes.filter((c) => !c.ok)).toEqual([]);
  });

  it('state companion outcomes and reasons in cases of several bases, and fail when one is wrong', () => {
    const stated = tests.filter(({ test }) => test.expected.companions);
    expect(stated.length).toBeGreaterThanOrEqual(5);
    const bases = new Set(stated.map(({ test }) => test.input.basis));
    expect([...bases].sort()).toEqual(['kin', 'residence', 'residence-permit']);

    const problemsOf = (file: string, test: PolicyTest) =>
      runPolicyTests([{ file, test }], decide).results[0]!.problems;
    const changed = (test: PolicyTest, companions: PolicyTest['expected']['companions']): PolicyTest => ({
      ...test,
      expected: { ...test.expected, companions },
    });
    for (const { file, test } of stated) {
      const companions = test.expected.companions!;
      const name = `${file}: ${test.name}`;
      expect(problemsOf(file, test), name).toEqual([]);
      expect(problemsOf(file, changed(test, companions.slice(1))), name).toEqual([
        `${companions.length} companion decisions, expected ${companions.length - 1}`,
      ]);
      companions.forEach((c, i) => {
        const at = (w: (typeof companions)[number]) => companions.map((x, j) => (j === i ? w : x));
        expect(problemsOf(file, changed(test, at({ ...c, eligible: !c.eligible }))), name).toEqual([
          `companion ${i}: eligible ${c.eligible}, expected ${!c.eligible}`,
        ]);
        if (c.clauses)
          expect(problemsOf(file, changed(test, at({ ...c, clauses: ['T6'] }))), name).toEqual([
            `companion ${i}: clauses [${[...c.clauses].sort().join(',')}], expected [T6]`,
          ]);
        for (const r of c.reasons ?? []) {
          const flipped = c.reasons!.map((x) => (x === r ? { ...x, met: !x.met } : x));
          expect(problemsOf(file, changed(test, at({ ...c, reasons: flipped }))), name).toEqual([
            `companion ${i}: reason ${r.code} met=${!r.met} missing`,
          ]);
        }
      });
    }
  });
});
