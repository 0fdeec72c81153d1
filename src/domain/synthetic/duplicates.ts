// Planted probable duplicates (多重户口, T12) of the kinds a city register really holds: a second registration in the
// same county, one in another county under a new number with that county's code, one under a legacy 15-digit
// number, one under a name written in another form, and the harder case where both registrations sit in families.
// The ground truth names the kind of each, so `quality evaluate` can give the recall of each kind.
import * as OpenCC from 'opencc-js';
import type { PersonRow } from '../exchange/columns.ts';
import type { IdAllocator } from './ids.ts';
import type { Built } from './people.ts';
import type { Rng } from './prng.ts';
import { givenNameFitsSex } from './names.ts';

export const DUPLICATE_KINDS = [
  'same-county',
  'cross-county',
  'legacy-number',
  'name-variant',
  'both-in-families',
] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

/** An untouched active person kept as the original of a later duplicate, with the names of its relatives. */
export interface PoolEntry {
  person: Built;
  relatives: { name: string; sex: string }[];
}

export interface DuplicatePools {
  /** Recent persons (mostly of the county being generated). */
  recent: PoolEntry[];
  /** A few persons per county, kept for duplicates registered in another county. */
  byCounty: Map<string, PoolEntry[]>;
}

const POOL_SIZE = 512;
const COUNTY_POOL_SIZE = 64;
/** A family household's core relation for the registration that sits in a family (brother or sister of the head). */
const SIBLING_RELATION = { '1': '71', '2': '77' } as const;

export const countyOfHousehold = (householdNo: string) => householdNo.slice(0, 6);

export function keepAsOriginal(rng: Rng, pools: DuplicatePools, entry: PoolEntry) {
  if (pools.recent.length >= POOL_SIZE) pools.recent.splice(rng.int(0, POOL_SIZE - 1), 1);
  pools.recent.push(entry);
  const county = countyOfHousehold(entry.person.row.household_no);
  const list = pools.byCounty.get(county) ?? [];
  if (list.length >= COUNTY_POOL_SIZE) list.splice(rng.int(0, COUNTY_POOL_SIZE - 1), 1);
  list.push(entry);
  pools.byCounty.set(county, list);
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Characters of the generator's given names and a character read the same (a clerk writing what was heard). */
const HOMOPHONES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...'伟玮 强蔷 军君 磊蕾 勇永 杰洁 涛韬 明鸣 超朝 斌彬 鹏朋 辉晖 刚钢 平萍 华桦 建剑 国帼 峰锋 林琳 宇羽',
    ...' 浩昊 俊骏 文雯 成诚 兵冰 龙隆 东冬 飞菲 志智 红鸿 坤琨 阳杨 云芸 山珊 贵桂 福富 荣蓉 兴星 祥翔 顺舜',
    ...' 学雪 树淑 松嵩 春椿 芳方 娟鹃 敏闽 静婧 丽莉 艳燕 玲铃 霞侠 梅玫 琴芹 英瑛 兰岚 秀绣 珍真 娇姣 美媚',
    ...' 慧惠 婷亭 倩茜 颖莹 佳嘉 欣馨 怡宜 月悦 凤丰 花华 玉钰 晶菁 蓉荣 瑶遥 菊桔 丹单 琳林 洁杰 雪学 萍平 莉丽 燕艳',
  ]
    .join('')
    .split(' ')
    .filter((p) => p.length === 2)
    .map((p) => [p[0]!, p[1]!]),
);

/**
 * The name written in another form: traditional characters, a homophone, or a dropped middle character. A homophone
 * that reads as the other sex's (强 → 蔷 for a man) is not one a clerk would write, so it is not used.
 */
