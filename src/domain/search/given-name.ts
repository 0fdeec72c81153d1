// The given name (名) of a Chinese name, for search by the given name alone and for masking. Pure, and free of the
// pinyin library, so the web's public pages can import it.

/**
 * Two-character surnames (复姓): the given name starts after them. The database's person_given_name() (migration
 * 1250) holds the same list; test/small/registry/given-name.test.ts keeps the two equal.
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '慕容',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '令狐',
  '夏侯',
  '宇文',
  '长孙',
  '端木',
  '轩辕',
  '澹台',
  '司徒',
  '独孤',
];

/** The given name (名): the name after its surname, a compound one when the name is long enough to have one. */
export function givenName(name: string): string {
  const chars = [...name.trim()];
  const surname = chars.length > 2 && COMPOUND_SURNAMES.includes(chars[0]! + chars[1]!) ? 2 : 1;
  return chars.slice(surname).join('');
}
