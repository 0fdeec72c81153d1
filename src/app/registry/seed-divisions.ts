// Use case: give an empty register the city's village and community units (generated), so addresses can be
// entered before a divisions file is imported. A register that has units keeps them.
import { countDivisionUnits, upsertDivisionUnits } from '../../db/repositories/registry/divisions.ts';
import { generateAllUnits } from '../../domain/divisions/units.ts';
import type { AppDeps } from '../context.ts';

export async function seedDivisions(deps: AppDeps): Promise<{ existing: number; generated: number }> {
  const existing = await countDivisionUnits(deps.database.db);
  const generated = existing === 0 ? await upsertDivisionUnits(deps.database.db, generateAllUnits()) : 0;
  return { existing, generated };
}
