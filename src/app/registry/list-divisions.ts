// The village and community units under a division code prefix, for the clerk's address pickers (at most 500).
import { listDivisionUnits } from '../../db/repositories/registry/divisions.ts';
import type { AppDeps } from '../context.ts';

export async function listDivisions(deps: AppDeps, prefix: string) {
  const rows = await listDivisionUnits(deps.database.db, prefix, 500);
  return { units: rows.map((r) => ({ code: r.code, name: r.name, urbanRuralCode: r.urban_rural_code })) };
}
