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

const MALE_CHARS =
  '伟强军磊勇杰涛明超斌鹏辉刚平华建国峰波林宇浩俊文成兵龙海东飞志红坤阳云川江山贵福德荣昌兴祥顺学林树松春';
const FEMALE_CHARS = '芳娟敏静丽艳燕玲霞红梅琴英兰秀桂珍娇美慧莉雪婷萍琳洁倩颖佳欣怡月菊凤春花玉晶丹蓉瑶';

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

/** A given name: two characters three times in four. sex "1" male, "2" female. */
export function drawGivenName(rng: Rng, sex: '1' | '2'): string {
  const pool = sex === '1' ? MALE : FEMALE;
  const first = rng.pick(pool);
  return rng.chance(0.75) ? first + rng.pick(rng.chance(0.8) ? pool : MALE.concat(FEMALE)) : first;
}
