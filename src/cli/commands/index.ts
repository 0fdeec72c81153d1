// Every command group of the `hukou` CLI. Each module exports register(program); add one line per module.
import type { Command } from 'commander';
import * as serve from './serve.ts';
import * as migrate from './migrate.ts';
import * as users from './users.ts';
import * as version from './version.ts';
import * as id from './id.ts';
import * as registry from './registry.ts';
import * as generate from './generate.ts';
import * as quality from './quality.ts';
import * as importCommand from './import.ts';
import * as exportCommand from './export.ts';
import * as eligibility from './eligibility.ts';
import * as policy from './policy.ts';
import * as simulate from './simulate.ts';
import * as entitlements from './entitlements.ts';
import * as applications from './applications.ts';
import * as tokens from './tokens.ts';
import * as audit from './audit.ts';
import * as permits from './permits.ts';
import * as supervision from './supervision.ts';
import * as stats from './stats.ts';

export const commandModules: Array<{ register(program: Command): void }> = [
  serve,
  migrate,
  users,
  version,
  id,
  registry,
  eligibility,
  policy,
  simulate,
  entitlements,
  generate,
  importCommand,
  exportCommand,
  quality,
  applications,
  tokens,
  audit,
  permits,
  supervision,
  stats,
];
