// Test dependencies with a controllable clock, and request contexts for any role (factories with overrides).
import type { AppDeps, RequestContext } from '../../src/app/context.ts';
import type { Config } from '../../src/config.ts';
import type { Database } from '../../src/db/connection.ts';
import type { Actor } from '../../src/domain/access/roles.ts';
import { staff } from '../../src/domain/access/principal.ts';
import { loadPolicy } from '../../src/policy-data/load.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    migrationDatabaseUrl: undefined,
    dataDir: 'memory://',
    demo: true,
    production: false,
    logLevel: 'silent',
    sessionHours: 12,
    webDir: undefined,
    demoCityPersons: 0,
    allowedOrigins: [],
    trustedProxies: [],
    ...overrides,
  };
}

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  set(d: Date | string): void;
}

export function testClock(start: Date | string = '2017-06-01T08:00:00Z'): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (d) => {
      t = new Date(d).getTime();
    },
  };
}

let policy: AppDeps['policy'] | undefined;

/** The shipped policy, read once per test file (the server reads it once at start; tests share it the same way). */
export function testPolicy(): AppDeps['policy'] {
  return (policy ??= loadPolicy());
}

export function testDeps(database: Database, overrides: Partial<AppDeps> = {}): AppDeps {
  return { database, config: testConfig(), now: () => new Date(), policy: testPolicy(), ...overrides };
}

export function makeActor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: 1,
    username: 'clerk',
    role: 'station-clerk',
    jurisdiction: '530602001',
    department: null,
    ...overrides,
  };
}

export function makeContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return { principal: staff(makeActor()), requestId: 'test', ip: '127.0.0.1', ...overrides };
}

/** A staff member's context: the actor with these overrides (makeActor). */
export function staffContext(overrides: Partial<Actor> = {}, requestId = 'test'): RequestContext {
  return makeContext({ principal: staff(makeActor(overrides)), requestId });
}

/** The CLI operator's context: city-wide, named cli:<session> in the audit. */
export function operatorContext(requestId = 'cli'): RequestContext {
  return makeContext({ principal: { kind: 'operator', session: 'test' }, requestId, ip: 'cli' });
}
