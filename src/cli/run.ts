// How every CLI command ends: JSON on stdout for results, messages on stderr, and an exit code from the
// error's code (invalid input → 2). Nothing but the result is printed on stdout.
import { DomainError, ERROR_CODES, isDomainError } from '../domain/errors.ts';
import { loadConfig, type Config } from '../config.ts';
import { buildDeps, openForConfig, prepareDatabase } from '../server.ts';
import type { AppDeps, RequestContext } from '../app/context.ts';

export function printJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function reportError(e: unknown): number {
  if (isDomainError(e)) {
    process.stderr.write(`错误 / error (${e.code}): ${e.message}\n`);
    for (const i of e.issues) process.stderr.write(`  ${i.path || '(input)'}: ${i.message}\n`);
    return ERROR_CODES[e.code].exit;
  }
  process.stderr.write(`错误 / error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 1;
}

/** Run a command body; map its failure to an exit code. */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (e) {
    process.exitCode = reportError(e);
  }
}

/** The operator of the CLI acts as a local administrator; audit rows say so. */
export const CLI_CONTEXT: RequestContext = {
  principal: { kind: 'operator', session: String(process.pid) },
  requestId: `cli-${process.pid}`,
  ip: 'cli',
};

/** Open the configured database (migrated), run the body, always close. */
export async function withDeps<T>(
  body: (deps: AppDeps, config: Config) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const database = await openForConfig(config);
  try {
    if (options.migrate !== false)
      await prepareDatabase(database, config, (m) => process.stderr.write(`警告 / warning: ${m}\n`));
    return await body(buildDeps(database, config), config);
  } finally {
    await database.close();
  }
}

export function invalidArgument(path: string, message: string): DomainError {
  return DomainError.invalid([{ path, message }]);
}
