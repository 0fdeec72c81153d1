// Configuration from the environment, validated once at start. Every variable is documented in README.md.
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true'));

/** A comma-separated list, each entry checked by `item`; unset or empty = none. */
function list(item: z.ZodType<string, string>) {
  return z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HUKOU_MIGRATION_DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HUKOU_DATA_DIR: z.string().min(1).default('./data'),
  HUKOU_DEMO: flag,
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUKOU_SESSION_HOURS: z.coerce.number().positive().default(12),
  HUKOU_WEB_DIR: z.string().optional(),
  HUKOU_DEMO_CITY: z.coerce.number().int().min(0).max(10_000_000).optional(),
  HUKOU_ALLOWED_ORIGINS: list(z.url({ protocol: /^https?$/ })),
  HUKOU_TRUSTED_PROXIES: list(
    z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(['loopback', 'linklocal', 'uniquelocal'])]),
  ),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The owner's connection (migrations, the import's owner steps); the application's role owns nothing. */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  production: boolean;
  logLevel: string;
  sessionHours: number;
  webDir: string | undefined;
  /** Demo mode on an empty persistent register: load a generated city of this many persons (0 = none). */
  demoCityPersons: number;
  /** Origins (besides the server's own host) whose pages may send state-changing requests with a session. */
  allowedOrigins: string[];
  /** Addresses/CIDRs of reverse proxies whose X-Forwarded-* headers are believed; empty = none. */
  trustedProxies: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // Demo mode is the default on the embedded database only, so a newcomer sees a working system,
  // and it is never allowed in production: demo users have a published password.
  const demo = e.HUKOU_DEMO ?? (e.DATABASE_URL === undefined && !production);
  if (demo && production) {
    throw new Error(
      'demo mode (HUKOU_DEMO=1) is refused with NODE_ENV=production: demo users have a public password',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.HUKOU_MIGRATION_DATABASE_URL,
    dataDir: e.HUKOU_DATA_DIR,
    demo,
    production,
    logLevel: e.LOG_LEVEL,
    sessionHours: e.HUKOU_SESSION_HOURS,
    webDir: e.HUKOU_WEB_DIR,
    // The demo city (issue 6) fills an empty embedded register on disk so a newcomer sees a living city; an
    // in-memory database (tests) or a server (DATABASE_URL) gets none unless asked for.
    allowedOrigins: e.HUKOU_ALLOWED_ORIGINS,
    trustedProxies: e.HUKOU_TRUSTED_PROXIES,
    demoCityPersons: demo
      ? (e.HUKOU_DEMO_CITY ??
        (e.DATABASE_URL === undefined && !e.HUKOU_DATA_DIR.startsWith('memory://') ? 100_000 : 0))
      : 0,
  };
}
