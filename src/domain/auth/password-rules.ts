// What a password must be. Length does most of the work (10 keeps the published demo password `hukou-demo`
// valid); the list refuses what guessing tools try first — the global top passwords and the ones common in
// Chinese leaks (digit runs, 5201314 "I love you for life", qq/woaini/a-prefixed digits), padded to any length.
import type { ErrorIssue } from '../errors.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set([
  '123456789',
  '1234567890',
  '12345678',
  '0123456789',
  '987654321',
  '9876543210',
  '1111111111',
  '0000000000',
  '1234512345',
  '1234567891',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty123456',
  'asdfghjkl',
  'zxcvbnm123',
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd123',
  'p@ssw0rd',
  'p@ssw0rd123',
  'iloveyou',
  'iloveyou1314',
  'abc1234567',
  'abcd123456',
  'abc123456789',
  'a123456789',
  'a1234567890',
  'aa123456789',
  'a123456',
  'qq123456',
  'qq12345678',
  'qq1234567890',
  'woaini1314',
  'woaini520',
  'woaini1314520',
  '5201314',
  '52013145201314',
  '1314520',
  '13145201314',
  'wodemima',
  'woaiwojia',
  'zhang123456',
  'wang123456',
  'li123456789',
  'admin12345',
  'admin123456',
  'administrator',
  'root123456',
  'letmein123',
  'welcome123',
  'changeme123',
  'huawei123456',
  'baidu123456',
  'hukou12345',
  'hukou123456',
  'zhaotong123',
  'zhaotong2017',
  'yunnan123456',
]);

/** Lower case with spaces and trailing digit/punctuation padding taken off, so "Qq123456!!" meets "qq123456". */
function core(password: string): string {
  return password.toLowerCase().replace(/\s+/g, '');
}

function isCommon(password: string): boolean {
  const c = core(password);
  if (COMMON.has(c) || COMMON.has(c.replace(/[!.@#?*]+$/, ''))) return true;
  // A single character repeated, or a plain digit run however long.
  if (/^(.)\1*$/u.test(c)) return true;
  return /^\d+$/.test(c) && ('01234567890123456789'.includes(c) || '98765432109876543210'.includes(c));
}

/** What is wrong with a new password for this user, as issues on the field `path` (empty when acceptable). */
export function passwordProblems(password: string, username: string, path = 'password'): ErrorIssue[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH)
    problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 位 / at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push(`密码最多 ${PASSWORD_MAX_LENGTH} 位 / at most ${PASSWORD_MAX_LENGTH} characters`);
  const c = core(password);
  const name = username.toLowerCase();
  // The user name itself, or it with a short decoration ("clerk1", "admin!!").
  const likeName = c === name || (name.length >= 2 && c.includes(name) && c.length - name.length < 4);
  if (password.trim() === '') problems.push('密码不能全是空白 / must not be whitespace only');
  else if (likeName) problems.push('密码不能与用户名相同或相近 / must not be the user name');
  else if (isCommon(password)) problems.push('密码过于常见 / too common a password');
  return problems.map((message) => ({ path, message }));
}
