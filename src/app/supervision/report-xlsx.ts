// The supervision report as XLSX (exceljs): a sheet of tasks and sub-items, a sheet of indicators.
import ExcelJS from 'exceljs';
import type { SupervisionReport } from './report-model.ts';
import { indicatorText, periodLine, REPORT_TITLE, statusSummary, TASK_COLUMNS } from './report-text.ts';

export async function renderSupervisionXlsx(r: SupervisionReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hukou';
  const tasks = book.addWorksheet('任务进展');
  tasks.addRow([REPORT_TITLE]);
  tasks.addRow([periodLine(r)]);
  tasks.addRow([statusSummary(r)]);
  tasks.addRow(TASK_COLUMNS.map((c) => c.header)).font = { bold: true };
  TASK_COLUMNS.forEach((c, i) => (tasks.getColumn(i + 1).width = c.width));
  for (const row of r.rows) {
    const added = tasks.addRow(TASK_COLUMNS.map((c) => c.value(row)));
    if (row.level === 'task') added.font = { bold: true };
    if (row.status === 'overdue') added.getCell(7).font = { color: { argb: 'FFCF1322' } };
  }
  const ind = book.addWorksheet('改革指标');
  ind.addRow(['条款', '指标', '期末日', '状态', '数值', '口径']).font = { bold: true };
  [8, 24, 12, 12, 60, 60].forEach((w, i) => (ind.getColumn(i + 1).width = w));
  for (const i of r.indicators)
    ind.addRow([
      i.clause,
      i.name,
      i.asOf,
      i.state === 'measured' ? '已计量' : '尚未计量',
      indicatorText(i),
      i.method,
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
