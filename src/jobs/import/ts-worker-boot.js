// Entry of the import's worker thread (parse-thread.ts). Under Node 20, `--import tsx` registers tsx on the main
// thread only, so a worker started on a .ts file fails with "Unknown file extension"; this plain module registers
// tsx in the worker's own thread, then imports the TypeScript entry named in workerData. Works the same when the
// main thread runs under vitest instead of tsx.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
