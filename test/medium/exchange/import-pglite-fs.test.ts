// The import's two PGlite shortcuts: a cheaper "no such file" on disk (src/jobs/import/pglite-fs.ts) gives the same
// answers as Emscripten's own lookup, and /dev/blob read in blocks (pglite-blob.ts) gives COPY exactly the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastBlobReads } from '../../../src/jobs/import/pglite-blob.ts';
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
    await client.exec(
      'create table t (id int primary key, v text); insert into t select g, md5(g::text) from generate_series(1, 20000) g',
    );
    const rows = await client.query<{ n: number }>('select count(*)::int as n from t where v like $1', [
      'a%',
    ]);
    expect(rows.rows[0]!.n).toBeGreaterThan(0);
  });
});

describe("PGlite's /dev/blob read in blocks during an import", () => {
  let client: PGlite;
  beforeAll(async () => {
    client = await PGlite.create();
    fastBlobReads(client);
  }, 60_000);
  afterAll(async () => {
    await client.close();
  });

  it('copies exactly the rows given, over many device reads, and the next blob from its start', async () => {
    expect(Object.hasOwn(client, '_handleBlob'), 'the reader was replaced').toBe(true);
    await client.exec('create table r (n int primary key, name text, note text)');
    // ~1.5 MB: many 64 KB reads, multi-byte characters split across read boundaries, quoted fields with commas and quotes.
    const rows = Array.from({ length: 20_000 }, (_, n) => [
      n,
      `张${'伟'.repeat(n % 7)}${n}`,
      n % 3 ? '' : `"a, ""b"" ${'é'.repeat(n % 50)}"`,
    ]);
    const text = rows.map((r) => r.join(',')).join('\n') + '\n';
    await client.query(`copy r (n, name, note) from '/dev/blob' with (format csv)`, [], {
      blob: new Blob([text]),
    });
    const back = await client.query<{ n: number; name: string; note: string | null }>(
      'select n, name, note from r order by n',
    );
    expect(back.rows).toHaveLength(rows.length);
    expect(back.rows[19_999]).toEqual({ n: 19_999, name: `张${'伟'.repeat(19_999 % 7)}19999`, note: null });
    expect(back.rows[3]).toEqual({ n: 3, name: '张伟伟伟3', note: `a, "b" ${'é'.repeat(3)}` });
    // A second COPY in the same session reads its own blob from the start.
    await client.query(`copy r (n, name) from '/dev/blob' with (format csv)`, [], {
      blob: new Blob(['20000,李四\n']),
    });
    const after = await client.query<{ n: number }>('select count(*)::int as n from r');
    expect(after.rows[0]!.n).toBe(rows.length + 1);
  });
});
