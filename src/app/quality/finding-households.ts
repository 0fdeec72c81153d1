// Use case: the households a finding names, with their active members, so a head anomaly (no head, several heads)
// can be resolved by a change of head: the form needs each member's relation and version, and the household's.
// Household findings carry household numbers only (the contract's householdNos), not person ID numbers.
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { loadFindingFor } from './resolve-finding.ts';

export async function findingHouseholds(deps: AppDeps, ctx: RequestContext, findingId: number) {
  const finding = await loadFindingFor(deps, ctx, findingId);
  const db = deps.database.db;
  if (finding.household_nos.length === 0) return { households: [] };
  const households = await db
    .selectFrom('household')
    .select(['household_id', 'household_no', 'kind', 'address_detail', 'version', 'status'])
    .where('household_no', 'in', finding.household_nos)
    .orderBy('household_no')
    .execute();
  const members = households.length
    ? await db
        .selectFrom('person')
        .select(['person_id', 'household_id', 'id_number', 'name', 'relation', 'version'])
        .where(
          'household_id',
          'in',
          households.map((h) => h.household_id),
        )
        .where('status', '=', 'active')
        .orderBy('birth_date')
        .execute()
    : [];
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'quality.read',
    resourceType: 'quality-finding',
    resourceId: String(findingId),
    countyCode: finding.county_code,
    detail: { households: finding.household_nos },
  });
  return {
    households: households.map((h) => ({
      householdId: h.household_id,
      householdNo: h.household_no,
      kind: h.kind,
      address: h.address_detail,
      version: h.version,
      status: h.status,
      members: members
        .filter((m) => m.household_id === h.household_id)
        .map((m) => ({
          personId: m.person_id,
          idNumber: m.id_number,
          name: m.name,
          relation: m.relation,
          version: m.version,
        })),
    })),
  };
}
