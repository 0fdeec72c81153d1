// Planted registry-quality problems (T12) at configurable rates, each recorded in the ground truth. A planted
// row is still storable: the contract says such rows land as written and `quality scan` finds them.
import { checkCharacter } from '../identity/id-number.ts';
import type { DeathRow, EnlistmentRow, HouseholdRow, PlantedProblem } from '../exchange/columns.ts';
import type { IdAllocator } from './ids.ts';
import type { Rng } from './prng.ts';
import type { Built } from './people.ts';
import { dayToIso, DAYS_PER_YEAR } from './dates.ts';
import { HEAD_RELATION } from '../codes/relationships.ts';
import { keepAsOriginal, planDuplicate, type DuplicatePools } from './duplicates.ts';

export const PERSON_PROBLEMS = [
  'duplicate-id-number',
  'probable-duplicate',
  'invalid-check-digit',
  'invalid-id-number',
  'birth-date-mismatch',
  'sex-mismatch',
  'legacy-15-digit',
  'deceased-not-cancelled',
  'enlisted-not-cancelled',
  'missing-required',
] as const;
export const HOUSEHOLD_PROBLEMS = [
  'household-without-head',
  'household-multiple-heads',
  'address-multiple-households',
] as const;
export type ProblemCode = (typeof PERSON_PROBLEMS)[number] | (typeof HOUSEHOLD_PROBLEMS)[number];
export const PROBLEM_CODES: readonly ProblemCode[] = [...PERSON_PROBLEMS, ...HOUSEHOLD_PROBLEMS];

/** Chance per person (person problems) or per family household (household problems). */
export type ProblemRates = Record<ProblemCode, number>;
export const DEFAULT_PROBLEM_RATE = 0.0005;

export interface PlantContext {
  rng: Rng;
  ids: IdAllocator;
  asOfDay: number;
  rates: ProblemRates;
  /** Problems drawn but not yet placed because the person drawn could not carry them. */
  pending: Map<ProblemCode, number>;
  /** Untouched active persons of earlier households: originals for planted duplicates. */
  pools: DuplicatePools;
  plantedIds: Set<string>;
  problems: PlantedProblem[];
  deaths: DeathRow[];
  enlistments: EnlistmentRow[];
}

const ageOf = (ctx: PlantContext, b: Built) => (ctx.asOfDay - b.day) / DAYS_PER_YEAR;

/** Plant `code` on person b of this household; false when b cannot carry it (then it waits for the next one). */
function plantOn(
  ctx: PlantContext,
  code: ProblemCode,
  b: Built,
  members: Built[],
  household: { kind: string },
): boolean {
  const { rng, problems } = ctx;
  const row = b.row;
  const id = row.id_number;
  const record = (ids: string[], hhs: string[], detail: string) =>
    problems.push({ code, idNumbers: ids, householdNos: hhs, detail });
  switch (code) {
    case 'invalid-check-digit': {
      const right = id[17]!;
      row.id_number =
        id.slice(0, 17) + (right === '0' ? '1' : right === 'X' ? '0' : String((Number(right) + 1) % 10));
      record([row.id_number], [row.household_no], `check character should be ${right}`);
      return true;
    }
    case 'invalid-id-number': {
      const first17 = `${id.slice(0, 10)}0230${id.slice(14, 17)}`;
      const bad = first17 + checkCharacter(first17);
      if (ctx.plantedIds.has(bad)) return false;
      ctx.plantedIds.add(bad);
      row.id_number = bad;
      record([bad], [row.household_no], 'impossible date 02-30 inside the number');
      return true;
    }
    case 'birth-date-mismatch': {
      const shift = rng.int(1, 400);
      const day = b.day + shift <= ctx.asOfDay ? b.day + shift : b.day - shift;
      row.birth_date = dayToIso(day);
      record([id], [row.household_no], `birth_date ${row.birth_date}, number says ${dayToIso(b.day)}`);
      return true;
    }
    case 'sex-mismatch':
      row.sex = row.sex === '1' ? '2' : '1';
      record([id], [row.household_no], `sex ${row.sex} disagrees with the sequence digit`);
      return true;
    case 'legacy-15-digit': {
      if (!id.startsWith('19', 6)) return false;
      row.id_number = id.slice(0, 6) + id.slice(8, 17);
      record([row.id_number], [row.household_no], '15-digit number not upgraded');
      return true;
    }
    case 'missing-required': {
      const field = rng.chance(0.5) ? 'name' : 'ethnicity';
      row[field] = '';
      record([id], [row.household_no], `${field} empty`);
      return true;
    }
    case 'deceased-not-cancelled': {
      if (ageOf(ctx, b) < 40) return false;
      ctx.deaths.push({
        id_number: id,
        name: row.name,
        death_date: dayToIso(ctx.asOfDay - rng.int(10, 700)),
      });
      record([id], [row.household_no], 'listed in deaths.csv, still active');
      return true;
    }
    case 'enlisted-not-cancelled': {
      const age = ageOf(ctx, b);
      if (row.sex !== '1' || age < 19 || age > 24 || row.relation === HEAD_RELATION) return false;
      ctx.enlistments.push({
        id_number: id,
        name: row.name,
        enlisted_on: dayToIso(ctx.asOfDay - rng.int(10, 700)),
      });
      record([id], [row.household_no], 'listed in enlistments.csv, still active');
      return true;
    }
    case 'duplicate-id-number': {
      const original = ctx.pools.recent.pop();
      if (!original) return false;
      const copy: Built = {
        ...original.person,
        row: { ...original.person.row, household_no: row.household_no, relation: '97' },
      };
      copy.row.residence_division_code = '';
      copy.row.residing_since = '';
      members.push(copy);
      record(
        [original.person.row.id_number],
        [original.person.row.household_no, row.household_no],
        'same number in two households',
      );
      return true;
    }
    case 'probable-duplicate': {
      // A second registration is attached to a family (投亲靠友), not to a school's or employer's collective.
      if (household.kind !== 'family') return false;
      const planted = new Set(problems.flatMap((p) => p.idNumbers));
      const free = members.filter((m) => !planted.has(m.row.id_number));
      const plan = planDuplicate(rng, ctx.ids, ctx.pools, b, free);
      if (!plan) return false;
      members.push(plan.copy);
      problems.push({
        code,
        kind: plan.kind,
        idNumbers: [plan.original.person.row.id_number, plan.copy.row.id_number],
        householdNos: [plan.original.person.row.household_no, row.household_no],
        detail: `${plan.kind}: same person, two numbers${plan.renamed ? `; relative ${plan.renamed.name} in both` : ''}`,
      });
      // The second registration's number is itself a 15-digit number never upgraded.
      if (plan.copy.row.id_number.length === 15)
        problems.push({
          code: 'legacy-15-digit',
          idNumbers: [plan.copy.row.id_number],
          householdNos: [row.household_no],
          detail: '15-digit number not upgraded (a second registration)',
        });
      return true;
    }
    default:
      return false;
  }
}

