// Use case: the village and community units under a division code prefix (the registry forms' address picker).
// Division names are public; the caller's permission to read the registry is checked by the caller's route.
import { listDivisionUnits } from '../../db/repositories/registry/divisions.ts';
import type { AppDeps } from '../context.ts';

/** At most this many units: a county prefix lists a few hundred, a town's a few dozen. */
const LIMIT = 500;

export async function listDivisions(deps: AppDeps, prefix: string) {
  const rows = await listDivisionUnits(deps.database.db, prefix, LIMIT);
  return { units: rows.map((r) => ({ code: r.code, name: r.name, urbanRuralCode: r.urban_rural_code })) };
}
