// The server writes its messages in both languages, 「中文 / English」 (src/domain/validation.ts, errors.ts), so the
// CLI and logs read them either way. On screen only the reader's language shows: Chinese under zh-CN and zh-TW,
// English under the language switch.

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

/** The part of a bilingual 「中文 / English」 message in the page's language; any other text as it is. */
export function inPageLanguage(text: string, language = pageLanguage()): string {
  // The split is the last " / " (or "）/ ") with Chinese before it and English after: starting with a Latin letter or digit and
  // mostly Latin (an English side may name a place in Chinese, "the 街道 of the 彝良 county town").
  const splits = [...text.matchAll(/\s?\/\s/g)].reverse();
  for (const m of splits) {
    const zh = text.slice(0, m.index).trim();
    const en = text.slice(m.index + m[0].length).trim();
    if (!CJK.test(zh) || !isEnglish(en)) continue;
    return language === 'en' ? en : zh;
  }
  return text;
}

function isEnglish(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const cjk = text.match(new RegExp(CJK.source, 'g'))?.length ?? 0;
  return /^[A-Za-z0-9("'‘“]/.test(text) && latin > cjk;
}

/** The language the app shows (I18nProvider sets <html lang>); Chinese until it has. */
function pageLanguage(): string {
  return typeof document === 'undefined' ? 'zh-CN' : document.documentElement.lang || 'zh-CN';
}
