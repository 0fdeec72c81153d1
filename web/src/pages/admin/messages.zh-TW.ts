// GENERATED from messages.zh-CN.ts with opencc-js (cn → tw). Do not edit by hand.
import type { ImportMessages } from './messages.zh-CN.ts';

export const zhTW: ImportMessages = {
  title: '批量導入戶籍數據',
  intro:
    '上傳 divisions.csv、households.csv、persons.csv、deaths.csv、enlistments.csv（格式見數據交換規範），然後開始導入。',
  choose: '選擇 CSV 文件',
  uploaded: '已上傳',
  skipInvalid: '跳過錯誤行（正確的行照常導入，錯誤行寫入 rejects.csv）',
  start: '開始導入',
  state: '狀態',
  receiving: '等待上傳',
  importing: '正在導入',
  committed: '導入完成',
  failed: '導入失敗（未寫入任何數據）',
  rows: '已讀行數',
  rate: '速度（行/秒）',
  eta: '預計剩餘（秒）',
  counts: '導入結果',
  persons: '人員',
  households: '戶',
  rejected: '錯誤行',
  flagged: '帶遺留問題標記的記錄',
  rejects: '錯誤行（文件:行號: 列: 原因）',
  download: '下載 rejects.csv',
  again: '再導入一批',
  forbidden: '只有管理員可以導入數據。',
};
