import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../../../src/domain/auth/password-rules.ts';
import { isZhaotongJurisdiction } from '../../../src/domain/users/schema.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../src/app/users/demo-users.ts';

describe('password rules', () => {
  it.each([
    ['        ', 'clerk'],
    ['          ', 'clerk'],
    ['12345678', 'clerk'],
    ['123456789', 'clerk'],
    ['1234567890', 'clerk'],
    ['a123456789', 'clerk'],
    ['qq12345678', 'clerk'],
    ['woaini1314', 'clerk'],
    ['52013145201314', 'clerk'],
    ['Password123!', 'clerk'],
    ['zhangwei01', 'zhangwei01'],
    ['zhangwei01!', 'zhangwei01'],
    ['aaaaaaaaaaaa', 'clerk'],
    ['short-1', 'clerk'],
  ])('refuses %j for user %s', (password, username) => {
    expect(passwordProblems(password, username).length).toBeGreaterThan(0);
    expect(passwordProblems(password, username)[0]!.path).toBe('password');
  });

  it('accepts the demo password for every demo user, and ordinary long passwords', () => {
    for (const u of DEMO_USERS) expect(passwordProblems(DEMO_PASSWORD, u.username)).toEqual([]);
    expect(passwordProblems('long-enough-1', 'clerk2')).toEqual([]);
    expect(passwordProblems('昭通市户籍改革2017', 'city')).toEqual([]);
  });
});

describe('jurisdictions on the 昭通 tree', () => {
  it('accepts the city, its counties and towns; refuses codes elsewhere', () => {
    expect(['5306', '530602', '530602001', '530681'].every(isZhaotongJurisdiction)).toBe(true);
    expect(
      ['1101', '110101', '5301', '530699', '530602999', '12', '5306020010'].some(isZhaotongJurisdiction),
    ).toBe(false);
  });
});
