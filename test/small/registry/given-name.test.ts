// Search by the given name alone and by the end of an ID number (issue 17): what a query means, the given name of a
// name, and the database function's surname list (migration 1250) kept equal to the domain's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyQuery,
  COMPOUND_SURNAMES,
  givenName,
  matchesName,
} from '../../../src/domain/search/index.ts';

describe('given names and ID number ends', () => {
  it('reads the given name after a one- or two-character surname', () => {
    expect(givenName('张伟')).toBe('伟');
    expect(givenName('欧阳娜娜')).toBe('娜娜');
    expect(givenName('欧阳')).toBe('阳'); // two characters: a surname and a given name
    expect(givenName('司马相如')).toBe('相如');
  });

  it('finds 张伟 by 伟 and by 张, not by 小', () => {
    expect(matchesName('张伟', classifyQuery('伟'))).toBe(true);
    expect(matchesName('张伟', classifyQuery('张'))).toBe(true);
    expect(matchesName('张小伟', classifyQuery('伟'))).toBe(false);
    expect(matchesName('张小伟', classifyQuery('小'))).toBe(true);
  });

  it('takes 4 or 5 characters as the end of a number, 6 or more as its start', () => {
    expect(classifyQuery('1313')).toEqual({ by: 'idSuffix', value: '1313' });
    expect(classifyQuery('0101x')).toEqual({ by: 'idSuffix', value: '0101X' });
    expect(classifyQuery('530602')).toEqual({ by: 'idNumber', value: '530602' });
    expect(classifyQuery('123')).toEqual({ by: 'name', value: '123' });
  });

  it('the database function lists the same compound surnames', () => {
    const sql = readFileSync(
      new URL('../../../src/db/migrations/1250_registry_search.sql', import.meta.url),
      'utf8',
    );
    const listed = [...sql.slice(sql.indexOf('in ('), sql.indexOf(') then')).matchAll(/'([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(listed).toEqual([...COMPOUND_SURNAMES]);
  });
});
