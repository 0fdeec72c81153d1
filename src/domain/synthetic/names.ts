// Chinese names for synthetic persons: surnames weighted roughly by frequency in 云南 and by ethnicity, given
// names of one or two characters from male and female pools.
import type { Rng } from './prng.ts';
import { WeightedTable } from './prng.ts';

const HAN_SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const SURNAMES_BY_ETHNICITY: Readonly<Record<string, string>> = {
  '03': '马马马马沙丁纳穆保李张杨',
  '06': '王杨陶张李熊龙朱马吴',
  '07': '安陇禄李王龙张杨罗沙',
};

// Given-name characters by sex. Each pool holds only characters read as that sex's; none is in both, so a
// name drawn for a man never carries a woman's character (issue 17: the demo city's names fit each person's sex).
const MALE_CHARS =
  '伟强军磊勇杰涛明超斌鹏辉刚平华建国峰波林宇浩俊文成兵龙海东飞志坤阳云川江山贵福德荣昌兴祥顺学树松';
const FEMALE_CHARS = '芳娟敏静丽艳燕玲霞红梅琴英兰秀桂珍娇美慧莉雪婷萍琳洁倩颖佳欣怡月菊凤春花玉晶丹蓉瑶';
/** Characters outside the pools that still read as one sex (homophones a clerk may write for a pool's character). */
const ALSO_FEMALE = '蔷蕾帼菲珊雯芸媚婧鹃茜馨钰菁姣瑛岚玫';
const ALSO_MALE = '鸿丰钢剑锋彬朋晖昊骏琨韬诚隆翔舜嵩';

/** The characters that mark a given name as one sex's. */
export const SEX_CHARS: Readonly<Record<'1' | '2', ReadonlySet<string>>> = {
  '1': new Set([...MALE_CHARS, ...ALSO_MALE]),
  '2': new Set([...FEMALE_CHARS, ...ALSO_FEMALE]),
};

/** True when no character of the given name is one read as the other sex's. */
export function givenNameFitsSex(given: string, sex: '1' | '2'): boolean {
  const other = SEX_CHARS[sex === '1' ? '2' : '1'];
  return ![...given].some((c) => other.has(c));
}

function surnameTable(chars: string): WeightedTable<string> {
  const list = [...chars];
  // Earlier characters are more frequent (Zipf-like).
  return new WeightedTable(
    list,
    list.map((_, i) => 1 / (i + 3)),
  );
}

const HAN = surnameTable(HAN_SURNAMES);
const BY_ETHNICITY = new Map(
  Object.entries(SURNAMES_BY_ETHNICITY).map(([code, chars]) => [code, surnameTable(chars)]),
);
const MALE = [...MALE_CHARS];
const FEMALE = [...FEMALE_CHARS];

export function drawSurname(rng: Rng, ethnicity: string): string {
  return (BY_ETHNICITY.get(ethnicity) ?? HAN).draw(rng);
}

/** A given name: two characters three times in four, both from the person's own pool. sex "1" male, "2" female. */
export function drawGivenName(rng: Rng, sex: '1' | '2'): string {
  const pool = sex === '1' ? MALE : FEMALE;
  const first = rng.pick(pool);
  return rng.chance(0.75) ? first + rng.pick(pool) : first;
}
