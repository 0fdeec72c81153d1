// The quality pages' texts by short key (m.title, m.open …): a view of the app catalog's `quality.*` entries
// (web/src/i18n/quality/, zh-CN source, zh-TW generated, en by hand), so these pages read the same catalogs as
// every other page and follow the chosen language.
import { messagesFor, type Language } from '../../i18n/languages.ts';
import type { qualityZhCN } from '../../i18n/quality/quality.zh-CN.ts';

type ShortKey<K> = K extends `quality.${infer S}` ? S : never;
export type QualityMessages = Record<ShortKey<keyof typeof qualityZhCN>, string>;

const PREFIX = 'quality.';
const cache = new Map<Language, QualityMessages>();

export function messages(language: Language): QualityMessages {
  let m = cache.get(language);
  if (!m) {
    const all = messagesFor(language) as Record<string, string>;
    m = Object.fromEntries(
      Object.keys(all)
        .filter((k) => k.startsWith(PREFIX))
        .map((k) => [k.slice(PREFIX.length), all[k]]),
    ) as QualityMessages;
    cache.set(language, m);
  }
  return m;
}
