// Use case: name the software, the Node it runs on and the latest migration it carries (`hukou version`, which
// needs no database).
import { readFileSync } from 'node:fs';
import { latestMigrationId } from '../../db/migrate.ts';

export function showVersion() {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return { hukou: pkg.version, node: process.version, migration: latestMigrationId() };
}
