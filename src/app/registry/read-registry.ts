// Reads of the register for logged-in users within their jurisdiction. Every read of personal data writes an
// audit row (T13.2); reads outside the jurisdiction are not found rather than forbidden, so they reveal nothing.
import { fold } from '../../domain/registry/apply.ts';
import { mayAct } from '../../domain/access/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { checkIdNumber } from '../../domain/identity/id-number.ts';
import { classifyQuery } from '../../domain/search/pinyin-keys.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { lookupAudited } from '../../db/repositories/registry/lookup.ts';
import {
  eventsOf, eventsUpTo, findHousehold, findPersonById, householdMembers, membershipsOf, searchPersons,
} from '../../db/repositories/registry/queries.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';

/** Search results per page: enough for a clerk's screen, small enough to audit. */
export const SEARCH_LIMIT = 50;

function mayRead(ctx: RequestContext, divisionCode: string | null | undefined): boolean {
  if (!ctx.actor) return true;
  return divisionCode != null && mayAct(ctx.actor, 'registry.read', divisionCode);
}

async function audit(deps: AppDeps, ctx: RequestContext, action: string, resourceType: string, resourceId: string | null, countyCode: string | null, detail?: unknown) {
  await recordAudit(deps.database.db, { ...auditActor(ctx), action, resourceType, resourceId, countyCode, detail });
}

export async function lookupByIdNumber(deps: AppDeps, ctx: RequestContext, raw: string) {
  const idNumber = raw.trim().toUpperCase();
  if (idNumber.length !== 18 && idNumber.length !== 15) {
    throw DomainError.invalid([{ path: 'idNumber', message: '公民身份号码应为18位（或15位旧号码）' }]);
  }
  // Outside the jurisdiction nothing is found (and the audit row says so); the CLI operator sees every county.
  // One statement reads the persons and commits the audit row (naming the first visible hit and their count),
  // grouped with concurrent lookups (lookup.ts); it returns only after the commit.
  const scope = ctx.actor ? ctx.actor.jurisdiction : null;
  const hits = await lookupAudited(deps.database.db, { idNumber, scope, ...auditActor(ctx) });
  // The query applies the same jurisdiction rule; mayRead stays the authority on what is answered.
  const found = hits.filter((p) => mayRead(ctx, p.divisionCode));
  return { idNumber, check: checkIdNumber(idNumber), persons: found };
}

export async function searchRegistry(deps: AppDeps, ctx: RequestContext, q: string) {
  const query = classifyQuery(q);
  if (query.value.length === 0) throw DomainError.invalid([{ path: 'q', message: '请输入身份号码、姓名或拼音' }]);
  const jurisdiction = ctx.actor?.jurisdiction ?? '';
  const persons = await searchPersons(deps.database.db, query, jurisdiction, SEARCH_LIMIT);
  await audit(deps, ctx, 'registry.search', 'person', null, jurisdiction.length >= 6 ? jurisdiction.slice(0, 6) : null, { q, hits: persons.length });
  return { query, persons };
}

export async function readPerson(deps: AppDeps, ctx: RequestContext, personId: string) {
  const person = await findPersonById(deps.database.db, personId);
  const household = person?.householdId ? await findHousehold(deps.database.db, person.householdId) : undefined;
  if (!person || !mayRead(ctx, household?.address.divisionCode)) throw DomainError.notFound('人员');
  const [memberships, events] = await Promise.all([
    membershipsOf(deps.database.db, { personId }),
    eventsOf(deps.database.db, { personId }),
  ]);
  await audit(deps, ctx, 'registry.read', 'person', personId, person.countyCode);
  return { person, household: household ?? null, memberships, events };
}

export async function readHousehold(deps: AppDeps, ctx: RequestContext, householdId: string) {
  const household = await findHousehold(deps.database.db, householdId);
  if (!household || !mayRead(ctx, household.address.divisionCode)) throw DomainError.notFound('户');
  const [members, memberships, events] = await Promise.all([
    householdMembers(deps.database.db, householdId, household.countyCode),
    membershipsOf(deps.database.db, { householdId }),
    eventsOf(deps.database.db, { householdId }),
  ]);
  await audit(deps, ctx, 'registry.read', 'household', householdId, household.countyCode);
  return { household, members, memberships, events };
}

/** The register (of one county, or all) as it stood at a moment, rebuilt by folding the events up to then. */
export async function registryAsOf(deps: AppDeps, at: Date, countyCode?: string) {
  return fold(await eventsUpTo(deps.database.db, at, countyCode));
}
