// The server's bilingual messages show in the page's language only (web/src/api/messageLanguage.ts).
import { describe, expect, it } from 'vitest';
import { inPageLanguage } from '../../../web/src/api/messageLanguage.ts';

describe('inPageLanguage', () => {
  it('keeps the Chinese side under zh-CN and zh-TW, the English side under en', () => {
    const text = '输入有误：username、password / invalid input';
    expect(inPageLanguage(text, 'zh-CN')).toBe('输入有误：username、password');
    expect(inPageLanguage(text, 'zh-TW')).toBe('输入有误：username、password');
    expect(inPageLanguage(text, 'en')).toBe('invalid input');
  });

  it('splits where the English begins, even when the Chinese holds a slash or the English a Chinese name', () => {
    expect(inPageLanguage('彝良县城的街道 / the 街道 of the 彝良 county town', 'zh-CN')).toBe(
      '彝良县城的街道',
    );
    expect(inPageLanguage('甲 / 乙 / not a split', 'zh-CN')).toBe('甲 / 乙');
    expect(inPageLanguage('期限（日）/ days from acceptance', 'zh-CN')).toBe('期限（日）');
    expect(inPageLanguage('…卫生健康委员会 / the health commission is a responsible unit', 'en')).toBe(
      'the health commission is a responsible unit',
    );
  });

  it('leaves text that is not bilingual as it is', () => {
    for (const text of ['只有中文', 'English only', 'A / B', '中文 / 中文'])
      expect(inPageLanguage(text, 'zh-CN')).toBe(text);
  });
});
