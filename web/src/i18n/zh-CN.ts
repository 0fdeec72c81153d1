// The source message catalog. zh-TW.ts is generated from it (npm run i18n:zh-tw); en.ts is written by hand
// and must have exactly these keys (the Messages type enforces it). Placeholders look like {name}.
// The public pages' texts live in public/*.zh-CN.ts and are spread in here.
import { explainerZhCN } from './public/explainer.zh-CN.ts';
import { reasonsZhCN } from './public/reasons.zh-CN.ts';
import { selfCheckZhCN } from './public/selfCheck.zh-CN.ts';
import { registryZhCN } from './registry/registry.zh-CN.ts';
import { applicationsZhCN } from './applications/applications.zh-CN.ts';
import { applicationsCaseZhCN } from './applications/case.zh-CN.ts';
import { qualityZhCN } from './quality/quality.zh-CN.ts';
import { supervisionZhCN } from './supervision/supervision.zh-CN.ts';
import { sharingZhCN } from './sharing/sharing.zh-CN.ts';
import { permitsZhCN } from './permits/permits.zh-CN.ts';
import { statisticsZhCN } from './statistics/statistics.zh-CN.ts';
import { adminZhCN } from './admin/admin.zh-CN.ts';
import { formsZhCN } from './forms/forms.zh-CN.ts';

export const zhCN = {
  'app.title': '昭通市户籍管理平台',
  'app.subtitle': '户籍制度改革业务系统',
  'app.skipToContent': '跳到主要内容',
  'app.loading': '正在加载…',
  'app.sessionCheckFailed': '无法连接服务器，暂时无法确认登录状态。',
  'app.retry': '重试',
  'app.pageLoadFailed': '页面加载失败，请刷新后重试。',

  'lang.label': '界面语言',

  'form.tooLong': '不能超过 {max} 个字符',
  'form.invalid': '格式不正确',

  'login.title': '工作人员登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.error.wrongCredentials': '用户名或密码错误，请重新输入。',
  'login.error.tooManyAttempts': '密码错误次数过多，账号已暂时锁定，请稍后再试。',
  'login.error.tooManyAttemptsWait': '密码错误次数过多，账号已暂时锁定，请在 {minutes} 分钟后再试。',
  'login.error.unreachable': '无法连接服务器，请检查网络连接后重试。',
  'login.error.invalid': '输入有误：{detail}',
  'login.error.other': '登录失败：{detail}',
  'login.publicPrompt': '群众无需登录：',

  'nav.menuLabel': '业务模块',
  'nav.home': '工作台',
  'nav.openMenu': '打开菜单',

  'header.jurisdiction': '辖区：{value}',
  'header.department': '部门：{value}',
  'header.logout': '退出登录',
  'header.logoutFailed': '退出失败，请重试。',

  'division.named': '{name}（{code}）',
  'division.unknown': '区划 {code}',
  'division.none': '全市',

  'role.admin': '系统管理员',
  'role.station-clerk': '派出所户籍民警',
  'role.county-officer': '县（区）公安局民警',
  'role.city-officer': '市公安局民警',
  'role.department-officer': '部门工作人员',
  'role.supervisor': '督查人员',
  'role.admin.duties': '管理用户、角色和辖区，维护参考数据和政策参数。',
  'role.station-clerk.duties':
    '在本派出所辖区内办理出生、死亡、迁移和更正登记，受理落户申请和居住证申请，打印证明。',
  'role.county-officer.duties': '审批本县（区）的落户申请，处理历史遗留户口问题，查看本县（区）的统计数据。',
  'role.city-officer.duties': '审批全市的落户申请，管理落户政策参数，查看全市统计数据和改革进展。',
  'role.department-officer.duties':
    '报送本部门掌握的信息（如社保缴纳年限、就学、租赁登记备案），查阅本部门有权使用的人口数据。',
  'role.supervisor.duties': '督查户籍制度改革各项任务的进展，查看城镇化率、农业转移人口市民化等指标。',

  'home.greeting': '您好，{name}',
  'home.identity': '您以「{role}」身份登录，辖区：{jurisdiction}。',
  'home.identityWithDepartment': '您以「{role}」身份登录，所属部门：{department}。',
  'home.dutiesHeading': '您的职责',
  'home.modulesHeading': '您可以使用的模块',
  'home.open': '进入',
  'home.accessNote': '能查看和办理哪些数据，最终由服务器按您的角色和辖区核定，每次查阅个人信息都会留痕。',

  'module.inProgress': '本模块正在建设中，上线后即可在此办理。',
  'module.registry.title': '户籍登记',
  'module.registry.description':
    '办理出生、死亡、迁入、迁出、分户、立户、更正和注销登记。每次变更都作为不可更改的户籍事件，记录经办人、时间和法律依据；户口的当前状态由事件推算而来，历史记录永不丢失。户口类型统一登记为居民户口。',
  'module.applications.title': '落户申请',
  'module.applications.description':
    '受理落户申请，依照《昭通市人民政府关于进一步推进户籍制度改革的工作方案》自动审核并说明所依据的条款；复核通过后签发带二维码的准予迁入证明，迁入地登记与迁出地注销一次办结，并跟踪办理时限。',
  'module.permits.title': '居住证',
  'module.permits.description':
    '办理居住证的申领、签发、年度签注和暂停。持证人按居住年限逐步享有相应的基本公共服务，符合条件的可以申请转为常住户口。',
  'module.quality.title': '数据质量',
  'module.quality.description':
    '对全部户籍数据进行核查，发现应落未落、应销未销、多重户口等历史遗留问题并形成工作队列；处理结果作为户籍事件登记。',
  'module.statistics.title': '统计',
  'module.statistics.description':
    '统计户籍人口和常住人口、各县（区）和乡镇的城镇化率、人口迁移流向，以及农业转移人口市民化人数。',
  'module.supervision.title': '改革督查',
  'module.supervision.description':
    '跟踪改革方案的 20 项任务及其牵头单位和责任单位，汇总进展报告，对逾期任务发出提醒。',
  'module.import.title': '数据导入',
  'module.import.description':
    '从原户籍系统导入户、人员和部门比对数据（CSV），查看进度，下载被拒绝的行。每次导入作为一个批次登记。',
  'module.selfCheck.title': '我能落户吗？',
  'module.selfCheck.description':
    '回答几个简单问题，即可了解您能否在昭通市落户、需要哪些条件，以及所依据的政策条款；也可以凭申请编号查询办理进度。本功能无需登录。',

  'public.staffLogin': '工作人员登录',
  'notFound.title': '页面不存在',
  'notFound.back': '返回工作台',

  ...selfCheckZhCN,
  ...reasonsZhCN,
  ...explainerZhCN,
  ...registryZhCN,
  ...applicationsZhCN,
  ...applicationsCaseZhCN,
  ...qualityZhCN,
  ...supervisionZhCN,
  ...sharingZhCN,
  ...permitsZhCN,
  ...statisticsZhCN,
  ...adminZhCN,
  ...formsZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
