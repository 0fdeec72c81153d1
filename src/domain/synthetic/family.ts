// Who lives in one synthetic family household: the head, a spouse, children, the head's parents, a married son
// with his wife and children — relations as GB/T 4761 codes, ages in whole years.
import type { Rng } from './prng.ts';
import { MALE_BIRTH_SHARE } from './parameters.ts';

export interface MemberDraft {
  relation: string;
  sex: '1' | '2';
  age: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
const childSex = (rng: Rng): '1' | '2' => (rng.chance(MALE_BIRTH_SHARE) ? '1' : '2');

/** Relation codes for children by sex and birth order (长子 22, 次子 23 …; 长女 32 …); an only child is 21/31. */
function childRelations(sexes: Array<'1' | '2'>): string[] {
  if (sexes.length === 1) return [sexes[0] === '1' ? '21' : '31'];
  let sons = 0,
    daughters = 0;
  return sexes.map((s) => {
    if (s === '1') return String(++sons <= 5 ? 21 + sons : 29);
    return String(++daughters <= 5 ? 31 + daughters : 39);
  });
}

function addChildren(rng: Rng, members: MemberDraft[], parentAge: number, count: number, grand: boolean) {
  const ages: number[] = [];
  let age = parentAge - clamp(rng.normal(25, 3), 18, 34);
  for (let i = 0; i < count && age >= 0; i++) {
    ages.push(age);
    age -= rng.int(1, 4);
  }
  const sexes = ages.map(() => childSex(rng));
  const relations = grand ? sexes.map((s) => (s === '1' ? '41' : '42')) : childRelations(sexes);
  ages.forEach((a, i) => members.push({ relation: relations[i]!, sex: sexes[i]!, age: a }));
  return ages.length;
}

/** Members of a family household of `size` active persons; the first is the head (02). */
export function composeFamily(rng: Rng, size: number): MemberDraft[] {
  // Lone heads are more often women (widows outlive husbands); see MALE_BIRTH_SHARE for the calibration.
  const headSex: '1' | '2' = rng.chance(size === 1 ? 0.4 : 0.8) ? '1' : '2';
  const headAge = size === 1 ? clamp(rng.normal(55, 18), 18, 96) : clamp(rng.normal(47, 12), 22, 92);
  const members: MemberDraft[] = [{ relation: '02', sex: headSex, age: headAge }];
  if (size >= 2 && rng.chance(size >= 3 ? 0.92 : 0.78)) {
    const spouseAge = clamp(headAge + (headSex === '1' ? -2 : 2) + rng.normal(0, 2.5), 18, 98);
    members.push({
      relation: headSex === '1' ? '12' : '11',
      sex: headSex === '1' ? '2' : '1',
      age: spouseAge,
    });
  }
  let slots = size - members.length;
  if (headAge >= 58 && slots >= 2) {
    const sonAge = clamp(headAge - rng.normal(27, 3), 20, 70);
    members.push({ relation: '22', sex: '1', age: sonAge });
    members.push({ relation: '38', sex: '2', age: clamp(sonAge - 2 + rng.normal(0, 2), 18, 70) });
    slots -= 2;
    slots -= addChildren(rng, members, sonAge, slots, true);
  } else if (slots > 0) {
    slots -= addChildren(
      rng,
      members,
      headAge,
      Math.min(slots, headAge >= 45 && rng.chance(0.35) ? slots - 1 : slots),
      false,
    );
  }
  for (const rel of ['51', '52']) {
    if (slots <= 0 || headAge + 26 > 96) break;
    members.push({
      relation: rel,
      sex: rel === '51' ? '1' : '2',
      age: clamp(headAge + rng.normal(27, 3), headAge + 16, 100),
    });
    slots--;
  }
  while (slots > 0) {
    const sex = childSex(rng);
    members.push({ relation: sex === '1' ? '73' : '77', sex, age: clamp(headAge - rng.int(2, 9), 0, 90) });
    slots--;
  }
  return members;
}
