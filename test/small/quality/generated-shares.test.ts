// The generated city agrees with the published facts of ../shared/reference/zhaotong.md, each within a stated
// tolerance, so precision and recall are measured on a city of the right shape (issue 18). Figures of 100k persons.
import { describe, expect, it } from 'vitest';
import { SyntheticCity } from '../../../src/domain/synthetic/city.ts';

const city = new SyntheticCity({ persons: 100_000, seed: 'shares' });
let households = 0;
let active = 0;
let male = 0;
const ethnicity = new Map<string, number>();
const county = new Map<string, number>();
const duplicateKinds = new Map<string, number>();
for (const item of city.households()) {
  households++;
  for (const p of item.persons) {
    if (p.status !== 'active') continue;
    active++;
    if (p.sex === '1') male++;
    ethnicity.set(p.ethnicity, (ethnicity.get(p.ethnicity) ?? 0) + 1);
    const c = p.household_no.slice(0, 6);
    county.set(c, (county.get(c) ?? 0) + 1);
  }
  for (const x of item.problems)
    if (x.code === 'probable-duplicate') duplicateKinds.set(x.kind!, (duplicateKinds.get(x.kind!) ?? 0) + 1);
}
const share = (m: Map<string, number>, k: string) => (m.get(k) ?? 0) / active;

describe('the generated 昭通 against the published figures', () => {
  it('sex: male 52.52% (2010 census) ± 1 point', () => {
    expect(Math.abs(male / active - 0.5252)).toBeLessThan(0.01);
  });

  it('household size: 6.3315 million registered in 1.8901 million households (2022), 3.35 a household ± 0.15', () => {
    expect(Math.abs(active / households - 6.3315 / 1.8901)).toBeLessThan(0.15);
  });

  it('ethnicity (2010 census): 汉 89.83% ± 2, 回 3.47%, 苗 3.31%, 彝 3.09% each ± 1.5 points', () => {
    expect(Math.abs(share(ethnicity, '01') - 0.8983)).toBeLessThan(0.02);
    expect(Math.abs(share(ethnicity, '03') - 0.0347)).toBeLessThan(0.015);
    expect(Math.abs(share(ethnicity, '06') - 0.0331)).toBeLessThan(0.015);
    expect(Math.abs(share(ethnicity, '07') - 0.0309)).toBeLessThan(0.015);
  });

  it('county shares: 镇雄 registered > 1.6 million of 6.33 (> 25%), 水富 10.87万 (1.72% ± 0.3 points)', () => {
    expect(share(county, '530627')).toBeGreaterThan(1.6 / 6.3315);
    expect(Math.abs(share(county, '530681') - 10.87 / 633.15)).toBeLessThan(0.003);
    expect(county.size).toBe(11);
  });

  it('every kind of probable duplicate is planted', () => {
    expect([...duplicateKinds.keys()].sort()).toEqual([
      'both-in-families',
      'cross-county',
      'legacy-number',
      'name-variant',
      'same-county',
    ]);
  });
});
