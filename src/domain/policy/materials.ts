// The one-time notice (一次性告知): every material the applicant must bring, listed at once, by basis and facts.
import type { SettlementCase } from './case-schema.ts';

export const MATERIAL_NAMES: Record<string, string> = {
  'id-card': '居民身份证',
  'hukou-booklet': '居民户口簿',
  'property-title': '房屋所有权证或不动产权证书',
  'lease-contract': '房屋租赁合同',
  'lease-registration': '房屋租赁登记备案证明',
  'owner-consent': '房屋产权人同意落户的书面意见',
  'kinship-proof': '亲属关系证明',
  'host-hukou-booklet': '被投靠人的居民户口簿',
  'housing-area-proof': '住房面积证明',
  'admission-notice': '录取通知书或学籍证明',
  'graduation-certificate': '毕业证书',
  'employment-proof': '工作单位接收证明或劳动合同',
  'service-proof': '服务基层项目证明',
  'military-certificate': '现役军人身份证明',
  'soldier-title': '现役军人购房的产权证明',
  'labor-contract': '劳动合同',
  'collective-household-consent': '集体户同意落户证明',
  'rights-proof': '土地承包经营权或宅基地使用权证明',
  'marriage-certificate': '结婚证',
  'residence-permit': '居住证',
  'birth-certificate': '出生医学证明',
  'nationality-proof': '户籍情况证明或国籍证明',
};

function codesFor(c: SettlementCase): string[] {
  const codes = ['id-card', 'hukou-booklet'];
  switch (c.basis) {
    case 'residence':
      if (c.residence?.tenure === 'rented')
        codes.push('lease-contract', 'lease-registration', 'owner-consent');
      else codes.push('property-title');
      break;
    case 'kin':
      codes.push('kinship-proof', 'host-hukou-booklet');
      if (c.kin?.perCapitaHousingAreaM2 !== undefined) codes.push('housing-area-proof');
      break;
    case 'student':
      codes.push(c.student?.stage === 'enrolment' ? 'admission-notice' : 'graduation-certificate');
      if (c.student?.target === 'employer') codes.push('employment-proof');
      if (c.student?.stage.startsWith('grassroots')) codes.push('service-proof');
      break;
    case 'military-family':
      codes.push('military-certificate', 'kinship-proof');
      if (c.military?.target === 'soldier-owned-residence') codes.push('soldier-title');
      break;
    case 'key-group':
      codes.push('collective-household-consent');
      if (c.keyGroup?.laborContract) codes.push('labor-contract');
      break;
    case 'return-to-origin':
      codes.push('rights-proof');
      break;
    case 'marriage':
      codes.push('marriage-certificate');
      break;
    case 'residence-permit':
      codes.push('residence-permit');
      break;
    case 'unregistered':
      codes.splice(0, 2, 'nationality-proof');
      if (c.unregistered?.category === 'unplanned-birth') codes.push('birth-certificate');
      if (c.unregistered?.category === 'cross-border-marriage') codes.push('marriage-certificate');
      break;
  }
  if (c.companions.length) codes.push('kinship-proof');
  return [...new Set(codes)];
}

export function materialsFor(c: SettlementCase): { code: string; name: string }[] {
  return codesFor(c).map((code) => ({ code, name: MATERIAL_NAMES[code]! }));
}
