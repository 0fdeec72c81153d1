// Shared set-up of the registry benchmarks: a fresh PostgreSQL database, migrated, with the demo users, generated
// units and a bulk-loaded register of family households in 凤凰街道 (the demo clerk's jurisdiction).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { databaseUrl, recreateDatabase } from './import-support.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemoUsers } from '../src/app/users/demo-users.ts';
import { testConfig } from '../test/support/deps.ts';
import type { AppDeps } from '../src/app/context.ts';
import { upsertDivisionUnits } from '../src/db/repositories/registry/divisions.ts';
import { personToRow, householdToRow } from '../src/db/repositories/registry/rows.ts';
import { generateAllUnits } from '../src/domain/divisions/units.ts';
import { makeIdNumber } from '../src/domain/identity/id-number.ts';
import type { Household, Person } from '../src/domain/registry/model.ts';
import { loadPolicy } from '../src/policy-data/load.ts';

export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

/** A new database (or, with reuse, the one left by an earlier run), migrated. */
export async function freshDatabase(
  adminUrl: string,
  name: string,
  poolSize: number,
  reuse = false,
): Promise<{ database: Database; url: string }> {
  const url = reuse ? databaseUrl(adminUrl, name) : await recreateDatabase(adminUrl, name);
  const database = await openDatabase({ url, poolSize });
  await migrate(database);
  return { database, url };
}

export function benchDeps(database: Database): AppDeps {
  return {
    database,
    config: testConfig({ logLevel: 'silent' }),
    now: () => new Date(),
    policy: loadPolicy(),
  };
}

const TOWN = '530602001';
// 500 households × 3 persons × 27 columns stays under PostgreSQL's 65,535 bind parameters.
const BATCH = 500;

/** A person of the bulk register: distinct ID numbers by birth day (from 1950) and sequence. */
function personAt(n: number, householdId: string, relation: string): Person {
  const day = new Date(Date.UTC(1950, 0, 1) + Math.floor(n / 500) * 86_400_000).toISOString().slice(0, 10);
  const seq = (n % 500) * 2 + (relation === '02' ? 1 : 0);
  return {
    personId: randomUUID(),
    idNumber: makeIdNumber('530602', day, seq),
    name: ['张三', '李梅', '王小明'][n % 3]!,
    sex: seq % 2 ? '1' : '2',
    birthDate: day,
    ethnicity: '01',
    formerName: null,
    birthPlace: null,
    nativePlace: null,
    religion: null,
    education: null,
    maritalStatus: null,
    militaryStatus: null,
    occupation: null,
    employer: null,
    status: 'active',
    cancelledReason: null,
    deathDate: null,
    householdId,
    relation,
    countyCode: '530602',
    formerType: null,
    version: 1,
  };
}

/**
 * Households of `size` members (head + others) at distinct addresses, with their open memberships. Returns the
 * households and persons written (projection rows loaded directly: no events, as an import would).
 */
export async function loadRegister(deps: AppDeps, households: number, size: number) {
  const { db } = deps.database;
  await seedDemoUsers(deps);
  await upsertDivisionUnits(db, generateAllUnits());
  const units = generateAllUnits().filter((u) => u.code.startsWith(TOWN));
  const allHouseholds: Household[] = [];
  const allPersons: Person[] = [];
  let n = 0;
  for (let start = 0; start < households; start += BATCH) {
    const hs: Household[] = [];
    const ps: Person[] = [];
    for (let i = start; i < Math.min(households, start + BATCH); i++) {
      const h: Household = {
        householdId: randomUUID(),
        householdNo: `530602${String(i + 1).padStart(9, '0')}`,
        kind: 'family',
        countyCode: '530602',
        address: { divisionCode: units[i % units.length]!.code, detail: `凤凰路${i}号` },
        status: 'active',
        createdOn: '2017-01-01',
        version: 1,
      };
      hs.push(h);
      for (let k = 0; k < size; k++) ps.push(personAt(n++, h.householdId, k === 0 ? '02' : '20'));
    }
    await db.insertInto('household').values(hs.map(householdToRow)).execute();
    await db.insertInto('person').values(ps.map(personToRow)).execute();
    await db
      .insertInto('membership')
      .values(
        ps.map((p) => ({
          person_id: p.personId,
          household_id: p.householdId!,
          relation: p.relation!,
          since: '2017-01-01',
          until: null,
          county_code: '530602',
        })),
      )
      .execute();
    allHouseholds.push(...hs);
    allPersons.push(...ps);
  }
  await sql`analyze`.execute(db);
  return { households: allHouseholds, persons: allPersons };
}

function percentile(sorted: number[], p: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
}

/** n GETs one after another (after 20 that warm the caches and the JIT): p50, p95 and max in ms. */
export async function timeRequests(url: string, headers: Record<string, string>, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n + 20; i++) {
    const t0 = performance.now();
    const r = await fetch(url, { headers });
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
    if (i >= 20) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: percentile(times, 100) };
}
