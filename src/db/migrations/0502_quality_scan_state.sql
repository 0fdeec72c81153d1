-- Whole-register scans as background work (issue 7, T12): a scan claims a row in state 'running' before it reads
-- the register, records its progress there, and ends 'done' or 'failed'. One running scan at a time across every
-- process (server and CLI): a scan holds the register in memory (about 2 GB at 6.5 million persons), and two at
-- once would only slow each other. A scan whose process died stops counting once its progress is stale.
alter table quality_scan
  add column state text not null default 'done' check (state in ('running', 'done', 'failed')),
  add column error text,
  add column persons integer not null default 0,
  add column total integer,
  add column updated_at timestamptz;
alter table quality_scan alter column state set default 'running';
update quality_scan set state = 'failed', error = 'unfinished before 0502' where finished_at is null;
update quality_scan set updated_at = coalesce(finished_at, started_at);
alter table quality_scan alter column updated_at set not null;
create unique index quality_scan_one_running on quality_scan (state) where state = 'running';
