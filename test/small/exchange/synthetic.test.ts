import { describe, expect, it } from 'vitest';
import { SyntheticCity } from '../../../src/domain/synthetic/city.ts';
import { checkIdNumber } from '../../../src/domain/identity/id-number.ts';
import { comparePersons } from '../../../src/domain/exchange/order.ts';

function collect(seed: string, persons: number, rates?: Record<string, number>) {
  const city = new SyntheticCity({ persons, seed, rates });
  const rows = [...city.households()];
  return { city, rows, persons: rows.flatMap((r) => r.persons), problems: rows.flatMap((r) => r.problems) };
}

describe('synthetic 昭通', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = collect('s1', 3000);
    const b = collect('s1', 3000);
    const c = collect('s2', 3000);
    expect(JSON.stringify(a.rows)).toBe(JSON.stringify(b.rows));
    expect(JSON.stringify(a.rows)).not.toBe(JSON.stringify(c.rows));
  }, 60_000);

  it('has valid, unique ID numbers when no problems are planted', () => {
    const clean = collect('clean', 8_000, {
      'duplicate-id-number': 0,
      'probable-duplicate': 0,
      'invalid-check-digit': 0,
      'invalid-id-number': 0,
      'birth-date-mismatch': 0,
      'sex-mismatch': 0,
      'legacy-15-digit': 0,
      'deceased-not-cancelled': 0,
      'enlisted-not-cancelled': 0,
      'missing-required': 0,
      'household-without-head': 0,
      'household-multiple-heads': 0,
      'address-multiple-households': 0,
    });
    expect(clean.persons.length).toBeGreaterThan(8_000);
    expect(clean.problems).toEqual([]);
    const ids = clean.persons.map((p) => p.id_number);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of clean.persons) {
      const check = checkIdNumber(p.id_number);
      expect(check.valid, p.id_number).toBe(true);
      if (check.valid) {
        expect(check.facts.birthDate).toBe(p.birth_date);
        expect(String(check.facts.sex)).toBe(p.sex);
      }
    }
  }, 60_000);

  it('lands near the published rates: household size 3.3, urbanization 29% registered and 40% resident', () => {
    const { city } = collect('rates', 60_000);
    const s = city.stats.summary();
    expect(s.meanFamilyHouseholdSize).toBeGreaterThan(3.1);
    expect(s.meanFamilyHouseholdSize).toBeLessThan(3.5);
    expect(s.registeredUrbanizationPct).toBeGreaterThan(26);
    expect(s.registeredUrbanizationPct).toBeLessThan(32);
    expect(s.residentUrbanizationPct).toBeGreaterThan(37);
    expect(s.residentUrbanizationPct).toBeLessThan(43);
  }, 60_000);

  it('plants each problem code with a ground-truth entry, and keeps persons in export order', () => {
    const { rows, problems } = collect('problems', 30_000, undefined);
    const codes = new Set(problems.map((p) => p.code));
    for (const code of [
      'duplicate-id-number',
      'invalid-check-digit',
      'sex-mismatch',
      'legacy-15-digit',
      'household-multiple-heads',
    ])
      expect(codes).toContain(code);
    for (const r of rows.slice(0, 500)) {
      const sorted = [...r.persons].sort(comparePersons);
      expect(sorted.length).toBe(r.persons.length);
    }
  }, 60_000);
});
