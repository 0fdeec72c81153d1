// Reads of the register within the reader's jurisdiction, through the reader's view (authorize-read.ts: full records
// for police roles, the department's field scope otherwise). Every read of personal data writes an audit row naming
// every person it returned and the view applied (T13.2); reads outside the jurisdiction are not found rather than
// forbidden, so they reveal nothing — and they are audited as refused attempts.
import { jurisdictionOf } from '../../domain/access/principal.ts';
import { DomainError } from '../../domain/errors.ts';
import { checkIdNumber } from '../../domain/identity/id-number.ts';
import { classifyQuery } from '../../domain/search/pinyin-keys.ts';
import type { DepartmentView } from '../../domain/access/views.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { lookupAudited } from '../../db/repositories/registry/lookup.ts';
import {
  eventsOf,
  findHousehold,
  findPersonById,
  householdMembers,
  membershipsOf,
  searchPersons,
} from '../../db/repositories/registry/queries.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { auditRefusal, mayRead, readerView, type ReadAttempt } from './authorize-read.ts';

/** Search results per page: enough for a clerk's screen, small enough to audit. */
export const SEARCH_LIMIT = 50;

interface ReadRecord {
  action: string;
  resourceType: string;
  resourceId: string | null;
  countyCode: string | null;
  personIds: readonly string[];
  view: DepartmentView | null;
  detail?: Record<string, unknown>;
}

async function audit(deps: AppDeps, ctx: RequestContext, r: ReadRecord) {
  const detail = r.view ? { ...r.detail, view: r.view.scope.view } : r.detail;
  await recordAudit(deps.database.db, { ...auditActor(ctx), ...r, detail, personIds: r.personIds });
}

async function notFound(
  deps: AppDeps,
  ctx: RequestContext,
  a: ReadAttempt,
  exists: boolean,
  what: string,
): Promise<never> {
  await auditRefusal(deps, ctx, a, exists ? 'outside-jurisdiction' : 'not-found');
  throw DomainError.notFound(what);
}

export async function lookupByIdNumber(deps: AppDeps, ctx: RequestContext, raw: string) {
  const idNumber = raw.trim().toUpperCase();
  if (idNumber.length !== 18 && idNumber.length !== 15) {
    throw DomainError.invalid([{ path: 'idNumber', message: '公民身份号码应为18位（或15位旧号码）' }]);
  }
  const view = await readerView(deps, ctx, {
    resourceType: 'person',
    resourceId: null,
    detail: { idNumber },
  });
  // Outside the jurisdiction nothing is found (and the audit row says so); the CLI operator's is the whole city.
  // One statement reads the persons and commits the audit row (naming every visible hit and the view), grouped with
  // concurrent lookups (lookup.ts); it returns only after the commit.
  const scope = jurisdictionOf(ctx.principal);
  if (scope === null) throw new DomainError('unauthenticated', '请先登录 / please log in');
  const hits = await lookupAudited(deps.database.db, {
    idNumber,
    scope,
    view: view?.scope.view ?? null,
    ...auditActor(ctx),
  });
  // The query applies the same jurisdiction rule; mayRead stays the authority on what is answered.
  const found = hits.filter((p) => mayRead(ctx, p.divisionCode));
  return { idNumber, check: checkIdNumber(idNumber), persons: view ? found.map(view.person) : found };
}

export async function searchRegistry(deps: AppDeps, ctx: RequestContext, q: string) {
  const query = classifyQuery(q);
  if (query.value.length === 0)
    throw DomainError.invalid([{ path: 'q', message: '请输入身份号码、姓名或拼音' }]);
  const jurisdiction = jurisdictionOf(ctx.principal) ?? '';
  const county = jurisdiction.length >= 6 ? jurisdiction.slice(0, 6) : null;
  // Departments ask about persons they already know, by ID number; browsing by name is for the police.
  const view = await readerView(
    deps,
    ctx,
    { resourceType: 'person', resourceId: null, countyCode: county, detail: { q } },
    { departments: false },
  );
  const persons = await searchPersons(deps.database.db, query, jurisdiction, SEARCH_LIMIT);
  await audit(deps, ctx, {
    action: 'registry.search',
    resourceType: 'person',
    resourceId: null,
    countyCode: county,
    personIds: persons.map((p) => p.personId),
    view,
    detail: { q, hits: persons.length },
  });
  return { query, persons };
}

export async function readPerson(deps: AppDeps, ctx: RequestContext, personId: string) {
  const attempt: ReadAttempt = { resourceType: 'person', resourceId: personId, personIds: [personId] };
  const view = await readerView(deps, ctx, attempt);
  const person = await findPersonById(deps.database.db, personId);
  const household = person?.householdId
    ? await findHousehold(deps.database.db, person.householdId)
    : undefined;
  if (!person || !mayRead(ctx, household?.address.divisionCode)) {
    return notFound(
      deps,
      ctx,
      { ...attempt, personIds: person ? [personId] : [], countyCode: person?.countyCode },
      !!person,
      '人员',
    );
  }
  const [memberships, events] = await Promise.all([
    !view || view.scope.memberships ? membershipsOf(deps.database.db, { personId }) : [],
    !view || view.scope.events.length ? eventsOf(deps.database.db, { personId }) : [],
  ]);
  await audit(deps, ctx, {
    action: 'registry.read',
    resourceType: 'person',
    resourceId: personId,
    countyCode: person.countyCode,
    personIds: [personId],
    view,
  });
  if (!view) return { person, household: household ?? null, memberships, events };
  return {
    person: view.person(person),
    household: household && view.scope.household.length ? view.household(household) : null,
    memberships,
    events: view.events(events),
  };
}

export async function readHousehold(deps: AppDeps, ctx: RequestContext, householdId: string) {
  const attempt: ReadAttempt = { resourceType: 'household', resourceId: householdId };
  const view = await readerView(deps, ctx, attempt);
  const household = await findHousehold(deps.database.db, householdId);
  if (!household || !mayRead(ctx, household.address.divisionCode)) {
    return notFound(deps, ctx, { ...attempt, countyCode: household?.countyCode }, !!household, '户');
  }
  const [members, memberships, events] = await Promise.all([
    householdMembers(deps.database.db, householdId, household.countyCode),
    !view || view.scope.memberships ? membershipsOf(deps.database.db, { householdId }) : [],
    !view || view.scope.events.length ? eventsOf(deps.database.db, { householdId }) : [],
  ]);
  await audit(deps, ctx, {
    action: 'registry.read',
    resourceType: 'household',
    resourceId: householdId,
    countyCode: household.countyCode,
    personIds: members.map((m) => m.personId),
    view,
  });
  if (!view) return { household, members, memberships, events };
  return {
    household: view.household(household),
    members: members.map(view.person),
    memberships,
    events: view.events(events),
  };
}
