// The 受理回执 the applicant takes home at intake: the application number, who took it and when, the time limits of
// each step (dated parameters), every material still missing in one notice (一次性告知), and how to track it.
import type { Material } from '../../domain/applications/index.ts';
import { missingGlyphs } from './cjk-font.ts';
import { startA4Paper } from './pdf-doc.ts';

export interface ReceiptFacts {
  number: string;
  applicantName: string;
  idNumberMasked: string;
  destination: string;
  station: string;
  takenAt: string;
  /** The current step's deadline (local date), when it has one. */
  deadline: string | null;
  limits: { acceptDays: number; reviewDays: number; issueDays: number };
  basis: string[];
  missing: Material[];
  trackUrl: string;
}

/** The notice's lines, in print order (also what a test reads: PDF text is not searchable). */
export function receiptLines(f: ReceiptFacts): { label: string; value: string }[] {
  return [
    { label: '申请编号', value: f.number },
    { label: '申请人', value: f.applicantName },
    { label: '公民身份号码', value: f.idNumberMasked },
    { label: '申请迁入地', value: f.destination },
    { label: '申请依据', value: f.basis.join('；') || '—' },
    { label: '受理单位', value: f.station },
    { label: '受理时间', value: f.takenAt },
    {
      label: '办理时限',
      value:
        `派出所 ${f.limits.acceptDays} 日内受理审核` +
        (f.deadline ? `（本步骤应于 ${f.deadline} 前办结）` : '') +
        `，受理后县（区）公安局 ${f.limits.reviewDays} 日内审批，批准后 ${f.limits.issueDays} 日内签发准予迁入证明`,
    },
  ];
}

export async function renderReceiptPdf(f: ReceiptFacts): Promise<{ pdf: Buffer; missing: string[] }> {
  const glyphs = missingGlyphs([f.applicantName, f.destination].join(''));
  const { doc, line, finish } = startA4Paper('落户申请受理回执', f.number, f.station);
  for (const l of receiptLines(f)) line(l.label, l.value);
  doc.moveDown(0.8).fontSize(14).text('一次性告知', { underline: true });
  doc.fontSize(12);
  if (f.missing.length === 0) doc.text('所需材料已收齐。', { lineGap: 4 });
  else {
    doc.text(`尚缺以下 ${f.missing.length} 项材料，请一次备齐后交受理单位（无须再补其他材料）：`, {
      lineGap: 4,
    });
    f.missing.forEach((m, i) => doc.text(`${i + 1}. ${m.name}`, { indent: 16, lineGap: 3 }));
  }
  doc.moveDown(0.8).fontSize(11).text(`凭申请编号和公民身份号码查询办理进度：${f.trackUrl}`, { lineGap: 4 });
  doc.moveDown(1.5).fontSize(13).text(`${f.station}（受理单位）`, { align: 'right' });
  return { pdf: await finish(), missing: glyphs };
}
