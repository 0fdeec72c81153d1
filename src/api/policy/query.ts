// Query-string helpers shared by the policy resources (validated by hand: the routes skip Fastify validation).
import { DomainError } from '../../domain/errors.ts';
import { isIsoDate } from '../../domain/policy/dates.ts';

const TRUE = new Set(['1', 'true', 'yes']);
const FALSE = new Set(['0', 'false', 'no', '']);

export function parseFlags(query: unknown): { explain: boolean; reform: string | undefined } {
  const q = (query ?? {}) as Record<string, unknown>;
  const issues = [];
  for (const key of Object.keys(q)) {
    if (key !== 'explain' && key !== 'reform')
      issues.push({ path: `query.${key}`, message: '未知参数 / unknown parameter' });
  }
  const e = q.explain === undefined ? '' : String(q.explain);
  if (!TRUE.has(e) && !FALSE.has(e))
    issues.push({ path: 'query.explain', message: '应为 1 或 0 / expected 1 or 0' });
  if (issues.length) throw DomainError.invalid(issues);
  return { explain: TRUE.has(e), reform: q.reform === undefined ? undefined : String(q.reform) };
}

export function parseDate(value: unknown, path: string, fallback?: string): string {
  if (value === undefined && fallback !== undefined) return fallback;
  const s = String(value ?? '');
  if (!isIsoDate(s)) {
    throw DomainError.invalid([{ path, message: '不是有效日期 / not a date (YYYY-MM-DD)' }]);
  }
  return s;
}
