// What a resident reads: one plain zh-CN sentence per reason code, for the met and the unmet case.
// Codes are stable API; wording may improve. {name} placeholders are filled from the check's vars.

export const MESSAGES: Record<string, readonly [met: string, unmet: string]> = {
  'consent.own-will': ['本人自愿申请落户', '落户必须出于本人意愿，不得强迫办理：本人没有同意'],
  'applicant.nationality': ['具有中华人民共和国国籍', '只有中国公民才能登记常住户口'],
  'applicant.not-active-military': ['不是现役军人', '现役军人不登记常住户口'],
  'rural-rights.retained': ['您在农村的{rights}不因落户而收回', ''],
  'conditions.rejected': ['', '“{condition}”不能作为落户的条件：这项要求无效，已被拒绝，不影响办理结果'],
  'restriction.t2-own-policy': [
    '{place}已全面放开落户限制',
    '{place}实行经批准的本地户口迁移政策，请向当地公安机关按该政策申请',
  ],
  'restriction.t3-own-policy': [
    '彝良县城尚未实行本地落户限制，按全市政策办理',
    '彝良县城实行经批准的本地户口迁移政策，请向彝良县公安局按该政策申请',
  ],
  'destination.urban': [
    '落户地是城镇（{kind}）',
    '这种落户只适用于城镇（中心城市、县城或其他建制镇），落户地是{kind}',
  ],
  'residence.legal': [
    '住所合法：有产权证明或依法办理的租赁手续',
    '住所不合法：需要产权证明或依法办理的租赁手续',
  ],
  'residence.actually-residing': ['本人实际居住在该住所', '本人没有实际居住在该住所'],
  'rental.registered': ['租赁已在房管部门登记备案', '租赁的房屋要先在当地房管部门办理租赁登记备案'],
  'rental.owner-consent': ['房屋产权人已同意', '需要征得房屋产权人同意'],
  'rental.one-address-one-household': [
    '该地址没有其他户口，符合一址一户',
    '该地址已有其他户口，不符合一址一户的要求',
  ],
  'rental.not-shared': ['房屋没有分租或合租', '分租、合租给多个家庭或个人的房屋不能办理租赁落户'],
  'companion.applicant-eligible': [
    '申请人可以落户，共同居住的直系亲属可以一起落户',
    '申请人本人不能落户，随迁亲属也不能随同落户',
  ],
  'companion.direct-relative': ['{relation}属于可以随迁的家庭成员', '{relation}不是直系亲属，不能随迁落户'],
  'companion.co-residing': ['与申请人共同居住', '没有与申请人共同居住，不能随迁落户'],
  'companion.basis-not-covered': ['', '这种落户类型没有随迁规定，亲属需要各自申请'],
  'kin.within-generations': [
    '{relation}属于三代以内直系亲属',
    '{relation}不属于三代以内直系亲属，不能投靠落户',
  ],
  'kin.co-residing': ['与被投靠的亲属共同居住', '投靠落户需要与被投靠的亲属共同居住'],
  'kin.host-hukou': ['被投靠的亲属在落户地有常住户口', '被投靠的亲属需要在落户地有常住户口'],
  'kin.housing-area': [
    '人均住房面积{area}平方米，不低于当地住房困难标准{standard}平方米',
    '人均住房面积{area}平方米，低于当地住房困难标准{standard}平方米',
  ],
  'kin.housing-area-exempt': ['{who}投靠落户不受住房面积限制', ''],
  'student.school-in-city': [
    '就读于本市大中专院校（技校）',
    '只有在本市大中专院校（技校）就读的学生才适用这项政策',
  ],
  'student.target-allowed': [
    '{stage}可以把户口迁到{target}',
    '{stage}不能把户口迁到{target}，可以迁到：{allowed}',
  ],
  'military.follows-army': ['', '现役军人配偶随军落户按国家有关政策办理，请向部队和公安机关咨询'],
  'military.relation': ['{relation}可以按这一方式投靠落户', '{relation}不能按这一方式投靠落户'],
  'military.co-residing-with-elders': [
    '与现役军人的父母或（外）祖父母共同居住',
    '需要与现役军人的父母或（外）祖父母共同居住',
  ],
  'military.soldier-owns-residence': [
    '住所是现役军人在城镇购买的合法稳定住所',
    '住所需要是现役军人在城镇购买的合法稳定住所',
  ],
  'military.co-residing': ['实际居住在该住所', '需要实际居住在现役军人购买的住所'],
  'key-group.voluntary': ['本人自愿转移进城', '重点群体落户需要本人自愿转移进城'],
  'key-group.labor-contract': ['已与企业签订劳动合同', '需要与企业签订劳动合同'],
  'key-group.months-employed': ['已工作{months}个月，满{min}个月', '已工作{months}个月，不满{min}个月'],
  'key-group.no-legal-stable-residence': [
    '在城镇没有合法稳定住所，可以在集体户落户',
    '已有合法稳定住所：请按合法稳定住所落户（第2、4条），不用集体户',
  ],
  'return.previously-moved': ['曾从农村迁到城镇落户', '返乡落户适用于曾迁到城镇落户的人'],
  'return.rights-held': [
    '本人或家庭成员在原籍地有土地承包经营权或宅基地使用权',
    '本人或父母、配偶、子女在原籍地需要有土地承包经营权或宅基地使用权',
  ],
  'return.actually-residing': ['实际居住在农村原籍地', '需要实际居住在农村原籍地'],
  'return.destination-rural': ['迁回的是农村原籍地', '返乡落户只能迁回农村原籍地'],
  'marriage.urban-rural': ['城镇户口与农村户口的人结婚', '这项政策适用于城镇户口与农村户口的人结婚'],
  'marriage.couple-resides': ['夫妻实际居住在落户地', '需要在夫妻实际居住的地方落户'],
  'permit.valid': ['居住证在{asOf}有效', '居住证在{asOf}无效（已过期、未签注或被暂停）'],
  'permit.legal-stable-residence': ['在居住地有合法稳定住所', '需要在居住地有合法稳定住所'],
  'permit.continuous-years': ['连续居住{years}年，满{min}年', '连续居住{years}年，不满{min}年'],
  'permit.insurance-years': ['参加社会保险{years}年，满{min}年', '参加社会保险{years}年，不满{min}年'],
  'unregistered.no-hukou': [
    '目前没有户口：每个中国公民都有权登记户口',
    '已经有户口登记，不能重复登记（多重户口）',
  ],
};

