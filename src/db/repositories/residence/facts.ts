// Department facts about permit holders (人社: social-insurance years; 教育: children's schooling years): each
// change a new row, the latest per subject counts.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';
import type { PermitFactTable } from '../../tables/residence.ts';

export type PermitFactInsert = Omit<PermitFactTable, 'id' | 'child_key'> & { child_key: string };

export async function insertFacts(db: Kysely<DB>, rows: PermitFactInsert[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('permit_fact')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** The latest fact per kind and child for one person. */
export async function latestFactsOf(db: Kysely<DB>, idNumber: string) {
  const r = await sql<{
    kind: string;
    child_key: string;
    child_name: string | null;
    child_birth_date: string | null;
    years: number;
    as_of: string;
  }>`select distinct on (kind, child_key) kind, child_key, child_name, child_birth_date::text as child_birth_date,
       years, as_of::text as as_of
     from permit_fact where id_number = ${idNumber}
     order by kind, child_key, id desc`.execute(db);
  return r.rows;
}

/** Which of these ID numbers hold a permit that is open (applied, valid or suspended). */
export async function idNumbersWithOpenPermit(db: Kysely<DB>, idNumbers: string[]): Promise<Set<string>> {
  if (!idNumbers.length) return new Set();
  const rows = await db
    .selectFrom('residence_permit')
    .select('id_number')
    .where('id_number', 'in', idNumbers)
    .where('status', 'in', ['applied', 'valid', 'suspended'])
    .execute();
  return new Set(rows.map((r) => r.id_number));
}
