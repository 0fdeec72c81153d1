// Turning member drafts into persons.csv rows: names, birth dates, ID numbers, ethnicity, former type, and where
// each person actually lives (人户分离).
import type { DivisionUnit } from '../divisions/units.ts';
import type { PersonRow } from '../exchange/columns.ts';
import type { MemberDraft } from './family.ts';
import type { IdAllocator } from './ids.ts';
import type { Rng, WeightedTable } from './prng.ts';
import { drawGivenName, drawSurname } from './names.ts';
import { dayToIso, DAYS_PER_YEAR, isoToDay } from './dates.ts';
import {
  AWAY,
  FORMER_AGRICULTURAL,
  OUTSIDE_BIRTH_CODES,
  OUTSIDE_BORN_SHARE,
  OUTSIDE_COUNTIES,
  REFORM_DATE,
} from './parameters.ts';

const REFORM_DAY = isoToDay(REFORM_DATE);
const SHUIFU_RENAMED_DAY = isoToDay('2018-07-01');
const CENTRAL_CITY = '530602';

/** A person row plus the facts the generator keeps while planting problems. */
export interface Built {
  row: PersonRow;
  day: number;
  addressCode: string;
}

export interface PeopleContext {
  rng: Rng;
  ids: IdAllocator;
  asOfDay: number;
  countyCode: string;
  urbanHukou: boolean;
  unitCode: string;
  destinations: ReadonlyMap<string, WeightedTable<DivisionUnit> | null>;
}

/** Relations that keep the head's surname (children, grandchildren, the head's father and siblings). */
const HEAD_SURNAME = /^(02|2[0-7]|29|3[0-7]|39|4[0-4]|51|7[13579])$/;

export function birthDayFor(ctx: PeopleContext, age: number): number {
  return Math.max(0, ctx.asOfDay - Math.floor(age * DAYS_PER_YEAR) - ctx.rng.int(0, 364));
}

export function idAddressCode(ctx: PeopleContext, day: number, age: number): string {
  if (age >= 18 && ctx.rng.chance(OUTSIDE_BORN_SHARE)) return ctx.rng.pick(OUTSIDE_BIRTH_CODES);
  if (ctx.countyCode === '530681' && day < SHUIFU_RENAMED_DAY) return '530630';
  return ctx.countyCode;
}

export function formerTypeFor(ctx: PeopleContext, day: number): string {
  if (day >= REFORM_DAY) return '';
  return ctx.rng.chance(ctx.urbanHukou ? FORMER_AGRICULTURAL.urban : FORMER_AGRICULTURAL.rural)
    ? 'agricultural'
    : 'non-agricultural';
}

/** Where a person lives when not at the hukou address: [residence_division_code, residing_since] or empty. */
export function residenceFor(ctx: PeopleContext, age: number, day: number): [string, string] {
  const { rng } = ctx;
  const factor = age < 16 ? AWAY.childFactor : age >= 60 ? AWAY.elderFactor : 1;
  const odds = ctx.urbanHukou ? AWAY.urban : AWAY.rural;
  const since = () => dayToIso(Math.max(day, ctx.asOfDay - rng.int(190, 4400)));
  const u = rng.next();
  if (u < odds.outside * factor) {
    const code = `${rng.pick(OUTSIDE_COUNTIES)}${String(rng.int(1, 12)).padStart(3, '0')}${String(rng.int(1, 30)).padStart(3, '0')}`;
    return [code, since()];
  }
  if (u < (odds.outside + odds.inCityUrban) * factor) {
    const county = rng.chance(AWAY.toCentralCity) ? CENTRAL_CITY : ctx.countyCode;
    const unit = (ctx.destinations.get(county) ?? ctx.destinations.get(CENTRAL_CITY))?.draw(rng);
    if (unit && unit.code !== ctx.unitCode) return [unit.code, since()];
  }
  return ['', ''];
}

/** Rows for the members of one household; surnames follow the head, spouses bring their own. */
export function buildMembers(
  ctx: PeopleContext,
  members: MemberDraft[],
  householdNo: string,
  ethnicity: string,
): Built[] {
  const { rng } = ctx;
  const headSurname = drawSurname(rng, ethnicity);
  return members.map((m) => {
    const ownEthnicity =
      m.relation === '02' || HEAD_SURNAME.test(m.relation) || rng.chance(0.9) ? ethnicity : '01';
    const surname = HEAD_SURNAME.test(m.relation) ? headSurname : drawSurname(rng, ownEthnicity);
    return buildPerson(ctx, m, householdNo, surname, ownEthnicity);
  });
}

export function buildPerson(
  ctx: PeopleContext,
  m: MemberDraft,
  householdNo: string,
  surname: string,
  ethnicity: string,
): Built {
  const wantDay = birthDayFor(ctx, m.age);
  const addressCode = idAddressCode(ctx, wantDay, m.age);
  const { idNumber, day } = ctx.ids.allocate(addressCode, wantDay, m.sex);
  const [residence, since] = residenceFor(ctx, m.age, day);
  return {
    day,
    addressCode,
    row: {
      id_number: idNumber,
      name: surname + drawGivenName(ctx.rng, m.sex),
      sex: m.sex,
      birth_date: dayToIso(day),
      ethnicity,
      household_no: householdNo,
      relation: m.relation,
      status: 'active',
      cancelled_reason: '',
      former_type: formerTypeFor(ctx, day),
      residence_division_code: residence,
      residing_since: since,
    },
  };
}
