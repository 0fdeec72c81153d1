// Kysely row types of the import tables (src/db/migrations/0300_import.sql).
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
}

/** Columns 0300 adds to the registry's tables. */
export interface ImportColumns {
  import_batch_id: string | null;
}

export interface ImportTables {
  import_batch: ImportBatchTable;
}
