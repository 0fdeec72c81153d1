// The less common parts of a synthetic household: addresses, collective households, and cancelled records kept in
// the register (the dead, the moved-out, soldiers, emigrants, resolved duplicates) with their feed rows.
import type { DivisionUnit } from '../divisions/units.ts';
import { isUrban } from '../codes/urban-rural.ts';
import type { DeathRow, EnlistmentRow } from '../exchange/columns.ts';
import type { Rng } from './prng.ts';
import { WeightedTable } from './prng.ts';
import { buildPerson, type Built, type PeopleContext } from './people.ts';
import { drawSurname } from './names.ts';
import { dayToIso } from './dates.ts';
import { CANCEL_REASON_WEIGHTS, CANCEL_REASONS, CANCELLED_SHARE, COLLECTIVE_KINDS } from './parameters.ts';

/** Chance that a household registered in an urban unit is a collective one (≈ 1.2% of persons overall). */
export const COLLECTIVE_HOUSEHOLD_CHANCE = 0.0028;

const ROADS = [
  '人民',
  '建设',
  '民族',
  '团结',
  '环城',
  '昭阳',
  '龙泉',
  '凤凰',
  '学府',
  '文化',
  '新民',
  '和平',
  '滨江',
  '迎宾',
  '振兴',
  '海楼',
];

/** An address unique inside its unit for the k-th household there. */
export function addressFor(unit: DivisionUnit, k: number, rng: Rng): string {
  if (isUrban(unit.urbanRuralCode)) {
    const road = ROADS[(Number(unit.code.slice(-3)) * 7 + Number(unit.code.slice(6, 9))) % ROADS.length]!;
    return `${road}路${Math.floor(k / 24) + 1}号${(Math.floor(k / 4) % 6) + 1}0${(k % 4) + 1}室`;
  }
  const village = unit.name.replace(/村委会$/, '村');
  return `${village}${(k % 12) + 1}组${Math.floor(k / 12) + 1}号${rng.chance(0.02) ? '附1' : ''}`;
}

const collectiveTable = new WeightedTable(
  COLLECTIVE_KINDS,
  COLLECTIVE_KINDS.map((c) => c.weight),
);

export function buildCollective(
  ctx: PeopleContext,
  householdNo: string,
  ethnicity: () => string,
): { kind: string; members: Built[] } {
  const { rng } = ctx;
  const spec = collectiveTable.draw(rng);
  const size = rng.int(spec.size[0], spec.size[1]);
  const members: Built[] = [];
  for (let i = 0; i < size; i++) {
    const sex = rng.chance(0.52) ? '1' : '2';
    const eth = ethnicity();
    const age = rng.int(spec.age[0], spec.age[1]);
    // The collective's registered 户主 (the unit's contact person) first; members are 非亲属 (99).
    members.push(
      buildPerson(
        ctx,
        { relation: i === 0 ? '02' : '99', sex, age: i === 0 ? Math.max(age, 28) : age },
        householdNo,
        drawSurname(rng, eth),
        eth,
      ),
    );
  }
  return { kind: spec.kind, members };
}

const reasonTable = new WeightedTable(CANCEL_REASONS, CANCEL_REASON_WEIGHTS);

/** Sometimes add one cancelled record to a household, with its feed row when a feed would know of it. */
export function addCancelled(
  ctx: PeopleContext,
  members: Built[],
  deaths: DeathRow[],
  enlistments: EnlistmentRow[],
) {
  const { rng } = ctx;
  if (!rng.chance(CANCELLED_SHARE * members.length)) return;
  const head = members[0]!;
  const headAge = Math.floor((ctx.asOfDay - head.day) / 365.2425);
  const surname = head.row.name.slice(0, 1);
  const eth = head.row.ethnicity;
  const hh = head.row.household_no;
  const reason = reasonTable.draw(rng);
  let b: Built;
  if (reason === 'death') {
    const sex = rng.chance(0.5) ? '1' : '2';
    b = buildPerson(
      ctx,
      { relation: sex === '1' ? '51' : '52', sex, age: Math.min(headAge + 27, 105) },
      hh,
      surname,
      eth,
    );
    if (rng.chance(0.8))
      deaths.push({
        id_number: b.row.id_number,
        name: b.row.name,
        death_date: dayToIso(ctx.asOfDay - rng.int(30, 3000)),
      });
  } else if (reason === 'military') {
    b = buildPerson(ctx, { relation: '29', sex: '1', age: rng.int(18, 24) }, hh, surname, eth);
    enlistments.push({
      id_number: b.row.id_number,
      name: b.row.name,
      enlisted_on: dayToIso(ctx.asOfDay - rng.int(30, 1400)),
    });
  } else if (reason === 'duplicate' && members.length >= 2) {
    const original = members[1]!;
    b = { ...original, row: { ...original.row } };
    b.row.id_number = ctx.ids.allocate(
      original.addressCode,
      original.day,
      original.row.sex as '1' | '2',
    ).idNumber;
  } else {
    const sex = rng.chance(0.5) ? '1' : '2';
    b = buildPerson(
      ctx,
      { relation: reason === 'moved-out' ? (sex === '1' ? '29' : '39') : '97', sex, age: rng.int(20, 45) },
      hh,
      surname,
      eth,
    );
  }
  b.row.status = 'cancelled';
  b.row.cancelled_reason = reason;
  b.row.residence_division_code = '';
  b.row.residing_since = '';
  members.push(b);
}
