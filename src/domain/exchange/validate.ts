// Row validation against spec/data-exchange.md. A bad row is one that cannot be stored as written (unparseable date,
// unknown code, wrong number of fields, a reference to nothing); a row that is merely wrong about the world (bad
// check digit, sex or birth date disagreeing with the ID number, 15-digit number, empty name or ethnicity) is valid
// here and lands, for `quality scan` to find. Pure and allocation-light: it runs on millions of rows.
import { isIsoDate as isCalendarDate } from '../policy/dates.ts';
import { isEthnicityCode } from '../codes/ethnicity.ts';
import { isRelationCode } from '../codes/relationships.ts';
import { HOUSEHOLD_KINDS, FORMER_TYPES } from '../codes/household-kinds.ts';
import { CANCELLATION_REASONS } from '../codes/cancellation-reasons.ts';
import { COUNTIES, TOWNS } from '../divisions/tree.ts';
import { divisionUnitIssues } from '../divisions/units.ts';
import { EXCHANGE_FILES, type ExchangeKind } from './columns.ts';
import { isInCity } from '../divisions/city.ts';

export interface RowIssue {
  column: string;
  reason: string;
}

export interface HeaderMap {
  /** Position of each contract column in the file's rows. */
  index: Record<string, number>;
  width: number;
}

/** Check a header row: every contract column present once; extra columns refused unless ignoreExtra. */
export function mapHeader(
  kind: ExchangeKind,
  header: string[],
  ignoreExtra = false,
): { map: HeaderMap; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const index: Record<string, number> = {};
  const wanted = new Set<string>(EXCHANGE_FILES[kind].columns);
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!wanted.has(name)) {
      if (!ignoreExtra)
        issues.push({
          column: name || `(第${i + 1}列)`,
          reason: '多余的列（可用 --ignore-extra 忽略） / unexpected column',
        });
    } else if (name in index) issues.push({ column: name, reason: '列名重复 / duplicate column' });
    else index[name] = i;
  });
  for (const c of EXCHANGE_FILES[kind].columns)
    if (!(c in index)) issues.push({ column: c, reason: '缺少此列 / missing column' });
  return { map: { index, width: header.length }, issues };
}

/** YYYY-MM-DD, a real day, from 1850 on (the register's dates; an earlier one is a typing error). */
export function isIsoDate(s: string): boolean {
  return isCalendarDate(s) && s >= '1850';
}

const dateIssue = (column: string, value: string): RowIssue => ({
  column,
  reason: `日期无效，应为 YYYY-MM-DD / bad date: "${value}"`,
});

export interface Lookups {
  /** A 12-digit unit known to the register (this import's divisions.csv or the database). */
  isKnownUnit(code: string): boolean;
}

export function divisionIssues(get: (c: string) => string): RowIssue[] {
  const code = get('code'),
    name = get('name'),
    ur = get('urban_rural_code');
  if (code.length === 12)
    return divisionUnitIssues({ code, name, urbanRuralCode: ur }).map((i) => ({
      column: i.path,
      reason: i.message,
    }));
  const issues: RowIssue[] = [];
  if (code.length === 6 ? !COUNTIES.has(code) : code.length === 9 ? !TOWNS.has(code) : true) {
    issues.push({
      column: 'code',
      reason: `区划代码未知或位数不对（6、9 或 12 位） / unknown division code "${code}"`,
    });
  }
  if (name.trim() === '') issues.push({ column: 'name', reason: '名称不能为空 / name required' });
  if (ur !== '')
    issues.push({
      column: 'urban_rural_code',
      reason: '只有12位村级单位有城乡分类代码 / only 12-digit units carry one',
    });
  return issues;
}

