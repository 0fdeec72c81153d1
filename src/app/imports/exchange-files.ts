// Use cases over the data-exchange files (spec/data-exchange.md) for the operator: import a directory into the
// register, export the register to a directory, generate a synthetic city's files. The engines are in src/jobs;
// a command calls these, so the CLI, like the API, reaches the engines only through src/app.
import { exportDirectory } from '../../jobs/export/run.ts';
import { generateCity } from '../../jobs/generate/run.ts';
import { importDirectory, type ImportOptions } from '../../jobs/import/run.ts';
import type { AppDeps } from '../context.ts';

export function importRegister(deps: AppDeps, options: ImportOptions) {
  // The batch's baseline is read on the application's clock (a test clock in tests), like every event's moment.
  return importDirectory(deps.database, { ...options, baseline: options.baseline ?? deps.now() });
}

export function exportRegister(deps: AppDeps, options: Parameters<typeof exportDirectory>[1]) {
  return exportDirectory(deps.database, options);
}

/** Files only: a generated city touches no database until it is imported. */
export function generateCityFiles(options: Parameters<typeof generateCity>[0]) {
  return generateCity(options);
}
