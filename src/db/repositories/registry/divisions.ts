// Village and community units (12-digit codes with their urban-rural class): upserted from an import or from the
// domain's generator.
import type { Kysely } from 'kysely';
import { countyCodeOf, type DivisionUnit } from '../../../domain/divisions/index.ts';
import type { DB } from '../../schema.ts';

const BATCH = 500;

export async function upsertDivisionUnits(db: Kysely<DB>, units: DivisionUnit[]): Promise<number> {
  for (let i = 0; i < units.length; i += BATCH) {
    const rows = units.slice(i, i + BATCH).map((u) => ({
      code: u.code,
      name: u.name,
      urban_rural_code: u.urbanRuralCode,
      county_code: countyCodeOf(u.code) ?? u.code.slice(0, 6),
    }));
    await db
      .insertInto('division_unit')
      .values(rows)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          urban_rural_code: eb.ref('excluded.urban_rural_code'),
        })),
      )
      .execute();
  }
  return units.length;
}

export async function countDivisionUnits(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('division_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listDivisionUnits(db: Kysely<DB>, prefix: string, limit: number) {
  return db
    .selectFrom('division_unit')
    .selectAll()
    .where('code', 'like', `${prefix}%`)
    .orderBy('code')
    .limit(limit)
    .execute();
}

/** One unit by its 12-digit code: whether a division code a form sent names a unit that exists. */
export async function findDivisionUnit(db: Kysely<DB>, code: string) {
  return db.selectFrom('division_unit').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}
