// The register as it stood at a moment (issue 16): the persons and households active then, read from the current
// rows and their history (1100). Works on an imported city: every imported row's timeline starts at its batch's
// baseline. The CLI reads the whole register; over HTTP a page at a time, within the reader's jurisdiction, audited
// like every read of personal data (T13.2).
import { jurisdictionOf } from '../../domain/access/principal.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Household, Person } from '../../domain/registry/model.ts';
import type { AsOfQuery } from '../../domain/registry/as-of-schema.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { householdFromRow, personFromRow } from '../../db/repositories/registry/rows.ts';
import { countsAt, householdsAt, personsAt } from '../../db/repositories/statistics/as-of.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { endOfDay } from '../../domain/statistics/as-of.ts';

type PersonRow = Parameters<typeof personFromRow>[0];
type HouseholdRow = Parameters<typeof householdFromRow>[0];

/** Everything active at `at`, of the city or of one county or town (the CLI's `registry as-of`). */
export async function registryAsOf(
  deps: AppDeps,
  at: Date,
  within?: string,
): Promise<{ persons: Person[]; households: Household[] }> {
  const [persons, households] = await Promise.all([
    personsAt<PersonRow>(deps.database.db, at, { within }),
    householdsAt<HouseholdRow>(deps.database.db, at, { within }),
  ]);
  return { persons: persons.map(personFromRow), households: households.map(householdFromRow) };
}

/** A moment from the query: a day means the end of that day in 昭通; a timestamp is taken as it is. */
export function momentOf(text: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(text) ? endOfDay(text) : new Date(text);
  if (Number.isNaN(at.getTime()))
    throw DomainError.invalid([{ path: 'at', message: '不是有效的日期或时间' }]);
  return at;
}

/** GET /api/v1/registry/as-of: totals and one page of persons (or households) active then, in the jurisdiction. */
export async function readRegistryAsOf(deps: AppDeps, ctx: RequestContext, q: AsOfQuery) {
  const jurisdiction = jurisdictionOf(ctx.principal);
  if (jurisdiction === null) throw new DomainError('unauthenticated', '请先登录 / please log in');
  const within = q.within ?? jurisdiction;
  // Outside the jurisdiction the answer is empty rather than refused: it reveals nothing either way.
  const allowed = within.startsWith(jurisdiction) || (jurisdiction.length === 4 && within.startsWith('5306'));
  const at = momentOf(q.at);
  const page = { within, after: q.after, limit: q.limit ?? 100 };
  const db = deps.database.db;
  const [totals, rows] = allowed
    ? await Promise.all([
        countsAt(db, at, within),
        q.kind === 'households'
          ? householdsAt<HouseholdRow>(db, at, page).then((r) => r.map(householdFromRow))
          : personsAt<PersonRow>(db, at, page).then((r) => r.map(personFromRow)),
      ])
    : [{ persons: 0, households: 0 }, []];
  const personIds = q.kind === 'households' ? [] : (rows as Person[]).map((p) => p.personId);
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'registry.as-of',
    resourceType: q.kind === 'households' ? 'household' : 'person',
    resourceId: null,
    countyCode: within.length >= 6 ? within.slice(0, 6) : null,
    personIds,
    detail: { at: at.toISOString(), within, allowed },
  });
  const items = rows as Array<Person | Household>;
  const last = items.at(-1);
  const next =
    items.length === page.limit && last ? ('personId' in last ? last.personId : last.householdId) : null;
  return { at: at.toISOString(), within, totals, kind: q.kind ?? 'persons', items, next };
}