export function variantName(rng: Rng, name: string, sex: '1' | '2'): string {
  const chars = [...name];
  const forms: Array<() => string | null> = [
    () => {
      const t = toTraditional(name);
      return t !== name ? t : null;
    },
    () => {
      const fits = (c: string) => HOMOPHONES[c] !== undefined && givenNameFitsSex(HOMOPHONES[c], sex);
      const at = chars.map((c, i) => (i > 0 && fits(c) ? i : -1)).filter((i) => i > 0);
      if (!at.length) return null;
      const i = rng.pick(at);
      return chars.map((c, j) => (j === i ? HOMOPHONES[c]! : c)).join('');
    },
    () => (chars.length === 3 ? chars[0]! + chars[2]! : null),
  ];
  const start = rng.int(0, forms.length - 1);
  for (let k = 0; k < forms.length; k++) {
    const v = forms[(start + k) % forms.length]!();
    if (v) return v;
  }
  return name;
}

export interface DuplicatePlan {
  kind: DuplicateKind;
  original: PoolEntry;
  copy: Built;
  /** A member of the new household renamed after a relative of the original (the family registered anew). */
  renamed?: PersonRow;
}

function otherCountyOriginal(rng: Rng, pools: DuplicatePools, here: string): PoolEntry | undefined {
  const counties = [...pools.byCounty.keys()].filter((c) => c !== here && pools.byCounty.get(c)!.length);
  if (!counties.length) return undefined;
  const list = pools.byCounty.get(rng.pick(counties))!;
  return list.splice(rng.int(0, list.length - 1), 1)[0];
}

function removeFrom(list: PoolEntry[] | undefined, entry: PoolEntry) {
  const i = list?.indexOf(entry) ?? -1;
  if (i >= 0) list!.splice(i, 1);
}

/**
 * A second registration of some earlier person, placed in the household of `host` (a family household): as 其他亲属
 * (投亲靠友) except for the both-in-families kind, where it is the head's brother or sister and another member bears
 * the name of one of the original's relatives. Undefined when no original fits (the problem then waits).
 */
export function planDuplicate(
  rng: Rng,
  ids: IdAllocator,
  pools: DuplicatePools,
  host: Built,
  /** Members of the host household that carry no planted problem (one may be renamed). */
  members: readonly Built[],
): DuplicatePlan | undefined {
  const kind = rng.pick(DUPLICATE_KINDS);
  const here = countyOfHousehold(host.row.household_no);
  const others = members.filter((m) => m !== host && m.row.status === 'active' && m.row.relation !== '02');
  if (kind === 'both-in-families' && !others.length) return undefined;
  let original: PoolEntry | undefined;
  if (kind === 'cross-county') original = otherCountyOriginal(rng, pools, here);
  else {
    original = pools.recent.at(-1);
    if (kind === 'legacy-number' && original && !original.person.row.id_number.startsWith('19', 6))
      original = undefined;
    if (original) pools.recent.pop();
  }
  if (!original) return undefined;
  removeFrom(pools.recent, original);
  removeFrom(pools.byCounty.get(countyOfHousehold(original.person.row.household_no)), original);
  const o = original.person;
  const sex = o.row.sex as '1' | '2';
  const row: PersonRow = {
    ...o.row,
    household_no: host.row.household_no,
    relation: '97',
    residence_division_code: '',
    residing_since: '',
  };
  const code = kind === 'cross-county' ? here : o.addressCode;
  row.id_number = ids.allocate(code, o.day, sex).idNumber;
  if (kind === 'legacy-number') row.id_number = row.id_number.slice(0, 6) + row.id_number.slice(8, 17);
  if (kind === 'name-variant') row.name = variantName(rng, o.row.name, sex);
  let renamed: PersonRow | undefined;
  if (kind === 'both-in-families') {
    row.relation = SIBLING_RELATION[sex];
    // The member renamed after a relative is one of the relative's sex, so the name still fits its bearer.
    for (const relative of original.relatives) {
      const bearer = others.find((m) => m.row.sex === relative.sex);
      if ([...relative.name].length > 1 && bearer) {
        bearer.row.name = relative.name;
        renamed = bearer.row;
        break;
      }
    }
  }
  return { kind, original, copy: { ...o, row }, renamed };
}
