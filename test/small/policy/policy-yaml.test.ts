// The YAML policy tests (policy/tests/*.yaml) run inside the small suite too, with the coverage rule of
// `hukou policy test`: every required clause has a rule, and a met and an unmet case.
import { describe, expect, it } from 'vitest';
import { evaluateSettlement } from '../../../src/domain/policy/decide.ts';
import { parsePolicyTests, runPolicyTests } from '../../../src/domain/policy/policy-tests.ts';
import { REQUIRED_CLAUSES } from '../../../src/domain/policy/rules/index.ts';
import { loadParameterSet, loadPolicyTestDocs, loadTestReform } from '../../../src/policy-data/load.ts';

describe('policy/tests/*.yaml', () => {
  const base = loadParameterSet();
  const report = runPolicyTests(parsePolicyTests(loadPolicyTestDocs()), (input, reform) =>
    evaluateSettlement(input, reform ? loadTestReform(reform, base) : base),
  );

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
});
