-- An initial load into an empty embedded register builds the person table's secondary (non-unique) indexes once
-- after the rows are in, instead of maintaining them row by row (2.5x faster at 250k persons in PGlite). The
-- batch records the definitions of the indexes it dropped, in the same transaction as the drop, so an import
-- killed in between leaves the list behind: the next start or import recreates them before anything else
-- (src/jobs/import/deferred-indexes.ts). Unique indexes are never dropped: they hold register invariants.
alter table import_batch add column deferred_indexes jsonb;
