// Source catalog of the admin import page (zh-CN); zh-TW is generated from it with opencc-js, en is by hand.
export const zhCN = {
  title: '批量导入户籍数据',
  intro:
    '上传 divisions.csv、households.csv、persons.csv、deaths.csv、enlistments.csv（格式见数据交换规范），然后开始导入。',
  choose: '选择 CSV 文件',
  uploaded: '已上传',
  skipInvalid: '跳过错误行（正确的行照常导入，错误行写入 rejects.csv）',
  start: '开始导入',
  state: '状态',
  receiving: '等待上传',
  importing: '正在导入',
  committed: '导入完成',
  failed: '导入失败（未写入任何数据）',
  rows: '已读行数',
  rate: '速度（行/秒）',
  eta: '预计剩余（秒）',
  counts: '导入结果',
  persons: '人员',
  households: '户',
  rejected: '错误行',
  flagged: '带遗留问题标记的记录',
  rejects: '错误行（文件:行号: 列: 原因）',
  download: '下载 rejects.csv',
  again: '再导入一批',
  forbidden: '只有管理员可以导入数据。',
};
export type ImportMessages = Record<keyof typeof zhCN, string>;