export function householdIssues(get: (c: string) => string, lookups: Lookups): RowIssue[] {
  const issues: RowIssue[] = [];
  const no = get('household_no');
  if (!/^[0-9A-Za-z-]{1,32}$/.test(no))
    issues.push({ column: 'household_no', reason: `户号应为1至32位字母数字 / bad household_no "${no}"` });
  if (!Object.hasOwn(HOUSEHOLD_KINDS, get('kind')))
    issues.push({ column: 'kind', reason: `户别未知 / unknown kind "${get('kind')}"` });
  const division = get('division_code');
  if (!/^\d{12}$/.test(division) || !lookups.isKnownUnit(division)) {
    issues.push({
      column: 'division_code',
      reason: `区划代码不在区划表中 / unknown 12-digit unit "${division}"`,
    });
  }
  if (get('address').length > 200)
    issues.push({ column: 'address', reason: '住址过长（>200字） / address too long' });
  if (!isIsoDate(get('created_on'))) issues.push(dateIssue('created_on', get('created_on')));
  return issues;
}

export function personIssues(get: (c: string) => string, lookups: Lookups): RowIssue[] {
  const issues: RowIssue[] = [];
  const id = get('id_number');
  if (id.length > 32) issues.push({ column: 'id_number', reason: '身份号码过长 / id_number too long' });
  if (get('name').length > 64) issues.push({ column: 'name', reason: '姓名过长 / name too long' });
  const sex = get('sex');
  if (sex !== '1' && sex !== '2')
    issues.push({ column: 'sex', reason: `性别代码应为 1 或 2 / sex must be 1 or 2, got "${sex}"` });
  if (!isIsoDate(get('birth_date'))) issues.push(dateIssue('birth_date', get('birth_date')));
  const eth = get('ethnicity');
  if (eth !== '' && !isEthnicityCode(eth))
    issues.push({ column: 'ethnicity', reason: `民族代码未知（GB/T 3304） / unknown ethnicity "${eth}"` });
  if (!/^[0-9A-Za-z-]{1,32}$/.test(get('household_no')))
    issues.push({ column: 'household_no', reason: '户号不能为空 / household_no required' });
  if (!isRelationCode(get('relation')))
    issues.push({
      column: 'relation',
      reason: `与户主关系代码未知（GB/T 4761） / unknown relation "${get('relation')}"`,
    });
  const status = get('status'),
    reason = get('cancelled_reason');
  if (status === 'active') {
    if (reason !== '')
      issues.push({
        column: 'cancelled_reason',
        reason: '在册人员不应有注销原因 / must be empty when active',
      });
  } else if (status === 'cancelled') {
    if (!Object.hasOwn(CANCELLATION_REASONS, reason))
      issues.push({
        column: 'cancelled_reason',
        reason: `注销原因未知 / unknown cancelled_reason "${reason}"`,
      });
  } else
    issues.push({ column: 'status', reason: `状态应为 active 或 cancelled / unknown status "${status}"` });
  const former = get('former_type');
  if (former !== '' && !Object.hasOwn(FORMER_TYPES, former))
    issues.push({ column: 'former_type', reason: `原户口性质未知 / unknown former_type "${former}"` });
  const residence = get('residence_division_code');
  if (
    residence !== '' &&
    (!/^\d{12}$/.test(residence) || (isInCity(residence) && !lookups.isKnownUnit(residence)))
  ) {
    issues.push({
      column: 'residence_division_code',
      reason: `居住地区划代码无效 / unknown residence unit "${residence}"`,
    });
  }
  const since = get('residing_since');
  if (since !== '' && !isIsoDate(since)) issues.push(dateIssue('residing_since', since));
  return issues;
}

export function feedIssues(get: (c: string) => string, dateColumn: 'death_date' | 'enlisted_on'): RowIssue[] {
  const issues: RowIssue[] = [];
  const id = get('id_number');
  if (id === '' || id.length > 32)
    issues.push({ column: 'id_number', reason: '身份号码不能为空 / id_number required' });
  if (get('name').length > 64) issues.push({ column: 'name', reason: '姓名过长 / name too long' });
  if (!isIsoDate(get(dateColumn))) issues.push(dateIssue(dateColumn, get(dateColumn)));
  return issues;
}

/** The issue of a record whose field count differs from the header's. */
export function widthIssue(expected: number, got: number): RowIssue {
  return { column: '(row)', reason: `字段数应为 ${expected}，实为 ${got} / wrong number of fields` };
}
