// The papers of a settlement application (the 准予迁入证明, the 受理回执) share one A4 page set-up: the CJK font
// (cjk-font.ts loads it once per process), a title, labelled lines, and the QR code of a verification address.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { loadPermitFont } from './cjk-font.ts';

export interface A4Paper {
  doc: PDFKit.PDFDocument;
  /** "label：value" on its own line. */
  line(label: string, value: string): void;
  /** Ends the document; the PDF bytes. */
  finish(): Promise<Buffer>;
}

export function startA4Paper(title: string, number: string, author: string): A4Paper {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${title} ${number}`, Author: author, Creator: 'Hukou' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', loadPermitFont() as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('cjk');
  doc.fontSize(22).text(title, { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(11)
    .fillColor('#444')
    .text(`编号：${number}`, { align: 'center' })
    .fillColor('black');
  doc.moveDown(1.2).fontSize(13);
  return {
    doc,
    line: (label, value) => void doc.text(`${label}：${value}`, { lineGap: 6 }),
    finish: async () => {
      doc.end();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

/** The QR code of `url` at the left margin with the address beside it; returns the y below it. */
export async function drawVerifyQr(doc: PDFKit.PDFDocument, url: string, caption: string): Promise<number> {
  const qr = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
  const y = doc.y + 24;
  doc.image(qr, 56, y, { width: 110 });
  doc
    .fontSize(10)
    .text(caption, 180, y + 20)
    .text(url, 180, y + 38);
  return y + 120;
}
