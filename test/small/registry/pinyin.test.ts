import { describe, expect, it } from 'vitest';
import { classifyQuery, matchesName, nameKeys } from '../../../src/domain/search/index.ts';

describe('pinyin search keys', () => {
  it('finds 张三 by full pinyin and by initials', () => {
    expect(nameKeys('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(matchesName('张三', classifyQuery('zhangsan'))).toBe(true);
    expect(matchesName('张三', classifyQuery('zs'))).toBe(true);
    expect(matchesName('张三', classifyQuery('Zhang San'))).toBe(true);
    expect(matchesName('张三', classifyQuery('ls'))).toBe(false);
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(nameKeys('曾小贤').full).toBe('zengxiaoxian');
    expect(nameKeys('吕布').full).toBe('lvbu');
  });

  it('tells an ID number, a Chinese name and pinyin apart', () => {
    expect(classifyQuery('53060219800101001x')).toEqual({ by: 'idNumber', value: '53060219800101001X' });
    expect(classifyQuery(' 张三 ')).toEqual({ by: 'name', value: '张三' });
    expect(classifyQuery('zs')).toEqual({ by: 'pinyin', value: 'zs' });
  });
});
