// The main thread's side of the import's worker (parse-worker.ts): start it — first thing in an import, so its start-up
// (tsx, the validation and pinyin modules) overlaps the lock, the purge and the batch row — hand it the job, write
// what it sends through the sink, and relay its progress and reject messages.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { FromWorker, ParseJob, ParseOutcome } from './parse-worker.ts';
import { serveSink } from './remote-sink.ts';
import type { BulkSink } from './sink.ts';

export interface ParseReport {
  /** Rows read so far (all files) and bytes of the files read so far. */
  onRows(rows: number, bytes: number): void;
  onReject?: ((message: string) => void) | undefined;
}

export interface ParseThread {
  run(job: ParseJob, sink: BulkSink, report: ParseReport): Promise<ParseOutcome>;
  stop(): Promise<void>;
}

export function startParseThread(): ParseThread {
  const worker = new Worker(new URL('./ts-worker-boot.js', import.meta.url), {
    workerData: { entry: new URL('./parse-worker.ts', import.meta.url).href },
    // Each batch of rows (about 1 MB of the file) lives while it is checked and written; with V8's default young
    // generation it outlived a scavenge, was copied to the old one and cost a full collection later: garbage
    // collection was the worker's largest item. 64 MB holds a batch until it dies.
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  let stopping = false;
  // Listening from the start: a worker that fails to boot must not crash the process with an unhandled 'error'.
  const ended = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(stopping ? 'import worker stopped' : `import worker exited with code ${code}`)),
    );
  });
  ended.catch(() => undefined);
  return {
    async run(job, sink, report) {
      const channel = new MessageChannel();
      const served = serveSink(channel.port1, sink);
      const finished = new Promise<ParseOutcome>((resolve, reject) => {
        worker.on('message', (m: FromWorker) => {
          if (m.t === 'rows') {
            for (const message of m.rejects) report.onReject?.(message);
            report.onRows(m.rows, m.bytes);
          } else if (m.t === 'done') resolve(m.outcome);
          else reject(m.error);
        });
      });
      worker.postMessage({ job, sink: channel.port2 }, [channel.port2]);
      try {
        return await Promise.race([finished, served.failed, ended]);
      } finally {
        await served.close();
      }
    },
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}
