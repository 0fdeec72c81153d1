// The message catalogs agree: zh-TW is the current conversion of zh-CN, every language has the same
// placeholders per message, and role names match the domain's one name per role.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderZhTw } from '../../../scripts/gen-zh-tw.ts';
import { ROLE_NAMES, ROLES } from '../../../src/domain/access/roles.ts';
import { zhCN } from '../../../web/src/i18n/zh-CN.ts';
import { en } from '../../../web/src/i18n/en.ts';
import { zhTW } from '../../../web/src/i18n/zh-TW.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('zh-TW.ts is generated from the current zh-CN.ts (run npm run i18n:zh-tw)', () => {
    const committed = readFileSync(new URL('../../../web/src/i18n/zh-TW.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderZhTw(zhCN));
  });

  it('converts to traditional characters', () => {
    expect(zhTW['module.registry.title']).toBe('戶籍登記');
  });

  it('keeps the same placeholders in every language', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      const k = key as keyof typeof zhCN;
      expect(placeholders(en[k]), key).toEqual(placeholders(text));
      expect(placeholders(zhTW[k]), key).toEqual(placeholders(text));
    }
  });

  it('names each role as the domain does', () => {
    for (const role of ROLES) {
      expect(zhCN[`role.${role}`]).toBe(ROLE_NAMES[role]['zh-CN']);
      expect(en[`role.${role}`]).toBe(ROLE_NAMES[role].en);
    }
  });
});