/** Draw person problems for this household's active members and place pending ones where they fit. */
export function plantPersonProblems(ctx: PlantContext, members: Built[], household: { kind: string }) {
  const drawnOn = new Set<Built>();
  const originals = members.slice();
  for (const b of originals) {
    if (b.row.status !== 'active') continue;
    let u = ctx.rng.next();
    for (const code of PERSON_PROBLEMS) {
      u -= ctx.rates[code];
      if (u < 0) {
        ctx.pending.set(code, (ctx.pending.get(code) ?? 0) + 1);
        break;
      }
    }
    for (const [code, n] of ctx.pending) {
      if (n > 0 && !drawnOn.has(b) && plantOn(ctx, code, b, members, household)) {
        drawnOn.add(b);
        ctx.pending.set(code, n - 1);
      }
    }
  }
  for (const b of originals) {
    if (
      !drawnOn.has(b) &&
      b.row.status === 'active' &&
      b.row.relation !== HEAD_RELATION &&
      ctx.rng.chance(0.02)
    ) {
      const relatives = members
        .filter((m) => m !== b && m.row.status === 'active')
        .map((m) => ({ name: m.row.name, sex: m.row.sex }));
      keepAsOriginal(ctx.rng, ctx.pools, { person: b, relatives });
    }
  }
}

/** Household problems for a family household; `previous` is the last family household of the same unit. */
export function plantHouseholdProblem(
  ctx: PlantContext,
  household: HouseholdRow,
  members: Built[],
  previous: HouseholdRow | undefined,
) {
  let u = ctx.rng.next();
  const code = HOUSEHOLD_PROBLEMS.find((c) => (u -= ctx.rates[c]) < 0);
  if (!code) return;
  const active = members.filter((m) => m.row.status === 'active');
  const record = (hhs: string[], ids: string[], detail: string) =>
    ctx.problems.push({ code, idNumbers: ids, householdNos: hhs, detail });
  const head = active.find((m) => m.row.relation === HEAD_RELATION);
  // A head that already carries a planted problem (say, listed as deceased) keeps it: one problem per record.
  const headPlanted =
    head !== undefined && ctx.problems.some((p) => p.idNumbers.includes(head.row.id_number));
  if (code === 'household-without-head' && active.length >= 2 && head && !headPlanted) {
    head.row.status = 'cancelled';
    head.row.cancelled_reason = 'death';
    head.row.residence_division_code = head.row.residing_since = '';
    ctx.deaths.push({
      id_number: head.row.id_number,
      name: head.row.name,
      death_date: dayToIso(ctx.asOfDay - ctx.rng.int(30, 900)),
    });
    record([household.household_no], [], 'head died, no new head');
  } else if (code === 'household-multiple-heads' && active.length >= 2) {
    const second = active.find((m) => m.row.relation !== HEAD_RELATION)!;
    second.row.relation = '02';
    record(
      [household.household_no],
      active.filter((m) => m.row.relation === HEAD_RELATION).map((m) => m.row.id_number),
      'two active heads',
    );
  } else if (code === 'address-multiple-households' && previous) {
    household.address = previous.address;
    record(
      [previous.household_no, household.household_no],
      [],
      `two family households at ${previous.address}`,
    );
  }
}
