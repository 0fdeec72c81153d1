// Every measure of a day as a spreadsheet (xlsx: areas, age structure, ethnicities, migration, reform measures) or
// the area table as CSV (UTF-8 with BOM, so a spreadsheet opens the Chinese names): `hukou stats --format` and
// GET /api/v1/stats/export.
import ExcelJS from 'exceljs';
import { csvLine } from '../../jobs/csv/writer.ts';
import type { AreaFigures, StatsQuery, SummaryOutput } from '../../domain/statistics/schema.ts';
import type { AppDeps } from '../context.ts';
import { readMigration, readReform, readStructure, readSummary } from './read-stats.ts';

const LEVEL_NAMES = { city: '市', county: '县（市、区）', town: '乡镇（街道）' } as const;
const AREA_HEADER = [
  '级别',
  '代码',
  '名称',
  '户籍人口',
  '户数',
  '常住人口',
  '常住人口城镇化率',
  '户籍人口城镇化率',
];

const percent = (r: number | null) => (r === null ? '' : (r * 100).toFixed(2));

function areaRow(a: AreaFigures): (string | number)[] {
  return [
    LEVEL_NAMES[a.level],
    a.code,
    a.name,
    a.registered.persons,
    a.registered.households,
    a.residents.persons,
    percent(a.urbanization.resident),
    percent(a.urbanization.registered),
  ];
}

/** The scope, its children and (for the city) every town: one row each. */
export async function areaTable(
  deps: AppDeps,
  q: StatsQuery,
): Promise<{ summary: SummaryOutput; rows: AreaFigures[] }> {
  const summary = await readSummary(deps, q);
  const children = summary.counties ?? summary.towns ?? [];
  const rows: AreaFigures[] = [summary];
  for (const c of children) {
    rows.push(c);
    if (c.level === 'county') rows.push(...((await readSummary(deps, { ...q, scope: c.code })).towns ?? []));
  }
  return { summary, rows };
}

export async function statsCsv(deps: AppDeps, q: StatsQuery): Promise<string> {
  const { rows } = await areaTable(deps, q);
  return '\ufeff' + csvLine(AREA_HEADER) + rows.map((r) => csvLine(areaRow(r).map(String))).join('');
}

export async function statsXlsx(deps: AppDeps, q: StatsQuery): Promise<Buffer> {
  const { summary, rows } = await areaTable(deps, q);
  const [structure, migration, reform] = await Promise.all([
    readStructure(deps, q),
    readMigration(deps, q),
    readReform(deps, q),
  ]);
  const book = new ExcelJS.Workbook();
  book.creator = 'Hukou';
  const sheet = (name: string, header: string[], data: (string | number)[][]) => {
    const s = book.addWorksheet(name);
    s.addRow([`${summary.name} · 截至 ${summary.asOf}（计算于 ${summary.computedAt}）`]);
    s.addRow(header).font = { bold: true };
    header.forEach((_, i) => (s.getColumn(i + 1).width = i === 2 ? 20 : 14));
    for (const r of data) s.addRow(r);
  };
  sheet('区域', AREA_HEADER, rows.map(areaRow));
  sheet(
    '年龄结构',
    ['年龄组', '男', '女'],
    structure.pyramid.map((b) => [b.band, b.male, b.female]),
  );
  sheet(
    '民族',
    ['代码', '民族', '人数'],
    structure.ethnicities.map((e) => [e.code, e.name, e.persons]),
  );
  sheet(
    '迁移',
    ['月份', '迁入', '迁出', '净迁入'],
    migration.months.map((m) => [m.month, m.in, m.out, m.net]),
  );
  sheet(
    '落户',
    ['依据条款', '人数'],
    reform.settlements.map((s) => [s.clause, s.persons]),
  );
  sheet(
    '市民化',
    ['代码', '名称', '农业转移人口落户城镇'],
    reform.citizenization.areas.map((a) => [a.code, a.name, a.persons]),
  );
  sheet(
    '居住证与遗留问题',
    ['项目', '数量'],
    [
      ['居住证 已签发（累计）', reform.permits.issued],
      ['居住证 已签注（累计）', reform.permits.endorsed],
      ['居住证 有效', reform.permits.valid],
      ['居住证 中止', reform.permits.suspended],
      ['遗留问题 未清理', reform.findings.open],
      ['遗留问题 已清理', reform.findings.cleared],
    ],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
