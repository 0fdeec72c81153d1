// Easily confused characters (形近字) that clerks mistype or misread on handwritten 户口 booklets, grouped: any two
// characters of one group count as a near match when names are compared. Homophones (同音字) need no table: they
// match through pinyin. Sources: common 形近字 lists and characters frequent in given names.
const GROUPS: readonly string[] = [
  '己已巳',
  '未末',
  '戊戌戍',
  '王玉壬主',
  '土士',
  '大太犬夭',
  '日曰目',
  '人入八',
  '刀力',
  '千干于午',
  '田由甲申电',
  '白自百',
  '贝见',
  '兔免',
  '鸟乌',
  '折拆析',
  '候侯',
  '汨汩',
  '茶荼',
  '徒徙',
  '亳毫',
  '冶治',
  '洒酒',
  '崇祟',
  '睛晴',
  '辩辨辫瓣',
  '账帐',
  '拨拔',
  '末未',
  '采彩',
  '梁粱',
  '赢嬴羸',
  '衷哀衰',
  '即既',
  '历厉',
  '墨默',
  '骏俊竣峻',
  '娟鹃涓绢',
  '玲铃伶羚',
  '丽俪',
  '伟玮炜苇韦',
  '芳方舫坊',
  '静靖婧',
  '敏敉',
  '军车',
  '华桦骅',
  '红虹',
  '英瑛',
  '兰岚',
  '艳艷',
  '萍苹',
  '杰杳',
  '建健键',
  '斌彬',
  '琼琨',
  '梅海',
  '秀禾',
  '凤风',
  '春椿',
  '明朋',
  '晓哓',
  '永水',
  '海悔',
  '东束',
  '兵乒乓',
  '文又',
  '云去',
  '贵责',
  '荣菜',
  '琴瑟',
  '莉利',
  '佳隹',
  '珍诊',
  '霞瑕',
  '燕雁',
  '婷亭停',
  '波坡',
  '浩皓',
  '雪雷',
  '宁柠拧',
  '晶品',
  '林材',
  '桂柱',
  '泽洋',
  '涛祷',
  '刚岗',
  '强弦',
  '勇甬',
  '斗头',
  '兴光',
  '学觉',
  '福幅副富',
  '祥详',
  '禄绿录',
  '寿涛',
  '龙尤',
  '洪供',
  '清请情晴',
];

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((group, i) => {
  for (const ch of group) if (!GROUP_OF.has(ch)) GROUP_OF.set(ch, i);
});

export function areConfusable(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = GROUP_OF.get(a);
  return ga !== undefined && GROUPS[ga]!.includes(b);
}

/** The name with each confusable character replaced by its group's first character: a blocking key. */
export function confusableSkeleton(name: string): string {
  let out = '';
  for (const ch of name) {
    const g = GROUP_OF.get(ch);
    out += g === undefined ? ch : GROUPS[g]![0]!;
  }
  return out;
}
