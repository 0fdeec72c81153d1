// Village and community units (12-digit statistical codes) with their urban-rural class. No npm package ships them
// (reference/zhaotong.md): they are imported from divisions.csv, or generated for synthetic data by the pattern
//街道 → mostly 111/112, 镇 → 121/122 near the seat and 220 elsewhere, 乡 → 210/220.
import type { ErrorIssue } from '../errors.ts';
import { isUrbanRuralCode, type UrbanRuralCode } from '../codes/urban-rural.ts';
import { TOWNS, type Town } from './tree.ts';

export interface DivisionUnit {
  code: string;
  name: string;
  urbanRuralCode: UrbanRuralCode;
}

/** Problems with one row of the statistical division table, each naming its column. */
export function divisionUnitIssues(row: {
  code: string;
  name: string;
  urbanRuralCode: string;
}): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (!/^\d{12}$/.test(row.code)) issues.push({ path: 'code', message: '区划代码应为12位数字' });
  else if (!TOWNS.has(row.code.slice(0, 9)))
    issues.push({ path: 'code', message: '所属乡镇（街道）不在昭通市区划树中' });
  if (row.name.trim() === '') issues.push({ path: 'name', message: '名称不能为空' });
  if (!isUrbanRuralCode(row.urbanRuralCode))
    issues.push({ path: 'urban_rural_code', message: '城乡分类代码未知' });
  return issues;
}

/** How generated units of each town kind are shaped; numbers are parameters, not rules. */
export interface UnitGenerationParameters {
  unitsPerTown: number;
  /** Of a town's units, how many at the start are near the seat (urban classes for 镇, 210 for 乡). */
  seatUnits: number;
}

export const DEFAULT_UNIT_GENERATION: UnitGenerationParameters = { unitsPerTown: 12, seatUnits: 3 };

function classFor(town: Town, index: number, p: UnitGenerationParameters): UrbanRuralCode {
  const nearSeat = index < p.seatUnits;
  if (town.kind === '街道') return index % 4 === 3 ? '112' : '111';
  if (town.kind === '镇') return nearSeat ? (index === 0 ? '121' : '122') : '220';
  return nearSeat && index === 0 ? '210' : '220';
}

/**
 * Plausible units of one town, deterministic for the same input. Codes follow the statistical pattern:
 * communities 001–199 (居委会), villages 200–399 (村委会).
 */
export function generateUnits(
  townCode: string,
  p: UnitGenerationParameters = DEFAULT_UNIT_GENERATION,
): DivisionUnit[] {
  const town = TOWNS.get(townCode);
  if (!town) throw new RangeError(`unknown town ${townCode}`);
  const units: DivisionUnit[] = [];
  for (let i = 0; i < p.unitsPerTown; i++) {
    const urbanRuralCode = classFor(town, i, p);
    const urban = urbanRuralCode.startsWith('1');
    const serial = urban ? 1 + i : 200 + i;
    const code = `${townCode}${String(serial).padStart(3, '0')}`;
    const base = town.name.replace(/(街道|镇|乡)$/, '');
    units.push({
      code,
      name: `${base}${urban ? '第' + (i + 1) + '社区居委会' : '第' + (i + 1) + '村委会'}`,
      urbanRuralCode,
    });
  }
  return units;
}

/** Generated units for every town of the tree (150 × unitsPerTown). */
export function generateAllUnits(p: UnitGenerationParameters = DEFAULT_UNIT_GENERATION): DivisionUnit[] {
  return [...TOWNS.keys()].flatMap((code) => generateUnits(code, p));
}
