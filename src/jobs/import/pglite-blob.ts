// A faster reader for PGlite's /dev/blob, the device `COPY … FROM '/dev/blob'` reads the import's chunks from. PGlite's
// own reader copies each 64 KB request into WASM memory one byte at a time in JavaScript: 0.26 s of PGlite's thread in
// a 250k-person load (its COPY text is ~90 MB). This one answers the same requests with one block copy each; what it
// reads, from where, and when it fails are PGlite's (see the originals quoted below).
import type { PGlite } from '@electric-sql/pglite';

interface Stream {
  position: number;
}

interface DeviceOps {
  read(
    stream: Stream,
    buffer: Int8Array | Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): number;
  llseek(stream: Stream, offset: number, whence: number): number;
  fastBlob?: true;
}

interface EmscriptenFs {
  makedev(major: number, minor: number): number;
  devices: Record<number, { stream_ops: DeviceOps } | undefined>;
  lookupPath(path: string): { node: { rdev: number } };
  ErrnoError: new (errno: number) => Error;
}

interface BlobHandling {
  _handleBlob(blob?: Blob): Promise<void>;
  _cleanupBlob(): Promise<void>;
  Module?: { FS?: EmscriptenFs };
}

/** PGlite's device number for /dev/blob (registered with makedev(64, 0)). */
const BLOB_DEVICE = [64, 0] as const;
const EINVAL = 28;

/**
 * Replace this PGlite's /dev/blob reader (once). PGlite keeps the blob of the running query in a private field that only
 * its own reader sees, so the blob is taken over too: _handleBlob and _cleanupBlob, which PGlite calls around every query
 * given a blob, keep it here instead. Left alone unless the instance has exactly the shape this was written against.
 */
export function fastBlobReads(client: PGlite): void {
  const pg = client as unknown as BlobHandling;
  const fs = pg.Module?.FS;
  if (!fs || typeof pg._handleBlob !== 'function' || typeof pg._cleanupBlob !== 'function') return;
  if (typeof fs.makedev !== 'function' || typeof fs.lookupPath !== 'function' || !fs.devices) return;
  const dev = fs.makedev(...BLOB_DEVICE);
  const ops = fs.devices[dev]?.stream_ops;
  if (!ops || ops.fastBlob || typeof ops.read !== 'function' || typeof ops.llseek !== 'function') return;
  let node: { rdev: number } | undefined;
  try {
    node = fs.lookupPath('/dev/blob').node;
  } catch {
    return;
  }
  if (node.rdev !== dev) return;
  let bytes: Uint8Array | undefined;
  pg._handleBlob = async (blob) => {
    bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
  };
  pg._cleanupBlob = async () => {
    bytes = undefined;
  };
  // PGlite: `if (!blob) throw …; if (position >= size) return 0; n = min(size - position, length); copy n bytes; return n`.
  ops.read = (_stream, buffer, offset, length, position) => {
    if (!bytes) throw new Error('No /dev/blob File or Blob provided to read from');
    if (position >= bytes.length) return 0;
    const n = Math.min(bytes.length - position, length);
    new Uint8Array(buffer.buffer, buffer.byteOffset + offset, n).set(bytes.subarray(position, position + n));
    return n;
  };
  // PGlite: SEEK_CUR adds the stream's position, SEEK_END is the blob's size (the offset ignored), below 0 is EINVAL.
  ops.llseek = (stream, offset, whence) => {
    if (!bytes) throw new Error('No /dev/blob File or Blob provided to llseek');
    let at = offset;
    if (whence === 1) at += stream.position;
    else if (whence === 2) at = bytes.length;
    if (at < 0) throw new fs.ErrnoError(EINVAL);
    return at;
  };
  ops.fastBlob = true;
}
