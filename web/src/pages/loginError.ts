// Turns a failed sign-in into a sentence that names the problem, in the chosen language.
import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/index.tsx';

export function loginErrorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('login.error.other', { detail: String(error) });
  if (error.unreachable) return t('login.error.unreachable');
  if (error.status === 401) return t('login.error.wrongCredentials');
  if (error.status === 429) {
    return error.retryAfter
      ? t('login.error.tooManyAttemptsWait', { minutes: Math.ceil(error.retryAfter / 60) })
      : t('login.error.tooManyAttempts');
  }
  if (error.status === 400 && error.issues.length > 0) {
    return t('login.error.invalid', {
      detail: error.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
    });
  }
  return t('login.error.other', { detail: error.message || error.code });
}
