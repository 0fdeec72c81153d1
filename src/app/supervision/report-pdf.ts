// The supervision report as PDF: the CJK font the permits use (loaded and cached once by permit-pdf.ts), one line
// per task and sub-item, then the indicators at the period's end.
import PDFDocument from 'pdfkit';
import { loadPermitFont } from '../applications/permit-pdf.ts';
import type { SupervisionReport } from './report-model.ts';
import { indicatorText, periodLine, REPORT_TITLE, statusSummary, TASK_COLUMNS } from './report-text.ts';
import { formatCitation } from '../../domain/policy/citation.ts';

export async function renderSupervisionPdf(r: SupervisionReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: `${REPORT_TITLE} ${r.from}–${r.to}`, Author: '昭通市户籍制度改革督查', Creator: 'Hukou' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', loadPermitFont() as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('cjk');
  doc.fontSize(18).text(REPORT_TITLE, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).text(periodLine(r), { align: 'center' });
  doc.text(statusSummary(r), { align: 'center' }).moveDown(0.8);

  const total = TASK_COLUMNS.reduce((s, c) => s + c.width, 0);
  const width = doc.page.width - 72;
  const cells = (values: (string | number)[], size: number) => {
    const y = doc.y;
    let x = 36;
    let bottom = y;
    doc.fontSize(size);
    values.forEach((v, i) => {
      const w = (TASK_COLUMNS[i]!.width / total) * width;
      doc.text(String(v), x, y, { width: w - 4 });
      bottom = Math.max(bottom, doc.y);
      x += w;
    });
    doc.x = 36;
    doc.y = bottom + 3;
    if (doc.y > doc.page.height - 60) doc.addPage();
  };
  cells(
    TASK_COLUMNS.map((c) => c.header),
    8,
  );
  for (const row of r.rows)
    cells(
      TASK_COLUMNS.map((c) => c.value(row)),
      row.level === 'task' ? 8 : 7,
    );

  doc.addPage().fontSize(14).text('改革指标（期末值，取自户籍登记数据）', 36, 36);
  doc.moveDown(0.5).fontSize(10);
  for (const i of r.indicators) {
    doc.text(`${formatCitation(i.clause)} ${i.name}：${indicatorText(i)}`, { lineGap: 4 });
    doc.fontSize(8).fillColor('#555').text(`口径：${i.method}`).fillColor('black').fontSize(10).moveDown(0.4);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
