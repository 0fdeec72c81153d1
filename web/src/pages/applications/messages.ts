// Catalog of the settlement-application pages: zh-CN is the source; zh-TW converted (opencc cn→tw), en by hand.
import type { Language } from '../../i18n/languages.ts';

const zhCN = {
  queue: '落户申请待办', newApplication: '受理新申请', number: '申请编号', applicant: '申请人', state: '状态', deadline: '办理时限',
  overdue: '已超期', open: '办理', intake: '窗口受理落户申请', name: '姓名', idNumber: '公民身份号码', sex: '性别', male: '男', female: '女',
  birthDate: '出生日期', origin: '现户籍地区划代码', rural: '农村户籍', destination: '迁入地区划代码（12位）', address: '迁入地址',
  tenure: '住所性质', owned: '自有住房', rented: '租赁住房', rentalRegistered: '租赁合同已在住建部门登记备案', ownerConsent: '产权人同意',
  consent: '申请人本人自愿落户（P2）', save: '保存并提交', review: '审核', decision: '政策评估', clauses: '依据条款', reasons: '审查要点',
  checklist: '材料清单', received: '已收', missing: '缺', events: '办理记录', accept: '受理审核', supplement: '一次性告知补正',
  approve: '批准并签发准迁证', reject: '不予批准', reason: '理由', register: '办理落户登记', printPermit: '打印准予迁入证明', permit: '准予迁入证明',
  eligible: '符合条件', ineligible: '不符合条件', refer: '需报批', back: '返回待办', done: '操作成功', submit: '提交申请',
};
type Key = keyof typeof zhCN;
const zhTW: Record<Key, string> = {
  queue: '落戶申請待辦', newApplication: '受理新申請', number: '申請編號', applicant: '申請人', state: '狀態', deadline: '辦理時限',
  overdue: '已超期', open: '辦理', intake: '窗口受理落戶申請', name: '姓名', idNumber: '公民身份號碼', sex: '性別', male: '男', female: '女',
  birthDate: '出生日期', origin: '現戶籍地區劃代碼', rural: '農村戶籍', destination: '遷入地區劃代碼（12位）', address: '遷入地址',
  tenure: '住所性質', owned: '自有住房', rented: '租賃住房', rentalRegistered: '租賃合同已在住建部門登記備案', ownerConsent: '產權人同意',
  consent: '申請人本人自願落戶（P2）', save: '保存並提交', review: '審核', decision: '政策評估', clauses: '依據條款', reasons: '審查要點',
  checklist: '材料清單', received: '已收', missing: '缺', events: '辦理記錄', accept: '受理審核', supplement: '一次性告知補正',
  approve: '批准並簽發准遷證', reject: '不予批准', reason: '理由', register: '辦理落戶登記', printPermit: '列印准予遷入證明', permit: '准予遷入證明',
  eligible: '符合條件', ineligible: '不符合條件', refer: '需報批', back: '返回待辦', done: '操作成功', submit: '提交申請',
};
const en: Record<Key, string> = {
  queue: 'Settlement applications', newApplication: 'New application', number: 'Number', applicant: 'Applicant', state: 'State', deadline: 'Deadline',
  overdue: 'Overdue', open: 'Open', intake: 'Take a settlement application', name: 'Name', idNumber: 'Citizen ID number', sex: 'Sex', male: 'Male', female: 'Female',
  birthDate: 'Birth date', origin: 'Current hukou division code', rural: 'Rural hukou', destination: 'Destination division code (12 digits)', address: 'Destination address',
  tenure: 'Residence', owned: 'Owned', rented: 'Rented', rentalRegistered: 'Lease registered with the housing authority', ownerConsent: "Owner's consent",
  consent: "The applicant's own will (P2)", save: 'Save and submit', review: 'Review', decision: 'Policy evaluation', clauses: 'Clauses', reasons: 'Checks',
  checklist: 'Materials', received: 'received', missing: 'missing', events: 'History', accept: 'Take up', supplement: 'Request all missing materials',
  approve: 'Approve and issue permit', reject: 'Reject', reason: 'Reason', register: 'Register the move-in', printPermit: 'Print the permit', permit: 'Permit to move in',
  eligible: 'Eligible', ineligible: 'Not eligible', refer: 'Referred', back: 'Back to queue', done: 'Done', submit: 'Submit',
};
const CATALOGS: Record<string, Record<Key, string>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function messages(language: Language): Record<Key, string> {
  return CATALOGS[language] ?? zhCN;
}
