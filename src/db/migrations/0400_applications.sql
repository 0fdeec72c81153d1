-- Settlement applications (issue 5; T2–T9, T14.5, P2): applications, their append-only transition events and
-- evaluations, uploaded materials, 准予迁入证明 permits and the number counters. Every table carries county_code
-- (the destination county, 6 digits): the future Citus distribution key; hot queries filter on it.
-- Runs on PostgreSQL 15 and PGlite (PostgreSQL 17).

create table settlement_application (
  id uuid primary key,
  county_code text not null check (county_code ~ '^\d{6}$'),
  number text not null unique,
  -- Destination police station: the 9-digit town code (the clerk's jurisdiction).
  station_code text not null check (station_code ~ '^\d{9}$'),
  state text not null check (state in ('draft', 'submitted', 'under-review', 'supplement-requested', 'resubmitted',
    'approved', 'permit-issued', 'registered', 'rejected', 'withdrawn', 'expired')),
  version integer not null default 1 check (version >= 1),
  channel text not null check (channel in ('counter', 'online')),
  basis text not null,
  applicant_name text not null,
  applicant_id_number text not null,
  applicant_person_id uuid,
  -- The application as taken (applicant, destination, facts, companions): the input of every evaluation.
  input jsonb not null,
  -- P2: the applicant's own will, with who recorded it and when.
  consent boolean not null,
  consent_recorded_by text,
  consent_recorded_at timestamptz,
  -- The latest evaluation, denormalised for queues and tracking; the full record is settlement_evaluation.
  decision_outcome text check (decision_outcome in ('eligible', 'ineligible', 'refer')),
  decision_clauses jsonb,
  -- Materials missing at the last one-time notice (一次性告知).
  missing_materials jsonb,
  state_entered_at timestamptz not null,
  deadline timestamptz,
  permit_number text,
  created_by bigint references app_user (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index settlement_application_queue on settlement_application (county_code, station_code, state, deadline);
create index settlement_application_id_number on settlement_application (county_code, applicant_id_number);
-- One open application per person and destination county: a double submit never makes two applications.
create unique index settlement_application_one_open on settlement_application (county_code, applicant_id_number)
  where state not in ('registered', 'rejected', 'withdrawn', 'expired');

create table settlement_application_event (
  id bigint generated always as identity primary key,
  application_id uuid not null references settlement_application (id),
  county_code text not null,
  seq integer not null,
  action text not null,
  from_state text,
  to_state text not null,
  actor_kind text not null check (actor_kind in ('staff', 'applicant', 'system')),
  actor_id bigint references app_user (id),
  actor_username text,
  actor_role text,
  reason text,
  detail jsonb,
  at timestamptz not null,
  unique (application_id, seq)
);
create index settlement_application_event_county on settlement_application_event (county_code, at);
create trigger settlement_application_event_append_only before update or delete on settlement_application_event
  for each row execute function refuse_mutation();

-- Each evaluation is kept whole: the case given to the engine, the decision, its explanation and the policy
-- version, so a later parameter change never silently rewrites a past decision.
create table settlement_evaluation (
  id bigint generated always as identity primary key,
  application_id uuid not null references settlement_application (id),
  county_code text not null,
  at timestamptz not null,
  as_of date not null,
  case_input jsonb not null,
  outcome text not null,
  decision jsonb not null,
  explanation jsonb not null,
  policy_id text not null,
  policy_version text not null
);
create index settlement_evaluation_application on settlement_evaluation (application_id, id);
create trigger settlement_evaluation_append_only before update or delete on settlement_evaluation
  for each row execute function refuse_mutation();

create table application_attachment (
  id uuid primary key,
  application_id uuid not null references settlement_application (id),
  county_code text not null,
  material_code text not null,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_by text,
  uploaded_at timestamptz not null
);
create index application_attachment_application on application_attachment (application_id);
create trigger application_attachment_append_only before update or delete on application_attachment
  for each row execute function refuse_mutation();

create table move_permit (
  number text primary key,
  application_id uuid not null unique references settlement_application (id),
  county_code text not null,
  holder_name text not null,
  holder_id_number text not null,
  destination_code text not null,
  destination_address text not null,
  origin text not null,
  companions jsonb not null,
  issued_on date not null,
  valid_until date not null,
  issued_by text not null,
  issued_at timestamptz not null,
  used_at timestamptz,
  withdrawn_at timestamptz
);
create index move_permit_county on move_permit (county_code, valid_until);

create table application_counter (
  county_code text not null,
  kind text not null check (kind in ('LH', 'ZQ')),
  year integer not null,
  last integer not null,
  primary key (county_code, kind, year)
);
