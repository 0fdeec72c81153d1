// Kysely row types of the statistics tables (src/db/migrations/1100_statistics.sql). The history tables hold the
// person and household rows a registry change replaced, as they were, with the moment they stopped being true.
import type { HouseholdTable, PersonTable } from './registry.ts';

/** Columns 1100 adds to person and household: the moment the row became true (null: its import batch's baseline). */
export interface ValidFrom {
  valid_from: Date | null;
  import_batch_id: string | null;
}

export interface PersonHistoryTable extends PersonTable, ValidFrom {
  valid_to: Date;
}

export interface HouseholdHistoryTable extends HouseholdTable, ValidFrom {
  valid_to: Date;
}

export interface StatsSnapshotTable {
  as_of: string;
  at: Date;
  computed_at: Date;
  final: boolean;
  body: unknown;
}

export interface StatisticsTables {
  person_history: PersonHistoryTable;
  household_history: HouseholdHistoryTable;
  stats_snapshot: StatsSnapshotTable;
}
