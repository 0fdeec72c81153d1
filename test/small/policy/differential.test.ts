// The batch path and the explained single path must agree case by case: outcome and cited clauses, on
// 120,000 random cases of the synthetic generator, under the plan and under the shipped T3 reform.
import { describe, expect, it } from 'vitest';
import { evaluateSettlement } from '../../../src/domain/policy/decide.ts';
import {
  BATCH_CLAUSES,
  OUTCOMES,
  decodeCase,
  evaluatePopulation,
  generatePopulation,
} from '../../../src/domain/policy/batch/index.ts';
import type { ParameterSet } from '../../../src/domain/policy/parameters.ts';
import { loadParameterSet, loadShippedReform } from '../../../src/policy-data/load.ts';

function compare(set: ParameterSet, size: number, seed: number, asOf: string) {
  const p = generatePopulation(size, seed, asOf);
  const batch = evaluatePopulation(p, set);
  const mismatches: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const input = decodeCase(p, i);
    const single = evaluateSettlement(input, set);
    const clauses = BATCH_CLAUSES.filter((_, k) => batch.clauses[i]! & (1 << k));
    const batchOutcome = OUTCOMES[batch.outcome[i]!];
    seen.add(`${input.basis}:${single.outcome}`);
    if (single.outcome !== batchOutcome || single.clauses.join() !== [...clauses].join()) {
      mismatches.push({ i, input, single: [single.outcome, single.clauses], batch: [batchOutcome, clauses] });
      if (mismatches.length > 5) break;
    }
  }
  return { mismatches, seen };
}

describe('batch vs explained single path', () => {
  it('agree on 100,000 random cases under the plan as written', () => {
    const { mismatches, seen } = compare(loadParameterSet(), 100_000, 20170310, '2017-06-01');
    expect(mismatches).toEqual([]);
    // The generator reaches every basis with both outcomes, so the agreement means something.
    for (const basis of [
      'residence',
      'kin',
      'student',
      'military-family',
      'key-group',
      'return-to-origin',
      'marriage',
      'residence-permit',
      'unregistered',
    ]) {
      expect(seen.has(`${basis}:eligible`) && seen.has(`${basis}:ineligible`)).toBe(true);
    }
  }, 120_000);

  it('agree on 20,000 random cases under the 彝良 restriction reform, referrals included', () => {
    const { mismatches, seen } = compare(
      loadShippedReform('yiliang-restriction', loadParameterSet()),
      20_000,
      7,
      '2019-02-28',
    );
    expect(mismatches).toEqual([]);
    expect(seen.has('residence:refer')).toBe(true);
  }, 120_000);
});
