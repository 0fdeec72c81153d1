// The origin household of a settlement application, read across the city for the one-stop move: the destination's
// case workers need it to name the member who heads it after the applicant leaves (hand-over.ts), even when it lies
// in another county, where the register's own reads answer "not found". This read is allowed only for this purpose —
// a case worker of this application, the household of its applicant or companions, the items a hand-over needs —
// and audited with its purpose and every person it showed.
import { DomainError } from '../../domain/errors.ts';
import type { ApplicationInput } from '../../domain/applications/index.ts';
import { headsLeavingMembers, membersOf } from '../../domain/applications/hand-over.ts';
import { HEAD_RELATION } from '../../domain/codes/relationships.ts';
import type { SettlementDecision } from '../../domain/policy/decide.ts';
import { findApplication } from '../../db/repositories/applications/applications.ts';
import { listEvaluations } from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { RESOURCE, requireCaseWorker } from './common.ts';
import { divisionName } from './places.ts';
import { eligibleCompanions } from './register-companions.ts';
import { loadSlice } from '../../db/repositories/registry/slice.ts';

export const ORIGIN_READ_PURPOSE = '一站式迁移：确定原户新户主（户口登记条例 第十七条）';

export async function readOriginHousehold(deps: AppDeps, ctx: RequestContext, id: string) {
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requireCaseWorker(ctx, row);
  const input = row.input as ApplicationInput;
  const evaluations = await listEvaluations(db, id);
  const decision = evaluations.at(-1)?.decision as SettlementDecision | undefined;
  const movers = [
    input.applicant.idNumber,
    ...eligibleCompanions(input, decision).map((i) => input.companions[i]!.idNumber),
  ];
  const slice = await loadSlice(db, { idNumbers: movers });
  const applicant = [...slice.persons.values()].find(
    (p) => p.status === 'active' && p.idNumber === input.applicant.idNumber,
  );
  const household = applicant?.householdId ? slice.households.get(applicant.householdId) : undefined;
  if (!applicant || !household) return { household: null, mustNameNewHead: false, candidates: [] };
  const members = membersOf(slice, household.householdId);
  const leaving = headsLeavingMembers(slice, movers).find(
    (l) => l.head.householdId === household.householdId,
  );
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'applications.read-origin-household',
    resourceType: RESOURCE,
    resourceId: id,
    countyCode: row.county_code,
    personIds: members.map((m) => m.personId),
    purpose: ORIGIN_READ_PURPOSE,
    detail: { householdId: household.householdId },
  });
  const moving = new Set(movers);
  return {
    household: {
      householdId: household.householdId,
      householdNo: household.householdNo,
      countyCode: household.countyCode,
      place: `${divisionName(household.address.divisionCode)} ${household.address.detail}`.trim(),
      members: members.map((m) => ({
        personId: m.personId,
        name: m.name,
        sex: m.sex,
        birthDate: m.birthDate,
        relation: m.relation,
        head: m.relation === HEAD_RELATION,
        moving: moving.has(m.idNumber),
      })),
    },
    mustNameNewHead: leaving !== undefined,
    candidates: (leaving?.stayers ?? []).map((s) => s.personId),
  };
}
