// Parse a command input with its schema; zod's issues become one DomainError('invalid-input') whose issues name
// every offending field path, with messages in Chinese.
import { z } from 'zod';
import { DomainError, formatPath } from '../errors.ts';
import { COMMAND_SCHEMAS, type CommandName, type RegistryCommand } from './commands.ts';

const zhCN = z.locales.zhCN().localeError;

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: zhCN });
  if (result.success) return result.data;
  throw DomainError.invalid(
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    `输入有误：${result.error.issues.map((i) => formatPath(i.path) || '(整体)').join('、')}`,
  );
}

export function parseCommand<N extends CommandName>(name: N, input: unknown): RegistryCommand & { name: N } {
  return { name, input: parseWith(COMMAND_SCHEMAS[name], input) } as RegistryCommand & { name: N };
}
