// Start Hukou: open the database, apply migrations, seed demo data when in demo mode, listen.
// Used by `hukou serve` (and so `npm start`) and by the e2e tests.
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import { buildApp, type BuildOptions } from './api/app.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './app/users/demo-users.ts';
import type { AppDeps, PolicyOnly } from './app/context.ts';
import { seedDemoRegistry } from './app/registry/demo-registry.ts';
import { seedDemoResidence } from './app/residence/demo-residence.ts';
import { loadDemoCity, registerIsEmpty } from './jobs/demo-city.ts';
import { startQualityWatch } from './jobs/schedulers/quality-watch.ts';
import { startExpirySweep } from './jobs/schedulers/expiry-sweep.ts';
import { startPermitSweep } from './jobs/schedulers/permit-sweep.ts';
import { startStatsRefresh } from './jobs/schedulers/stats-refresh.ts';
import { restoreDeferredIndexes } from './jobs/import/deferred-indexes.ts';
import { checkAppConnection, enterAppRole } from './db/app-role.ts';
import { loadPolicy } from './policy-data/load.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  deps: AppDeps;
  url: string;
  close(): Promise<void>;
}

export async function openForConfig(config: Config): Promise<Database> {
  return openDatabase({
    url: config.databaseUrl,
    ownerUrl: config.migrationDatabaseUrl,
    dataDir: config.dataDir,
  });
}

/** The dependencies every use case receives; the policy parameters are read here, once per process. */
export function buildDeps(database: Database, config: Config): AppDeps {
  return { database, config, now: () => new Date(), ...policyDeps() };
}

/** The policy alone, for the commands that decide without a database (eligibility, policy, simulate). */
export function policyDeps(): PolicyOnly {
  return { policy: loadPolicy() };
}

/**
 * Migrate and restore deferred indexes (both as the owner), then work as the application's role: refused in
 * production when the PostgreSQL connection is a superuser or the owner (issue 13).
 */
export async function prepareDatabase(
  database: Database,
  config: Config,
  warn: (m: string) => void,
): Promise<void> {
  await migrate(database);
  await restoreDeferredIndexes(database);
  await enterAppRole(database);
  await checkAppConnection(database, config.production, warn);
}

export async function startServer(config: Config, options: BuildOptions = {}): Promise<RunningServer> {
  const database = await openForConfig(config);
  try {
    const deps = buildDeps(database, config);
    await prepareDatabase(database, config, (m) => process.emitWarning(m));
    if (config.demo) await seedDemoUsers(deps);
    // An empty persistent register in demo mode gets a generated city (issue 6), loaded after listening so / and
    // /api/health answer at once; the demo household is seeded after it (it would make the register non-empty).
    const demoCity = config.demoCityPersons > 0 && (await registerIsEmpty(database));
    if (config.demo && !demoCity) await seedDemoRegistry(deps).then(() => seedDemoResidence(deps));
    const app = await buildApp(deps, options);
    const address = await app.listen({ port: config.port, host: config.host });
    if (demoCity) {
      const log = { info: (m: string) => app.log.info(m), error: (m: string) => app.log.error(m) };
      void loadDemoCity(database, config.demoCityPersons, log)
        .then(() => seedDemoRegistry(deps))
        .then(() => seedDemoResidence(deps))
        .catch((e: unknown) => log.error(String(e)));
    }
    const taskLog = { info: (m: string) => app.log.info(m), error: (m: string) => app.log.error(m) };
    const watch = startQualityWatch(deps, taskLog);
    const sweep = startExpirySweep(deps, taskLog);
    const permitSweep = startPermitSweep(deps, taskLog);
    const statsRefresh = startStatsRefresh(deps, taskLog);
    deps.onRegistryChange = watch.nudge;
    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= (async () => {
        await Promise.all([watch.stop(), sweep.stop(), permitSweep.stop(), statsRefresh.stop()]);
        await app.close();
        await database.close();
      })());
    return { app, database, deps, url: address.replace('0.0.0.0', '127.0.0.1'), close };
  } catch (e) {
    await database.close();
    throw e;
  }
}

export function demoBanner(): string {
  const rows = DEMO_USERS.map(
    (u) => `  ${u.username.padEnd(11)} ${u.role.padEnd(19)} ${u.jurisdiction.padEnd(10)} ${u.displayName}`,
  );
  return [`演示用户 / demo users (password: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
