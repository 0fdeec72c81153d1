// Texts of the shared form components (web/src/components): identity fields with their field-by-field problems
// (the codes of src/domain/identity/fields.ts), the division picker, and the lists' paging.
import type { IdentityProblem } from '../../../../src/domain/identity/fields.ts';

const problems: Record<`identity.problem.${IdentityProblem}`, string> = {
  'identity.problem.id-wrong-length': '公民身份号码应为18位',
  'identity.problem.id-bad-characters': '公民身份号码只能是17位数字加最后一位数字或X',
  'identity.problem.id-impossible-date': '公民身份号码中的出生日期不存在',
  'identity.problem.id-invalid-check-digit': '公民身份号码校验码错误，请逐位核对',
  'identity.problem.id-legacy': '须为18位号码，15位旧号码请先升位',
  'identity.problem.id-birth-in-future': '公民身份号码中的出生日期晚于今天',
  'identity.problem.birth-not-a-date': '出生日期不是有效日期',
  'identity.problem.birth-in-future': '出生日期不能晚于今天',
  'identity.problem.sex-disagrees': '性别与公民身份号码第17位不一致',
  'identity.problem.birth-disagrees': '出生日期与公民身份号码中的出生日期不一致',
};

export const formsZhCN = {
  ...problems,
  'identity.idNumber': '公民身份号码',
  'identity.name': '姓名',
  'identity.sex': '性别',
  'identity.male': '男',
  'identity.female': '女',
  'identity.birthDate': '出生日期',
  'identity.ethnicity': '民族',
  'identity.required.idNumber': '请填写公民身份号码',
  'identity.required.name': '请填写姓名',
  'identity.required.sex': '请选择性别',
  'identity.required.birthDate': '请填写出生日期',
  'identity.required.ethnicity': '请选择民族',
  'identity.tooLong': '不能超过 {max} 个字符',
  'identity.checking': '正在查询户籍库…',
  'identity.found': '户籍库中有此人：{name}，已带出姓名、性别、出生日期、户口所在地和户',
  'identity.foundHousehold': '户号 {householdNo}，住址 {address}',
  'identity.notFound': '户籍库中（本辖区内）没有这个号码，请按证件填写',
  'division.origin': '现户籍地',
  'division.originHelp':
    '昭通市内请逐级选到村（居）委会，可一站式办理迁出；户口在市外的，勾选“户口在昭通市以外”并填写6位县级代码',
  'division.destination': '迁入地（村、社区）',
  'division.placeholder': '依次选择县（市、区）、乡镇（街道）、村（社区）',
  'division.city': '昭通市',
  'division.required': '请选择区划',
  'division.needUnit': '请选择到村（居）委会',
  'division.outside': '户口在昭通市以外',
  'division.outsideCode': '县级区划代码（6位）',
  'division.outsideInvalid': '应为6位县级区划代码',
  'division.loadFailed': '村（社区）列表加载失败',
  'list.totalCapped': '超过 {total} 条',
  'list.capped': '符合条件的超过 {total} 人，只能翻看前 {total} 人：请输入更完整的姓名或号码。',
  'list.total': '共 {total} 条',
};
