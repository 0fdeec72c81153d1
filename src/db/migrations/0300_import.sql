-- Bulk import (issue 6; spec/data-exchange.md). An import is the register's initial load from a city's old system:
-- one import_batch row is its registry record (who, when, under which basis, from which files, with what counts),
-- and every household and person it brought carries the batch id. Later changes to those rows are ordinary
-- registry events. A batch left 'running' by a killed import is purged by the next import before it starts.
-- Feeds (deaths.csv, enlistments.csv) land in quality_feed_record (0500) with source 'import:<batch_id>'.

create table import_batch (
  batch_id uuid primary key,
  status text not null check (status in ('running', 'committed', 'failed', 'abandoned')),
  actor text not null check (actor <> ''),
  legal_basis text not null check (legal_basis <> ''),
  source text not null,
  -- size + sha256 of the start and end of each file: the same files are never loaded twice
  fingerprint text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  counts jsonb not null default '{}'::jsonb
);
create index import_batch_fingerprint on import_batch (fingerprint) where status = 'committed';

-- No foreign key and no index: checking and indexing 6.5 million rows against a handful of batches would cost
-- the load a great deal; the purge of a killed batch is rare and may scan.
alter table household add column import_batch_id uuid;
alter table person add column import_batch_id uuid;
