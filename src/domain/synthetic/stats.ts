// What a synthetic city turned out to be: counts and the two urbanization rates (reference/codes.md):
// registered = active persons in 1xx units ÷ active persons; resident = persons living in the city in 1xx units ÷
// persons living in the city (hukou persons only: the synthetic city has no non-hukou residents).
import type { HouseholdRow, PersonRow } from '../exchange/columns.ts';
import { isInCity } from '../divisions/city.ts';

export class CityStats {
  households = 0;
  persons = 0;
  active = 0;
  registeredUrban = 0;
  residents = 0;
  residentUrban = 0;
  livingAway = 0;
  familyHouseholds = 0;
  familyMembers = 0;
  private readonly urbanUnits = new Set<string>();

  constructor(urbanUnitCodes: Iterable<string> = []) {
    for (const c of urbanUnitCodes) this.urbanUnits.add(c);
  }

  markUrban(code: string) {
    this.urbanUnits.add(code);
  }

  /** Count one household; returns how many active persons it added. */
  add(household: HouseholdRow, persons: PersonRow[], urbanHukou: boolean): number {
    if (urbanHukou) this.urbanUnits.add(household.division_code);
    this.households++;
    let active = 0;
    for (const p of persons) {
      this.persons++;
      if (p.status !== 'active') continue;
      active++;
      if (urbanHukou) this.registeredUrban++;
      const where = p.residence_division_code || household.division_code;
      if (p.residence_division_code) this.livingAway++;
      if (!isInCity(where)) continue;
      this.residents++;
      if (where === household.division_code ? urbanHukou : this.isUrbanUnit(where)) this.residentUrban++;
    }
    this.active += active;
    if (household.kind === 'family') {
      this.familyHouseholds++;
      this.familyMembers += active;
    }
    return active;
  }

  private isUrbanUnit(code: string): boolean {
    // Units with serials 001–199 are communities; the generator only sends movers to urban units.
    return this.urbanUnits.has(code) || Number(code.slice(9)) < 200;
  }

  summary() {
    const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 100);
    return {
      households: this.households,
      persons: this.persons,
      activePersons: this.active,
      meanFamilyHouseholdSize:
        Math.round((this.familyMembers / Math.max(1, this.familyHouseholds)) * 100) / 100,
      livingAway: this.livingAway,
      residentsInCity: this.residents,
      registeredUrbanizationPct: pct(this.registeredUrban, this.active),
      residentUrbanizationPct: pct(this.residentUrban, this.residents),
    };
  }
}
