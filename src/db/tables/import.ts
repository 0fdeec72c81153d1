// Kysely row types of the import tables (src/db/migrations/0300_import.sql, 0301).
import type { Generated } from 'kysely';
export interface ImportBatchTable {
  batch_id: string;
  status: string;
  actor: string;
  legal_basis: string;
  source: string;
  fingerprint: string;
  started_at: Date;
  finished_at: Date | null;
  counts: unknown;
  /** The moment the batch's rows stood for: every imported row's timeline starts here (1100). */
  baseline_at: Generated<Date>;
  /** Definitions of secondary indexes an initial load dropped and has not yet rebuilt (0301). */
  deferred_indexes: unknown;
}

/** Columns 0300 adds to the registry's tables. */
export interface ImportColumns {
  import_batch_id: string | null;
}

export interface ImportTables {
  import_batch: ImportBatchTable;
}
