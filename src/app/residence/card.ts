// The permit card (Decree 663 art. 4) as a PDF, front and back, and the public verification behind the card's QR
// code: a 128-bit token per card edition, so no card can be found by counting and a replaced card stops verifying.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { divisionName } from '../applications/places.ts';
import { loadPermitFont, missingGlyphs } from '../applications/permit-pdf.ts';
import { ETHNICITY_CODES } from '../../domain/codes/ethnicity.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskName } from '../../domain/applications/masking.ts';
import { standingOn } from '../../domain/permits/lifecycle.ts';
import type { PermitVerification } from '../../domain/permits/permit-schema.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { findPermitByToken } from '../../db/repositories/residence/permits.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { PERMIT_RESOURCE, scopeFor, todayOf } from './common.ts';
import { loadRegistrationInScope } from './apply-permit.ts';
import { factsOf, loadPermitInScope } from './permit-actions.ts';
import { isVerifyToken } from '../verify-token.ts';

/** Decree 663 art. 10: the county-level public security bureau issues the permit. */
const COUNTY_PSB = (countyCode: string) => `${divisionName(countyCode)}公安局`;

export async function permitCard(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  verifyUrl: (t: string) => string,
) {
  const scope = scopeFor(ctx, 'permits.read');
  const db = deps.database.db;
  const p = await loadPermitInScope(db, id, scope, false);
  if (!p.issued_on || !p.verify_token || p.status === 'cancelled')
    throw new DomainError('conflict', '居住证尚未制发或已注销 / the permit is not issued or was cancelled');
  const r = await loadRegistrationInScope(db, p.registration_id, scope);
  const f = loadPermitFont();
  const qr = await QRCode.toBuffer(verifyUrl(p.verify_token), {
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 200,
  });
  const ethnicity = (r.ethnicity && ETHNICITY_CODES[r.ethnicity]) ?? r.ethnicity ?? '';
  const hukou = `${divisionName(r.hukou_division_code)} ${r.hukou_address ?? ''}`.trim();
  const residence = `${divisionName(r.unit_code)} ${r.address}`;
  const missing = missingGlyphs([r.name, hukou, residence].join(''));
  // ID-1 card proportions (85.6 × 54 mm) at 2.5× so the text stays legible when printed on A4 or shown on screen.
  const doc = new PDFDocument({
    size: [607, 383],
    margin: 24,
    info: { Title: `居住证 ${p.number}`, Author: COUNTY_PSB(p.county_code), Creator: 'Hukou' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', f as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('cjk');
  // Front: the holder (art. 4: name, sex, ethnicity, birth date, ID number, photo, hukou and residence addresses).
  doc.fontSize(20).text('云南省居住证', 24, 22, { align: 'center' });
  doc.rect(470, 70, 110, 140).stroke('#888');
  doc.fontSize(10).fillColor('#888').text('本人相片', 500, 132).fillColor('black');
  const line = (label: string, value: string, y: number) =>
    doc.fontSize(12).text(`${label}  ${value}`, 30, y, { width: 430 });
  line('姓\u3000\u3000名', r.name, 70);
  line('性\u3000\u3000别', r.sex === '1' ? '男' : '女', 94);
  line('民\u3000\u3000族', ethnicity, 118);
  line('出生日期', r.birth_date, 142);
  line('公民身份号码', r.id_number, 166);
  line('户籍地址', hukou, 194);
  line('居住地址', residence, 236);
  doc.fontSize(11).text(`证号 ${p.number}\u3000第 ${p.card_edition} 版`, 30, 330);
  if (missing.length)
    doc
      .fontSize(9)
      .fillColor('#a00')
      .text(`注：${missing.join('')} 字库未收录，以公民身份号码为准`, 30, 350)
      .fillColor('black');
  // Back: issuing authority and date, the yearly endorsements, the QR code to the verification page.
  doc.addPage({ size: [607, 383], margin: 24 });
  doc.fontSize(14).text('签发机关', 30, 30).fontSize(12).text(COUNTY_PSB(p.county_code), 30, 52);
  doc.fontSize(14).text('签发日期', 30, 84).fontSize(12).text(p.issued_on, 30, 106);
  doc.fontSize(14).text('签注记录（每满一年前一个月内签注）', 30, 140);
  const endorsements = factsOf(p).endorsements;
  doc
    .fontSize(11)
    .text(endorsements.length ? endorsements.join('\u3000') : '（暂无）', 30, 164, { width: 380 });
  doc.image(qr, 440, 40, { width: 130 });
  doc.fontSize(9).text('扫码核验真伪', 470, 176);
  doc
    .fontSize(9)
    .text(
      '本证仅限持证人本人使用；遗失请及时到居住地派出所补领。逾期未签注的，暂停使用，签注后恢复，连续居住年限自签注之日起重新计算（居住证暂行条例第十条）。',
      30,
      300,
      { width: 540 },
    );
  doc.end();
  await done;
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'residence-permits.print-card',
    resourceType: PERMIT_RESOURCE,
    resourceId: id,
    countyCode: p.county_code,
    personIds: r.person_id ? [r.person_id] : null,
    detail: { number: p.number, edition: p.card_edition, missingGlyphs: missing },
  });
  return { pdf: Buffer.concat(chunks), number: p.number };
}

/** What anyone holding the card may learn: whether it is valid today, and a masked name. */
export async function verifyPermitCard(deps: AppDeps, token: string): Promise<PermitVerification> {
  const none: PermitVerification = { found: false, status: null, maskedName: null, countyName: null };
  if (!isVerifyToken(token)) return none;
  const p = await findPermitByToken(deps.database.db, token);
  if (!p) return none;
  const { state } = standingOn(factsOf(p), todayOf(deps), deps.policy.parameters, p.county_code);
  return {
    found: true,
    status: state === 'applied' ? null : state,
    maskedName: maskName(p.holder_name),
    countyName: divisionName(p.county_code),
  };
}
