// Write scopes (T13.2) under test: three places — the clerk's own station (凤凰街道 530602001), another station of the
// same county (龙泉街道 530602002) and another county (鲁甸县 文屏街道 530621001) — each with a family household seeded
// by the city-wide operator, and the helpers that compare a refused answer with the answer for a missing id.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { AppDeps, RequestContext } from '../../../src/app/context.ts';
import { recordChange } from '../../../src/app/registry/record-change.ts';
import { upsertDivisionUnits } from '../../../src/db/repositories/registry/divisions.ts';
import type { Role } from '../../../src/domain/access/roles.ts';
import { generateUnits } from '../../../src/domain/divisions/units.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import type { CommandName } from '../../../src/domain/registry/commands.ts';
import { operatorContext, staffContext } from '../../support/deps.ts';

export const PLACES = { own: '530602001001', station: '530602002001', county: '530621001001' } as const;
export type PlaceName = keyof typeof PLACES;

/** The CLI operator: city-wide (write-scope.ts). Seeding and per-run setup go through it. */
export const OPERATOR: RequestContext = operatorContext('scope-seed');

export function actorContext(role: Role, jurisdiction: string, id = 1): RequestContext {
  return staffContext({ id, username: `${role}-${jurisdiction}`, role, jurisdiction });
}

export const CLERK = actorContext('station-clerk', '530602001');

let seq = 0;
/** A newcomer with a fresh valid ID number of the place's county (unique within a test file). */
export function newcomer(place: string) {
  seq += 1;
  const birthDate = `19${60 + (seq % 30)}-0${1 + (seq % 9)}-1${seq % 9}`;
  const sex = seq % 2 ? '1' : '2';
  const idNumber = makeIdNumber(
    place.slice(0, 6),
    birthDate,
    2 * (100 + Math.floor(seq / 2)) + (sex === '1' ? 1 : 0),
  );
  return { idNumber, name: `辖区${seq}`, sex, birthDate, ethnicity: '01' };
}

export async function seedUnits(deps: AppDeps): Promise<void> {
  for (const town of ['530602001', '530602002', '530621001'])
    await upsertDivisionUnits(deps.database.db, generateUnits(town));
}

export const change = (
  deps: AppDeps,
  ctx: RequestContext,
  name: CommandName,
  input: Record<string, unknown>,
) => recordChange(deps, ctx, name, { reason: '辖区测试', ...input });

export interface Seeded {
  householdId: string;
  householdNo: string;
  headId: string;
  memberId: string;
  /** Moved out of this household: may found a household or move in elsewhere. */
  movedOutId: string;
}

let addressNo = 0;
export const freshAddress = (place: string) => ({ divisionCode: place, detail: `辖区路${++addressNo}号` });

/** A family household at the place with a head and a member, and one person who moved out of it. */
export async function seedHousehold(deps: AppDeps, place: string): Promise<Seeded> {
  const created = await change(deps, OPERATOR, 'create-household', {
    kind: 'family',
    address: freshAddress(place),
    from: '省外',
    head: { type: 'newcomer', person: newcomer(place) },
  });
  const h = created.households[0]!;
  const memberId = await addMember(deps, h.householdId);
  const movedOutId = await addMember(deps, h.householdId);
  await change(deps, OPERATOR, 'move-out', {
    personId: movedOutId,
    version: await personVersion(deps, movedOutId),
    to: '省外',
  });
  return {
    householdId: h.householdId,
    householdNo: h.householdNo,
    headId: created.persons[0]!.personId,
    memberId,
    movedOutId,
  };
}

export async function addMember(deps: AppDeps, householdId: string): Promise<string> {
  const h = await deps.database.db
    .selectFrom('household')
    .select(['version', 'division_code'])
    .where('household_id', '=', householdId)
    .executeTakeFirstOrThrow();
  const r = await change(deps, OPERATOR, 'move-in', {
    householdId,
    version: h.version,
    relation: '97',
    from: '省外',
    arrival: { type: 'newcomer', person: newcomer(h.division_code) },
  });
  return r.persons[0]!.personId;
}

export async function personVersion(deps: AppDeps, personId: string): Promise<number> {
  return (
    await deps.database.db
      .selectFrom('person')
      .select('version')
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow()
  ).version;
}

export async function householdVersion(deps: AppDeps, householdId: string): Promise<number> {
  return (
    await deps.database.db
      .selectFrom('household')
      .select('version')
      .where('household_id', '=', householdId)
      .executeTakeFirstOrThrow()
  ).version;
}

export async function rowCounts(deps: AppDeps): Promise<{ events: number; audit: number }> {
  const db = deps.database.db;
  const n = async (t: 'registry_event' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { events: await n('registry_event'), audit: await n('audit_log') };
}

export interface Answer {
  code: string;
  message: string;
  issues: unknown;
}

/** A refused call's answer, with the ids it was given replaced by `<id>` (a not-found message names the id). */
export async function refusal(call: () => Promise<unknown>, ids: readonly string[]): Promise<Answer> {
  try {
    await call();
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const hide = (s: string) => ids.reduce((acc, id) => acc.replaceAll(id, '<id>'), s);
    return {
      code: e.code,
      message: hide(e.message),
      issues: JSON.parse(hide(JSON.stringify(e.issues ?? []))),
    };
  }
  throw new Error('the call was accepted');
}

/** Replace every id of `ids` in the input (deeply) by its own random uuid; returns the new input and the uuids. */
export function withMissingIds(
  input: Record<string, unknown>,
  ids: readonly string[],
): { input: Record<string, unknown>; missing: string[] } {
  const missing = ids.map(() => randomUUID());
  let text = JSON.stringify(input);
  ids.forEach((id, i) => (text = text.replaceAll(id, missing[i]!)));
  return { input: JSON.parse(text) as Record<string, unknown>, missing };
}

/** The out-of-scope answer equals the missing-id answer, and neither wrote an event or an audit row. */
export async function expectAnsweredAsMissing(
  deps: AppDeps,
  ctx: RequestContext,
  name: CommandName,
  input: Record<string, unknown>,
  targets: string[],
) {
  const before = await rowCounts(deps);
  const { input: missingInput, missing } = withMissingIds(input, targets);
  const outside = await refusal(() => change(deps, ctx, name, input), [...targets, ...missing]);
  const absent = await refusal(() => change(deps, ctx, name, missingInput), [...targets, ...missing]);
  expect(outside, name).toEqual(absent);
  expect(await rowCounts(deps), name).toEqual(before);
  return outside;
}
