// Shared parts of the import benchmarks: a generated city on disk (reused when already there), running the real CLI
// as a child process under /usr/bin/time -v (wall time and peak memory), and fresh PostgreSQL databases.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export const ROOT = join(import.meta.dirname, '..');

export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

export interface Timed {
  seconds: number;
  peakMiB: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Run a command under /usr/bin/time -v, in cwd (default: this checkout). */
export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Timed {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return {
    seconds,
    peakMiB: kb ? Math.round(Number(kb) / 1024) : NaN,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
  };
}

/** The hukou CLI of this checkout, or of another one (root) for a same-run baseline. */
export function hukou(args: string[], env: NodeJS.ProcessEnv = {}, root = ROOT): Timed {
  return timed(
    process.execPath,
    ['--no-warnings', '--import', 'tsx', 'src/cli/main.ts', ...args],
    { LOG_LEVEL: 'warn', ...env },
    root,
  );
}

/** The generated city for `persons` (seed 2017) in dir, generated unless it is already there. */
export function ensureCity(persons: number, dir: string): void {
  if (existsSync(join(dir, 'persons.csv'))) return;
  const r = hukou(['generate', '--persons', String(persons), '--seed', '2017', '--out', dir]);
  if (r.status !== 0) throw new Error(`generate failed:\n${r.stderr}`);
}

export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return databaseUrl(adminUrl, name);
}

/** The URL of database `name` on the server of adminUrl. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The 1-, 5- and 15-minute load averages. */
export function loadAverage(): string {
  return spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' })
    .stdout.trim()
    .split(' ')
    .slice(0, 3)
    .join(' ');
}

export function machine(): string {
  return `node ${process.version}, load average ${loadAverage()}, ${new Date().toISOString()}`;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
