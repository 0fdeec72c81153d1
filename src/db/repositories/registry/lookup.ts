// Lookups by ID number with their audit rows, for concurrent callers together: one statement finds the persons of
// every waiting lookup and inserts every lookup's audit row, and its commit (one WAL flush) covers the whole group.
// Each caller is answered only after that statement — select and audit insert, committed — has returned, so no
// personal data leaves without its audit row committed. Separately, a lookup cost a select round trip plus a share
// of an audit commit; under load the round trips and the flushes were the full API's largest cost beside the bare
// handler's single select (docs/PERFORMANCE.md, Registry).
import { sql, type Kysely, type Selectable } from 'kysely';
import { Coalescer } from '../../coalesce.ts';
import type { DB } from '../../schema.ts';
import type { PersonTable } from '../../tables/registry.ts';
import { personFromRow } from './rows.ts';
import type { PersonWithDivision } from './queries.ts';

export interface LookupRequest {
  idNumber: string;
  /**
   * Who may see a hit: null sees every person (the CLI operator), otherwise a jurisdiction code — the same rule as
   * coversDivision (src/domain/access/roles.ts): a valid 4/6/9-digit code that prefixes the household's division.
   * The caller filters the answer with mayAct again; this copy decides what the audit row records.
   */
  scope: string | null;
  actorId: number | null;
  actorUsername: string | null;
  actorRole: string | null;
  /** The department view applied to the answer (null: full records), recorded in the audit row. */
  view?: string | null;
  requestId?: string | null;
  ip?: string | null;
}

type HitRow = Selectable<PersonTable> & { division_code: string | null; o: number };

/**
 * Per request: up to 20 holders of the number (within the scope's county when it names one), in status order, those
 * in scope returned; one audit row per request naming the first of them as its resource, their count, and every one
 * of them in person_ids (the resident's access log finds the row by any person it returned). The data-modifying CTE always runs, whether or not anything was found.
 */
export async function lookupGroup(db: Kysely<DB>, reqs: LookupRequest[]): Promise<PersonWithDivision[][]> {
  const doc = JSON.stringify(
    reqs.map((r, o) => ({
      o,
      id: r.idNumber,
      scope: r.scope,
      county: r.scope && r.scope.length >= 6 ? r.scope.slice(0, 6) : null,
      actor_id: r.actorId,
      username: r.actorUsername,
      role: r.actorRole,
      view: r.view ?? null,
      request_id: r.requestId ?? null,
      ip: r.ip ?? null,
    })),
  );
  const r = await sql<HitRow>`
    with q as materialized (
      select * from jsonb_to_recordset(${doc}::jsonb)
        as q(o int, id text, scope text, county text, actor_id bigint, username text, role text, view text, request_id text, ip text)
    ),
    hits as materialized (
      select q.o, x.* from q cross join lateral (
        select p.*, h.division_code, row_number() over (order by p.status) as rn
        from person p left join household h on h.household_id = p.household_id
        where p.id_number = q.id and (q.county is null or p.county_code = q.county)
        order by rn limit 20
      ) x
      where q.scope is null or (q.scope ~ '^([0-9]{4}|[0-9]{6}|[0-9]{9})$' and coalesce(starts_with(x.division_code, q.scope), false))
    ),
    audit as (
      insert into audit_log (actor_id, actor_username, actor_role, action, resource_type, resource_id, county_code, request_id, ip, detail, person_ids)
      select q.actor_id, q.username, q.role, 'registry.lookup', 'person', f.person_id::text, f.county_code, q.request_id, q.ip,
        jsonb_strip_nulls(jsonb_build_object('idNumber', q.id, 'hits', coalesce(f.n, 0), 'view', q.view)),
        (select array_agg(v.person_id order by v.rn) from hits v where v.o = q.o)
      from q left join lateral (
        select v.person_id, v.county_code, count(*) over () as n from hits v where v.o = q.o order by v.rn limit 1
      ) f on true
    )
    select * from hits order by o, rn`.execute(db);
  const answers: PersonWithDivision[][] = reqs.map(() => []);
  for (const row of r.rows) answers[row.o]!.push({ ...personFromRow(row), divisionCode: row.division_code });
  return answers;
}

// Groups of at most 64 lookups; 4 statements in flight, as the registry's slices and group commit (slice.ts): more
// only adds concurrent WAL flushes, fewer makes a group wait for the one before it.
const coalescers = new WeakMap<Kysely<DB>, Coalescer<LookupRequest, PersonWithDivision[]>>();

/** One lookup, grouped with concurrent ones; resolves once its group's statement, audit rows included, committed. */
export function lookupAudited(db: Kysely<DB>, req: LookupRequest): Promise<PersonWithDivision[]> {
  let c = coalescers.get(db);
  if (!c)
    coalescers.set(
      db,
      (c = new Coalescer((reqs) => lookupGroup(db, reqs), { maxGroup: 64, maxInFlight: 4 })),
    );
  return c.submit(req);
}
