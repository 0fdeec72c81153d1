// A failed sign-in is named for what went wrong, not shown as a generic failure.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/api/client.ts';
import { loginErrorMessage } from '../../../web/src/pages/loginError.ts';
import type { Translate } from '../../../web/src/i18n/index.tsx';
import { zhCN } from '../../../web/src/i18n/zh-CN.ts';

const t: Translate = (key, params) =>
  zhCN[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(params?.[name]));

describe('loginErrorMessage', () => {
  it('names wrong credentials, lockout, and an unreachable server', () => {
    expect(loginErrorMessage(t, new ApiError(401, 'unauthenticated', 'x'))).toBe(
      zhCN['login.error.wrongCredentials'],
    );
    expect(loginErrorMessage(t, new ApiError(429, 'rate-limited', 'x'))).toBe(
      zhCN['login.error.tooManyAttempts'],
    );
    expect(loginErrorMessage(t, new ApiError(429, 'rate-limited', 'x', [], 90))).toContain('2 分钟');
    expect(loginErrorMessage(t, new ApiError(0, 'unreachable', 'fetch failed'))).toBe(
      zhCN['login.error.unreachable'],
    );
    expect(loginErrorMessage(t, new ApiError(503, 'http-503', ''))).toBe(zhCN['login.error.unreachable']);
  });

  it('lists the fields the server rejected', () => {
    const error = new ApiError(400, 'invalid-input', 'bad', [{ path: 'username', message: '请输入用户名' }]);
    expect(loginErrorMessage(t, error)).toBe('输入有误：username: 请输入用户名');
  });
});
