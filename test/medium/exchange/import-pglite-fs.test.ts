// The import's cheaper "no such file" for PGlite on disk (src/jobs/import/pglite-fs.ts): the same answers as
// Emscripten's own lookup — a missing file is ENOENT, an existing one is found — and the database keeps working.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastMissingFiles } from '../../../src/jobs/import/pglite-fs.ts';

interface Fs {
  open(path: string, flags: number): unknown;
  close(stream: unknown): void;
  analyzePath(path: string): { exists: boolean };
  filesystems: { NODEFS: { fastMissing?: true } };
}

const fsOf = (client: PGlite) => (client as unknown as { Module: { FS: Fs } }).Module.FS;

function openError(fs: Fs, path: string): unknown {
  try {
    fs.close(fs.open(path, 0));
    return null;
  } catch (e) {
    return e;
  }
}

describe('PGlite missing-file lookups during an import', () => {
  let dir: string;
  let client: PGlite;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hukou-pglite-fs-'));
    client = await PGlite.create(join(dir, 'data'));
  }, 60_000);
  afterAll(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers as before, and the database still reads and writes', async () => {
    const fs = fsOf(client);
    const missing = '/pglite/data/base/1/999999_fsm';
    const before = openError(fs, missing) as { name: string; errno: number };
    fastMissingFiles(client);
    expect(fs.filesystems.NODEFS.fastMissing).toBe(true);
    const after = openError(fs, missing) as { name: string; errno: number };
    expect(after.name).toBe('ErrnoError');
    expect(after.errno).toBe(before.errno);
    expect(fs.analyzePath(missing).exists).toBe(false);
    expect(openError(fs, '/pglite/data/PG_VERSION')).toBeNull();
    // Index page splits probe the missing free-space map: enough rows for many splits.
    await client.exec('create table t (id int primary key, v text); insert into t select g, md5(g::text) from generate_series(1, 20000) g');
    const rows = await client.query<{ n: number }>('select count(*)::int as n from t where v like $1', ['a%']);
    expect(rows.rows[0]!.n).toBeGreaterThan(0);
  });
});
