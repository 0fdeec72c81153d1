-- Registry quality (issue 7; T12, T4): department feeds (deaths from 卫计委, enlistments from the military), scans,
-- findings as a work queue per county, "not a duplicate" decisions that are never asked again, and the intake of
-- persons without hukou (应落未落). Findings are the work list; the fixes themselves are registry events.

create table quality_feed_record (
  feed text not null check (feed in ('deaths', 'enlistments')),
  id_number text not null,
  name text not null,
  event_date date not null,
  source text not null,
  received_at timestamptz not null default now(),
  primary key (feed, id_number)
);

create table quality_scan (
  scan_id bigint generated always as identity primary key,
  started_at timestamptz not null,
  finished_at timestamptz,
  trigger text not null,
  counts jsonb not null default '{}'::jsonb,
  stats jsonb not null default '{}'::jsonb
);

create table quality_finding (
  finding_id bigint generated always as identity primary key,
  finding_key text not null unique,
  code text not null,
  county_code text not null check (county_code ~ '^\d{6}$'),
  id_numbers text[] not null,
  household_nos text[] not null,
  detail jsonb not null,
  clauses text[] not null,
  status text not null default 'open' check (status in ('open', 'in-progress', 'resolved', 'dismissed')),
  assignee_id integer references app_user (id),
  due_on date not null,
  first_found_at timestamptz not null,
  last_scan_id bigint references quality_scan (scan_id),
  resolved_at timestamptz,
  resolution jsonb,
  version integer not null default 1
);
create index quality_finding_queue on quality_finding (county_code, status, code);
create index quality_finding_ids on quality_finding using gin (id_numbers);

create table quality_pair_decision (
  person_a uuid not null,
  person_b uuid not null,
  decision text not null check (decision in ('not-duplicate')),
  decided_by text not null,
  decided_at timestamptz not null,
  reason text not null,
  primary key (person_a, person_b),
  check (person_a < person_b)
);

create table quality_unregistered (
  intake_id bigint generated always as identity primary key,
  category text not null check (category in ('unplanned-birth', 'spontaneous-migrant', 'cross-border-marriage', 'other')),
  name text not null,
  sex text not null,
  birth_date date not null,
  division_code text not null,
  county_code text not null check (county_code ~ '^\d{6}$'),
  facts jsonb not null,
  status text not null default 'open' check (status in ('open', 'application-filed', 'registered', 'closed')),
  application_no text,
  created_by text not null,
  created_at timestamptz not null
);
create index quality_unregistered_county on quality_unregistered (county_code, status);
