// The permit as a PDF: Chinese text in Source Han Sans SC (full coverage for names with rare characters, shipped
// by the npm package node-source-han-sans-sc; no system fonts), a QR code for /verify/<number>. The font is
// parsed once per process; each PDF embeds only the glyphs it uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import * as fontkit from 'fontkit';
import { divisionName } from './places.ts';
import type { PermitRow } from '../../db/repositories/applications/records.ts';
import { formatCitation } from '../../domain/policy/citation.ts';

const require = createRequire(import.meta.url);

interface CjkFont {
  hasGlyphForCodePoint(cp: number): boolean;
  layout: unknown;
}

let font: CjkFont | null = null;

/** Parse the CJK font (17 MB OTF) once; call at start so the first PDF is not slow. */
export function loadPermitFont(): CjkFont {
  if (!font) {
    const file = require.resolve('node-source-han-sans-sc/SourceHanSansSC-Regular.otf');
    font = fontkit.create(readFileSync(file)) as CjkFont;
  }
  return font;
}

/** Characters of a text the font cannot draw (a name beyond its coverage must not print as an empty box silently). */
export function missingGlyphs(text: string): string[] {
  const f = loadPermitFont();
  return [
    ...new Set([...text].filter((ch) => !/\s/.test(ch) && !f.hasGlyphForCodePoint(ch.codePointAt(0)!))),
  ];
}

const RELATIONS: Record<string, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
  'great-grandparent': '曾祖父母',
  'great-grandchild': '曾孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
};

export async function renderPermitPdf(
  p: PermitRow,
  verifyUrl: string,
): Promise<{ pdf: Buffer; missing: string[] }> {
  const f = loadPermitFont();
  const qr = await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
  const companions = (p.companions as { name: string; relation: string; idNumber: string | null }[]) ?? [];
  const missing = missingGlyphs(
    [p.holder_name, ...companions.map((c) => c.name), p.destination_address, p.origin].join(''),
  );
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `准予迁入证明 ${p.number}`, Author: '昭通市公安局', Creator: 'Hukou' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', f as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('cjk');

  doc.fontSize(22).text('准予迁入证明', { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(11)
    .fillColor('#444')
    .text(`编号：${p.number}`, { align: 'center' })
    .fillColor('black');
  doc.moveDown(1.2).fontSize(13);
  const line = (label: string, value: string) => doc.text(`${label}：${value}`, { lineGap: 6 });
  line('姓名', p.holder_name);
  line('公民身份号码', p.holder_id_number);
  line('迁出地（原户籍）', p.origin);
  line(
    '迁入地',
    `${divisionName(p.destination_code)}（${p.destination_code}） ${p.destination_address}`.trim(),
  );
  if (companions.length)
    line('随迁人员', companions.map((c) => `${c.name}（${RELATIONS[c.relation] ?? c.relation}）`).join('、'));
  line('签发日期', p.issued_on);
  line('有效期至', `${p.valid_until}（逾期作废）`);
  doc
    .moveDown(1)
    .fontSize(11)
    .text(
      '经审核，准予上列人员迁入本辖区落户。本证明实行“一站式”迁移，迁出地派出所凭网上迁移信息办理迁出，无需另开户口迁移证。' +
        `落户不以退出土地承包经营权、宅基地使用权、集体收益分配权为条件（${formatCitation('T14.5')}）。`,
      { lineGap: 4 },
    );
  if (missing.length)
    doc
      .moveDown(0.5)
      .fillColor('#a00')
      .text(`注：姓名中 ${missing.join('')} 字库未收录，以公民身份号码为准。`)
      .fillColor('black');
  const y = doc.y + 24;
  doc.image(qr, 56, y, { width: 110 });
  doc
    .fontSize(10)
    .text('扫描二维码或访问以下地址核验真伪：', 180, y + 20)
    .text(verifyUrl, 180, y + 38);
  doc.fontSize(13).text('昭通市公安局（签发机关）', 56, y + 150, { align: 'right' });
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), missing };
}
