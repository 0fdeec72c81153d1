// The 准予迁入证明 as a PDF: the holder (name, sex, birth date, ID number), origin and destination, the companions,
// the legal basis as the plan's clause text, validity, the QR code of its verification page (a random token, not the
// number), and the authority that approved it as signer.
import { divisionName } from './places.ts';
import { missingGlyphs } from './cjk-font.ts';
import { drawVerifyQr, startA4Paper } from './pdf-doc.ts';
import { PLAN_TITLE, type BasisClause } from '../../domain/applications/legal-basis.ts';
import type { PermitRow } from '../../db/repositories/applications/records.ts';
import { formatCitation } from '../../domain/policy/citation.ts';

// The font is shared by every paper of the system; its home is cjk-font.ts.
export { loadPermitFont, missingGlyphs } from './cjk-font.ts';

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

/** The city's bureau signed the permits issued before the authority was recorded (migration 1200). */
export const FORMER_AUTHORITY = '昭通市公安局';

export interface PermitHolder {
  sex: '1' | '2';
  birthDate: string;
}

export async function renderPermitPdf(
  p: PermitRow,
  holder: PermitHolder,
  basis: readonly BasisClause[],
  verifyUrl: string,
): Promise<{ pdf: Buffer; missing: string[] }> {
  const authority = p.issuing_authority ?? FORMER_AUTHORITY;
  const companions = (p.companions as { name: string; relation: string; idNumber: string | null }[]) ?? [];
  const missing = missingGlyphs(
    [p.holder_name, ...companions.map((c) => c.name), p.destination_address, p.origin].join(''),
  );
  const { doc, line, finish } = startA4Paper('准予迁入证明', p.number, authority);
  line('姓名', p.holder_name);
  line('性别', holder.sex === '1' ? '男' : '女');
  line('出生日期', holder.birthDate);
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
  doc.moveDown(0.6).fontSize(11).text(`准予迁入依据：${PLAN_TITLE}`, { lineGap: 3 });
  for (const c of basis) doc.fontSize(10).text(`${c.where}：${c.text}`, { lineGap: 3 });
  doc
    .moveDown(0.6)
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
  const below = await drawVerifyQr(
    doc,
    verifyUrl,
    '扫描二维码核验真伪（仅显示证明状态、隐去部分的姓名与日期）：',
  );
  doc.fontSize(13).text(`${authority}（签发机关）`, 56, below + 20, { align: 'right' });
  doc.fontSize(11).text(p.issued_on, 56, doc.y + 4, { align: 'right' });
  return { pdf: await finish(), missing };
}
