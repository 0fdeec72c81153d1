// The units of the plan as organisations (W1, W2): every lead and responsible unit clauses.md names, with a stable
// code. Where a unit is one of the departments officers already belong to (src/domain/access/departments.ts), the
// unit's code IS the department's code, so app_user.department (stored by its canonical name) links an officer to
// their unit without a new column: existing users and tokens keep working. The city PSB's officers (police roles at
// city level) belong to 市公安局.
import { departmentOf, type DepartmentCode } from '../access/departments.ts';

export interface Unit {
  code: string;
  /** The name the plan uses (the first one when it uses two). */
  name: string;
  /** Other names the plan or officers use for the same unit (clauses.md notes: 市国土局 = 市国土资源局 …). */
  aliases: readonly string[];
  /** False for a unit officers belong to that the plan does not name (人武部 sends feeds, owes no task). */
  inPlan: boolean;
}

const u = (code: string, name: string, aliases: string[] = [], inPlan = true): Unit => ({
  code,
  name,
  aliases,
  inPlan,
});

export const UNITS: readonly Unit[] = [
  u('psb', '市公安局'),
  u('development-reform', '市发改委'),
  u('hrss', '市人社局'),
  u('urban-rural', '市城乡统筹办', ['市人力资源办(市城乡统筹办)', '市人力资源办']),
  u('natural-resources', '市国土局', ['市国土资源局']),
  u('counties', '各县区人民政府'),
  u('yiliang', '彝良县人民政府'),
  u('housing', '市住建局'),
  u('agriculture', '市农业局'),
  u('rural-work', '市委农办'),
  u('education', '市教育局'),
  u('civil-affairs', '市民政局'),
  u('press', '市新闻出版广电局'),
  u('health', '市卫计委'),
  u('migration', '市移民局'),
  u('foreign-affairs', '市外侨办'),
  u('statistics', '市统计局'),
  u('industry', '市工信委'),
  u('ethnic-religious', '市民宗局'),
  u('finance', '市财政局'),
  u('pboc', '人行昭通支行'),
  u('national-tax', '市国税局'),
  u('local-tax', '市地税局'),
  u('forestry', '市林业局'),
  u('water', '市水利局'),
  u('legal', '市政府法制办'),
  u('commerce', '市工商局'),
  u('banking', '昭通银监分局'),
  u('finance-office', '市金融办'),
  u('supply', '市供销社'),
  u('publicity', '市委宣传部'),
  u('military', '人武部', [], false),
];

const BY_CODE: ReadonlyMap<string, Unit> = new Map(UNITS.map((x) => [x.code, x]));
const BY_NAME: ReadonlyMap<string, Unit> = new Map(
  UNITS.flatMap((x) => [x.name, ...x.aliases].map((n) => [n, x] as const)),
);

export function unitByCode(code: string): Unit | undefined {
  return BY_CODE.get(code);
}

export function unitByName(name: string): Unit | undefined {
  return BY_NAME.get(name.trim());
}

/** The unit of a department (its code is the department's code); every department is one of UNITS. */
export function unitOfDepartment(department: string | null | undefined): Unit | undefined {
  const d = departmentOf(department);
  return d ? BY_CODE.get(d.code satisfies DepartmentCode) : undefined;
}

/** A unit as the plan wrote it: its code and the name as written (市国土资源局 stays 市国土资源局). */
export interface UnitRef {
  code: string;
  name: string;
}

/**
 * The units of one clauses.md cell, as written: "市发改委、市人社局、市城乡统筹办等" → three units (等 = "and
 * others": the plan leaves the list open; the cell's text is kept beside the list). A name outside UNITS throws:
 * the list above must hold every unit the plan names (a small test checks it against the clause data).
 */
export function parseUnitCell(cell: string | null): UnitRef[] {
  if (!cell) return [];
  return cell
    .replace(/等$/, '')
    .split('、')
    .map((name) => {
      const unit = unitByName(name);
      if (!unit) throw new Error(`unit not in UNITS: ${name}`);
      return { code: unit.code, name };
    });
}
