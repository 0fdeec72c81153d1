// Demo data (issue 6): on an empty register in demo mode, generate a synthetic city and import it, so a newcomer
// sees a living city. Runs after the server listens; its progress is logged and readable at
// GET /api/v1/imports/demo-city.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../db/connection.ts';
import { generateCity } from './generate/run.ts';
import { importDirectory } from './import/run.ts';
import { ProgressTracker, type ProgressState } from './progress.ts';

export interface DemoCityStatus {
  state: 'none' | 'generating' | 'importing' | 'done' | 'failed';
  persons: number;
  progress: ProgressState | null;
  seconds: number | null;
  error: string | null;
}

export const demoCityStatus: DemoCityStatus = {
  state: 'none',
  persons: 0,
  progress: null,
  seconds: null,
  error: null,
};

export async function registerIsEmpty(database: Database): Promise<boolean> {
  const r = await sql<{
    any: boolean;
  }>`select exists (select 1 from person) or exists (select 1 from household) as any`.execute(database.db);
  return !r.rows[0]?.any;
}

export interface DemoLog {
  info(message: string): void;
  error(message: string): void;
}

/** Generate and import `persons` persons; seed 'demo' so every newcomer sees the same city. */
export async function loadDemoCity(database: Database, persons: number, log: DemoLog): Promise<void> {
  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'hukou-demo-city-'));
  Object.assign(demoCityStatus, { state: 'generating', persons, progress: null, seconds: null, error: null });
  const tracker = (phase: string) =>
    new ProgressTracker((s) => {
      demoCityStatus.progress = s;
      log.info(
        `演示城市 / demo city ${phase}: ${s.rows} 行, ${s.rowsPerSecond} 行/s${s.etaSeconds !== null ? `, ETA ${s.etaSeconds}s` : ''}`,
      );
    }, 2000);
  try {
    await generateCity({ persons, seed: 'demo', dir, progress: tracker('生成 / generate') });
    demoCityStatus.state = 'importing';
    const result = await importDirectory(database, {
      dir,
      actor: 'demo',
      progress: tracker('导入 / import'),
    });
    demoCityStatus.state = result.status === 'committed' ? 'done' : 'failed';
    demoCityStatus.seconds = Math.round((Date.now() - t0) / 100) / 10;
    log.info(
      `演示城市已载入 / demo city loaded: ${result.counts.persons} persons, ${result.counts.households} households in ${demoCityStatus.seconds} s`,
    );
  } catch (e) {
    demoCityStatus.state = 'failed';
    demoCityStatus.error = e instanceof Error ? e.message : String(e);
    log.error(`演示城市载入失败 / demo city failed: ${demoCityStatus.error}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
