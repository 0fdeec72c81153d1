// The languages the app speaks. Each is named in its own language (an autonym), so these names are the same
// in every catalog and are not translated.
import type { Messages } from './zh-CN.ts';
import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';
import { en } from './en.ts';

export const LANGUAGES = [
  { code: 'zh-CN', autonym: '简体中文', messages: zhCN as Messages },
  { code: 'zh-TW', autonym: '繁體中文', messages: zhTW },
  { code: 'en', autonym: 'English', messages: en },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

export function messagesFor(language: Language): Messages {
  return LANGUAGES.find((l) => l.code === language)!.messages;
}