export type MessageTable = Record<string, readonly [met: string, unmet: string]>;

export function message(
  code: string,
  met: boolean,
  vars: Record<string, string | number> = {},
  table: MessageTable = MESSAGES,
): string {
  const pair = table[code];
  if (!pair) throw new Error(`no message for reason code ${code}`);
  return pair[met ? 0 : 1].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export const RELATION_ZH: Record<string, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  grandparent: '祖父母或外祖父母',
  grandchild: '孙子女或外孙子女',
  'great-grandparent': '曾祖父母',
  'great-grandchild': '曾孙子女',
  sibling: '兄弟姐妹',
  other: '其他亲属',
  'lineal-relative': '直系亲属',
};

export const KIND_ZH: Record<string, string> = {
  'central-city': '中心城市',
  'county-town': '县城',
  town: '建制镇',
  rural: '农村',
};

export const RIGHT_ZH: Record<string, string> = {
  'land-contract': '土地承包经营权',
  homestead: '宅基地使用权',
  'collective-income': '集体收益分配权',
};

export const TARGET_ZH: Record<string, string> = {
  school: '学校集体户',
  employer: '工作单位',
  'own-residence': '本人合法稳定住所',
  'pre-enrolment-hukou': '入学前户籍所在地',
  'talent-service-agency': '县区人才服务机构',
  'actual-residence': '实际居住地',
};

export const STAGE_ZH: Record<string, string> = {
  enrolment: '入学时',
  graduation: '毕业后',
  'grassroots-service': '服务基层期间',
  'grassroots-service-ended': '服务期满后',
};
