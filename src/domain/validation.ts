// zod → DomainError, the one way for the whole project (use cases, the policy engine, registry commands, CLI):
// one issue per bad field, named by its dotted path; an unknown field of a strict object is named by its own path
// (a typo must be visible, not folded into its parent's issue). zod's own messages are given in Chinese with
// English, like every other message; a schema's own message (`z.string().min(1, '请输入用户名')`) wins.
import { z } from 'zod';
import { DomainError, formatPath, type ErrorIssue } from './errors.ts';

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type IssueInput = Parameters<typeof zhCN>[0];

function text(message: ReturnType<typeof zhCN>): string | undefined {
  return typeof message === 'string' ? message : message?.message;
}

/** zod's default messages in both languages: 「中文 / English」. */
export function bilingualError(issue: IssueInput): string | undefined {
  const zh = text(zhCN(issue));
  const eng = text(en(issue));
  return zh && eng ? `${zh} / ${eng}` : (zh ?? eng);
}

export const UNKNOWN_FIELD = '未知字段 / unknown field';

export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: formatPath([...issue.path, key]), message: UNKNOWN_FIELD });
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/** Parse, or the issues of a failed parse: for inputs checked in parts whose issues are gathered first. */
export function parseIssues<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; issues: ErrorIssue[] } {
  const result = schema.safeParse(input, { error: bilingualError });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, issues: issuesFromZod(result.error) };
}

/** Fields named in the error's message; the issues name them all. */
const NAMED_IN_MESSAGE = 5;

/** Parse with a zod schema or throw DomainError invalid-input naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseIssues(schema, input);
  if (result.ok) return result.data;
  const issues = result.issues;
  const paths = [...new Set(issues.map((i) => i.path || '(整体 / whole)'))];
  const named = paths.slice(0, NAMED_IN_MESSAGE).join('、') + (paths.length > NAMED_IN_MESSAGE ? ' …' : '');
  throw DomainError.invalid(issues, `输入有误：${named} / invalid input`);
}
