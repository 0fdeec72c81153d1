// Audit rows of reads, committed in groups. A read answers only after its audit row is committed (no personal data
// without an audit row), but one commit per read makes the WAL flush the bottleneck under load. Entries that arrive
// while a batch is being written wait and go together in the next insert: one commit for many reads, and no added
// latency when the server is idle.
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { auditRow, type AuditEntry } from './audit.ts';

/** Rows per insert: far below PostgreSQL's 65,535 bind parameters (10 columns a row). */
const MAX_BATCH = 1000;

interface Waiting {
  entry: AuditEntry;
  resolve(): void;
  reject(e: unknown): void;
}

class AuditBatcher {
  private queue: Waiting[] = [];
  private draining = false;

  constructor(private readonly db: Kysely<DB>) {}

  record(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        await this.db.insertInto('audit_log').values(batch.map((w) => auditRow(w.entry))).execute();
        for (const w of batch) w.resolve();
      } catch (e) {
        for (const w of batch) w.reject(e);
      }
    }
    this.draining = false;
  }
}

const batchers = new WeakMap<Kysely<DB>, AuditBatcher>();

/** Record an audit row, grouped with concurrent ones; resolves once it is committed. */
export function recordAuditBatched(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new AuditBatcher(db)));
  return batcher.record(entry);
}
