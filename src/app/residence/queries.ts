// Reading registrations and permits: within the caller's jurisdiction (a record outside it reads as absent), each
// read of personal data audited. A permit's page carries its entitlements computed by the contract's calculator
// from the stored permit and the departments' latest facts.
import { divisionName } from '../applications/places.ts';
import { evaluateEntitlements } from '../../domain/permits/entitlements.ts';
import { standingOn, mayTakePermitAction } from '../../domain/permits/lifecycle.ts';
import { registrationSearchQuery } from '../../domain/permits/residence-schema.ts';
import { permitActionsFrom, type PermitState } from '../../domain/permits/states.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { eventsOfPermit, eventsOfRegistration } from '../../db/repositories/residence/events.ts';
import { latestFactsOf } from '../../db/repositories/residence/facts.ts';
import { findPermitOfRegistration, type PermitRow } from '../../db/repositories/residence/permits.ts';
import { searchRegistrations } from '../../db/repositories/residence/registrations.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import {
  eventView,
  PERMIT_RESOURCE,
  permitPartyOf,
  REGISTRATION_RESOURCE,
  scopeFor,
  todayOf,
} from './common.ts';
import { loadRegistrationInScope } from './apply-permit.ts';
import { actionResult, factsOf, loadPermitInScope } from './permit-actions.ts';

async function auditRead(
  deps: AppDeps,
  ctx: RequestContext,
  what: { resourceType: string; id: string; countyCode: string; personId: string | null },
) {
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: `${what.resourceType}.read`,
    resourceType: what.resourceType,
    resourceId: what.id,
    countyCode: what.countyCode,
    personIds: what.personId ? [what.personId] : null,
  });
}

export async function registrationView(deps: AppDeps, ctx: RequestContext, id: string) {
  const scope = scopeFor(ctx, 'permits.read');
  const db = deps.database.db;
  const r = await loadRegistrationInScope(db, id, scope);
  const [events, permit] = await Promise.all([
    eventsOfRegistration(db, id),
    findPermitOfRegistration(db, id),
  ]);
  await auditRead(deps, ctx, {
    resourceType: REGISTRATION_RESOURCE,
    id,
    countyCode: r.county_code,
    personId: r.person_id,
  });
  return {
    id: r.id,
    status: r.status as 'active' | 'ended',
    personId: r.person_id,
    idNumber: r.id_number,
    name: r.name,
    sex: r.sex,
    birthDate: r.birth_date,
    ethnicity: r.ethnicity,
    hukou: { divisionCode: r.hukou_division_code, rural: r.hukou_rural, address: r.hukou_address },
    residence: {
      unitCode: r.unit_code,
      stationCode: r.station_code,
      countyCode: r.county_code,
      place: divisionName(r.unit_code),
      address: r.address,
      since: r.since,
    },
    grounds: r.grounds as ('employment' | 'residence' | 'study')[],
    evidence: r.evidence as { code: string; reference: string }[],
    endedOn: r.ended_on,
    endReason: r.end_reason,
    permitId: permit && permit.status !== 'cancelled' ? permit.id : null,
    events: events.map(eventView),
  };
}

export async function listRegistrations(deps: AppDeps, ctx: RequestContext, raw: unknown) {
  const q = parseOrThrow(registrationSearchQuery, raw ?? {});
  const scope = scopeFor(ctx, 'permits.read');
  const rows = await searchRegistrations(deps.database.db, { jurisdiction: scope, ...q });
  await recordAudit(deps.database.db, {
    ...auditActor(ctx),
    action: `${REGISTRATION_RESOURCE}.search`,
    resourceType: REGISTRATION_RESOURCE,
    detail: { idNumber: q.idNumber ?? null, status: q.status ?? null, returned: rows.length },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status as 'active' | 'ended',
      idNumber: r.id_number,
      name: r.name,
      place: `${divisionName(r.unit_code)} ${r.address}`,
      since: r.since,
      permitId: r.permit_id,
    })),
  };
}

/** The holder's entitlements today, from the stored permit and the latest department facts (contract shape). */
export async function entitlementsOf(deps: AppDeps, row: PermitRow, today: string) {
  const facts = await latestFactsOf(deps.database.db, row.id_number);
  const insurance = facts.find((f) => f.kind === 'social-insurance-years')?.years ?? 0;
  const children = facts.filter((f) => f.kind === 'child-schooling-years' && f.child_birth_date);
  const { state } = standingOn(factsOf(row), today, deps.policy.parameters, row.county_code);
  const issued = row.issued_on && state !== 'applied' && state !== 'cancelled';
  const result = issued
    ? evaluateEntitlements(
        {
          asOf: today,
          divisionCode: row.county_code,
          permit: { issuedOn: row.issued_on, endorsements: factsOf(row).endorsements },
          socialInsuranceYears: insurance,
          children: children.map((c) => ({
            birthDate: c.child_birth_date!,
            continuousSchoolingYears: c.years,
          })),
        },
        deps.policy.parameters,
      )
    : null;
  return { result, insurance, children };
}

export async function permitView(deps: AppDeps, ctx: RequestContext, id: string) {
  const scope = scopeFor(ctx, 'permits.read');
  const db = deps.database.db;
  const row = await loadPermitInScope(db, id, scope, false);
  const today = todayOf(deps);
  const [events, ent, reg] = await Promise.all([
    eventsOfPermit(db, id),
    entitlementsOf(deps, row, today),
    loadRegistrationInScope(db, row.registration_id, scope),
  ]);
  await auditRead(deps, ctx, {
    resourceType: PERMIT_RESOURCE,
    id,
    countyCode: row.county_code,
    personId: reg.person_id,
  });
  const summary = actionResult(deps, row);
  const state = summary.status as PermitState;
  const party = permitPartyOf(ctx);
  const place = { stationCode: row.station_code, countyCode: row.county_code };
  const eligibility = row.eligibility as { clauses: string[]; reasons: unknown[] };
  return {
    ...summary,
    registrationId: row.registration_id,
    holder: { name: reg.name, idNumber: reg.id_number, sex: reg.sex, birthDate: reg.birth_date },
    countyCode: row.county_code,
    stationCode: row.station_code,
    appliedOn: row.applied_on,
    issueBy: row.issue_by,
    issuedOn: row.issued_on,
    endorsements: factsOf(row).endorsements,
    continuousResidenceSince: ent.result?.continuousResidenceSince ?? null,
    socialInsuranceYears: ent.insurance,
    entitlements: ent.result?.entitlements ?? [],
    children: ent.children.map((c, index) => ({
      index,
      name: c.child_name,
      birthDate: c.child_birth_date!,
      continuousSchoolingYears: c.years,
      entitlements: ent.result?.children[index]?.entitlements ?? [],
    })),
    eligibility: { clauses: eligibility.clauses ?? [], reasons: eligibility.reasons ?? [] },
    // What this caller may do now: the table's actions out of today's state that their role and jurisdiction allow.
    actions: permitActionsFrom(state).filter((a) => mayTakePermitAction(a, party, place)),
    events: events.map(eventView),
  };
}
