// Catalog of the admin import page: zh-CN is the source (messages.zh-CN.ts); zh-TW generated with opencc-js
// (cn → tw), en by hand.
import type { Language } from '../../i18n/languages.ts';
import { zhCN, type ImportMessages } from './messages.zh-CN.ts';
import { zhTW } from './messages.zh-TW.ts';

const en: ImportMessages = {
  title: 'Bulk import of the register',
  intro:
    'Upload divisions.csv, households.csv, persons.csv, deaths.csv, enlistments.csv (see the data-exchange contract), then start the import.',
  choose: 'Choose CSV files',
  uploaded: 'Uploaded',
  skipInvalid: 'Skip bad rows (good rows land; bad rows go to rejects.csv)',
  start: 'Start import',
  state: 'State',
  receiving: 'Waiting for files',
  importing: 'Importing',
  committed: 'Imported',
  failed: 'Failed (nothing was written)',
  rows: 'Rows read',
  rate: 'Rows per second',
  eta: 'Seconds left',
  counts: 'Result',
  persons: 'Persons',
  households: 'Households',
  rejected: 'Bad rows',
  flagged: 'Records flagged with legacy problems',
  rejects: 'Bad rows (file:line: column: reason)',
  download: 'Download rejects.csv',
  again: 'Import another batch',
  forbidden: 'Only administrators may import data.',
};

export function importMessages(language: Language): ImportMessages {
  return language === 'en' ? en : language === 'zh-TW' ? zhTW : zhCN;
}
