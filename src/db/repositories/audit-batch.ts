// Audit rows of reads, committed in groups. A read answers only after its audit row is committed (no personal data
// without an audit row), but one commit per read makes the WAL flush the bottleneck under load. Entries that arrive
// while the writers are busy wait and go together in the next insert: one commit for many reads, and no added
// latency when the server is idle. Up to MAX_WRITERS inserts run at once: with a single one, every read waited for
// the batch in flight and then its own (two commits), which made the full API latency-bound at 32 connections
// while the database had CPU to spare (docs/PERFORMANCE.md, Registry).
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { auditRow, type AuditEntry } from './audit.ts';

/** Rows per insert: far below PostgreSQL's 65,535 bind parameters (10 columns a row). */
const MAX_BATCH = 1000;
/** Inserts in flight at once (each on its own pool connection). */
const MAX_WRITERS = 4;

interface Waiting {
  entry: AuditEntry;
  resolve(): void;
  reject(e: unknown): void;
}

class AuditBatcher {
  private queue: Waiting[] = [];
  private writers = 0;

  constructor(private readonly db: Kysely<DB>) {}

  record(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (this.writers < MAX_WRITERS) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writers++;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        await this.db.insertInto('audit_log').values(batch.map((w) => auditRow(w.entry))).execute();
        for (const w of batch) w.resolve();
      } catch (e) {
        for (const w of batch) w.reject(e);
      }
    }
    this.writers--;
  }
}

const batchers = new WeakMap<Kysely<DB>, AuditBatcher>();

/** Record an audit row, grouped with concurrent ones; resolves once it is committed. */
export function recordAuditBatched(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new AuditBatcher(db)));
  return batcher.record(entry);
}
