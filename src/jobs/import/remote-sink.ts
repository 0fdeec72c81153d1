// The bulk sink across a thread boundary. The import parses in a worker (parse-worker.ts) while the main thread, which
// owns the database client, writes: remoteSink() is the worker's BulkSink, serveSink() its main-thread half. COPY
// text crosses as UTF-8 bytes whose buffer is transferred, not copied; queries are calls answered over the port.
import type { MessagePort } from 'node:worker_threads';
import type { BulkSink, CopyTarget } from './sink.ts';

/**
 * COPY bytes the worker may have sent that the main thread has not written yet. Enough for the worker to prepare the
 * next PGlite chunk (4 MB) while the current one is written — the two threads overlap — and small enough that
 * memory stays flat in file size.
 */
const IN_FLIGHT_BYTES = 12 << 20;
/** COPY bytes sent to the main thread at a time. */
const POST_BYTES = 1 << 20;
/**
 * The first send of a COPY; each next one is twice the last up to POST_BYTES, so the main thread gets rows to write
 * (sink.ts: PGLITE_CHUNKS.firstChunkBytes) before the worker has encoded a full megabyte.
 */
const FIRST_POST_BYTES = 32 << 10;
const BUFFER_BYTES = POST_BYTES + (64 << 10);

type Method = 'query' | 'lookup' | 'bulkTransaction';

type ToMain =
  | { t: 'call'; id: number; method: Method; args: unknown[] }
  | { t: 'open'; id: number; table: string; columns: readonly string[] }
  | { t: 'write'; id: number; bytes: Uint8Array<ArrayBuffer> }
  | { t: 'end'; id: number }
  | { t: 'sync'; id: number };

type ToWorker = { t: 'reply'; id: number; value?: unknown; error?: string } | { t: 'written'; bytes: number };

/** The worker's sink: everything it is asked goes to the main thread over port. */
export function remoteSink(port: MessagePort): BulkSink {
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  let inFlight = 0;
  let drained: (() => void) | null = null;
  port.on('message', (m: ToWorker) => {
    if (m.t === 'written') {
      inFlight -= m.bytes;
      if (drained && inFlight <= IN_FLIGHT_BYTES) {
        drained();
        drained = null;
      }
      return;
    }
    const p = pending.get(m.id)!;
    pending.delete(m.id);
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.value);
  });
  const ask = <R>(message: ToMain) =>
    new Promise<R>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (v: unknown) => void, reject });
      port.postMessage(message);
    });
  const call = <R>(method: Method, args: unknown[]) => ask<R>({ t: 'call', id: nextId++, method, args });
  const encoder = new TextEncoder();
  return {
    async copy(table, columns) {
      const id = nextId++;
      port.postMessage({ t: 'open', id, table, columns } satisfies ToMain);
      // Rows are encoded one by one into a buffer that is sent (transferred) once it holds POST_BYTES: encoding a
      // batch's text as one string first built a deep tree of concatenations that had to be flattened and copied,
      // and was most of the worker's garbage.
      let buffer = new Uint8Array(BUFFER_BYTES);
      let used = 0;
      let postAt = FIRST_POST_BYTES;
      const post = (bytes: Uint8Array<ArrayBuffer>) => {
        inFlight += bytes.byteLength;
        port.postMessage({ t: 'write', id, bytes } satisfies ToMain, [bytes.buffer]);
        return inFlight > IN_FLIGHT_BYTES ? new Promise<void>((resolve) => (drained = resolve)) : undefined;
      };
      const send = () => {
        if (used === 0) return undefined;
        const full = buffer.subarray(0, used);
        buffer = new Uint8Array(BUFFER_BYTES);
        used = 0;
        postAt = Math.min(postAt * 2, POST_BYTES);
        return post(full);
      };
      return {
        write(text) {
          if (typeof text !== 'string') return send() ?? post(text);
          // At most 3 UTF-8 bytes per UTF-16 code unit.
          const room = text.length * 3;
          const sent = used + room > buffer.length ? send() : undefined;
          if (room > buffer.length) buffer = new Uint8Array(room);
          used += encoder.encodeInto(text, buffer.subarray(used)).written;
          return sent ?? (used >= postAt ? send() : undefined);
        },
        // Queued, not awaited: the worker goes on to the next file while the main thread finishes this COPY (a PGlite
        // chunk is written at its end). A failure surfaces at release() and through serveSink's `failed`.
        async end() {
          await send();
          port.postMessage({ t: 'end', id } satisfies ToMain);
        },
      };
    },
    query: (text, params) => call('query', [text, params]),
    lookup: (text, params) => call('lookup', [text, params]),
    bulkTransaction: (statements) => call('bulkTransaction', [statements]),
    /** Resolves once the main thread has applied every COPY message sent before it. */
    async release() {
      await ask<void>({ t: 'sync', id: nextId++ });
      port.close();
    },
  };
}

export interface ServedSink {
  /** Rejects with the first COPY error: the caller then stops the worker, which would otherwise wait forever. */
  failed: Promise<never>;
  /**
   * Stop applying messages, wait for the one being applied, and end COPYs the worker left open (a failed import):
   * whatever they wrote is the batch's, which the caller purges next — a COPY still open or a chunk still queued
   * would otherwise block the purge's connection or land after it.
   */
  close(): Promise<void>;
}

/**
 * Answer a remoteSink on port with sink. COPY messages are applied in order, one at a time (a write is acknowledged
 * once the sink took it, which is the worker's back pressure); calls run at once, as they do on a sink used in one
 * thread.
 */
export function serveSink(port: MessagePort, sink: BulkSink): ServedSink {
  const targets = new Map<number, CopyTarget>();
  let closed = false;
  let queue: Promise<void> = Promise.resolve();
  let fail: (e: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const reply = (message: ToWorker) => port.postMessage(message);
  const apply = async (m: Exclude<ToMain, { t: 'call' }>) => {
    if (closed) return;
    if (m.t === 'open') targets.set(m.id, await sink.copy(m.table, m.columns));
    else if (m.t === 'write') {
      const w = targets.get(m.id)!.write(m.bytes);
      if (w) await w;
      reply({ t: 'written', bytes: m.bytes.byteLength });
    } else if (m.t === 'end') {
      await targets.get(m.id)!.end();
      targets.delete(m.id);
    } else reply({ t: 'reply', id: m.id });
  };
  port.on('message', (m: ToMain) => {
    if (m.t === 'call') {
      (sink[m.method] as (...args: unknown[]) => Promise<unknown>).apply(sink, m.args).then(
        (value) => reply({ t: 'reply', id: m.id, value }),
        (e: unknown) => reply({ t: 'reply', id: m.id, error: e instanceof Error ? e.message : String(e) }),
      );
      return;
    }
    // Once a COPY failed the queue stays rejected: later messages are not applied.
    queue = queue.then(() => apply(m));
    queue.catch(fail);
  });
  return {
    failed,
    async close() {
      closed = true;
      port.close();
      await queue.catch(() => undefined);
      for (const target of targets.values()) await target.end().catch(() => undefined);
      targets.clear();
    },
  };
}
