// Why a measure could not be shown, in the reader's language: no permission, the server out of reach, a refused
// query (the server's message names the field, in Chinese first), a measure not offered, or any other failure.
import { ApiError } from '../../api/client.ts';
import type { Translate } from '../../i18n/index.tsx';

export function errorText(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('statistics.error.other', { detail: String(error) });
  if (error.unreachable) return t('statistics.error.unreachable');
  if (error.status === 401 || error.status === 403) return t('statistics.error.forbidden');
  if (error.status === 404) return t('statistics.error.notFound');
  if (error.status === 400) {
    const detail = error.issues.map((i) => i.message).join('；') || error.message;
    return t('statistics.error.invalid', { detail });
  }
  return t('statistics.error.other', { detail: error.message || error.code });
}
