// The hukou CLI as a child process, as an operator runs it: output collected, exit code awaited.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export function cli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--no-warnings', '--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, HUKOU_PROGRESS_INTERVAL_MS: '50', LOG_LEVEL: 'silent', ...env },
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done, stderr: () => stderr, stdout: () => stdout };
}
