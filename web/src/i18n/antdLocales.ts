// antd's own texts (pagination, date pickers, empty states) per app language.
// antd ships ESM under es/ but its package.json has no "type": "module", so TypeScript's NodeNext resolution
// types these imports as CommonJS modules while Vite hands over the ES module. A namespace import plus this
// unwrap reads the Locale object under either view.
import type { Locale } from 'antd/es/locale/index.js';
import * as zhCN from 'antd/es/locale/zh_CN.js';
import * as zhTW from 'antd/es/locale/zh_TW.js';
import * as enUS from 'antd/es/locale/en_US.js';
import type { Language } from './languages.ts';

function unwrap(module: unknown): Locale {
  let value = module as { default?: unknown; locale?: unknown };
  while (value.locale === undefined && value.default) value = value.default as typeof value;
  return value as Locale;
}

export const ANTD_LOCALES: Record<Language, Locale> = {
  'zh-CN': unwrap(zhCN),
  'zh-TW': unwrap(zhTW),
  en: unwrap(enUS),
};
