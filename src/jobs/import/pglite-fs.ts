// A cheaper "no such file" for PGlite's on-disk file system. At every B-tree page split PostgreSQL asks for the index's
// free-space map, a file that does not exist (an index gets one only once VACUUM frees pages), and so it tries to open
// it again: some 6,000 times in a 250k-person load. In PGlite each try is Emscripten's NODEFS looking the name up with
// fs.lstatSync, which throws a Node error and captures its stack: 11–19 µs in isolation, 40–120 µs under PostgreSQL's
// WASM stack on a busy machine, 0.1–0.7 s of a load. Asking with throwIfNoEntry: false and raising Emscripten's own
// ENOENT gives the caller the same answer without the Node error (6 µs).
import type { PGlite } from '@electric-sql/pglite';
import { lstatSync } from 'node:fs';

interface NodeFs {
  isWindows: boolean;
  getMode(path: string): number;
  tryFSOperation<T>(operation: () => T): T;
  convertNodeCode(error: { code: string }): number;
  fastMissing?: true;
}

interface EmscriptenFs {
  filesystems?: { NODEFS?: NodeFs };
  ErrnoError: new (errno: number) => Error;
}

/**
 * Replace NODEFS.getMode of this PGlite's module (once; it is shared by everything that uses the instance). The
 * original, Emscripten's: `tryFSOperation(() => fs.lstatSync(path).mode)` plus a Windows mode fix. Left alone when
 * the module does not look like the one this was written against (another PGlite build, Windows, in-memory only).
 */
export function fastMissingFiles(client: PGlite): void {
  const fs = (client as unknown as { Module?: { FS?: EmscriptenFs } }).Module?.FS;
  const nodefs = fs?.filesystems?.NODEFS;
  if (!fs || !nodefs || nodefs.fastMissing || nodefs.isWindows) return;
  if (
    typeof nodefs.getMode !== 'function' ||
    typeof nodefs.tryFSOperation !== 'function' ||
    typeof nodefs.convertNodeCode !== 'function'
  )
    return;
  const enoent = nodefs.convertNodeCode({ code: 'ENOENT' });
  if (typeof enoent !== 'number') return;
  nodefs.getMode = (path) =>
    nodefs.tryFSOperation(() => {
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (!stat) throw new fs.ErrnoError(enoent);
      return stat.mode;
    });
  nodefs.fastMissing = true;
}
