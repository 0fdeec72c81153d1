-- Residence registration (居住登记) and residence permits (居住证): issue 15; T11, T13.1; Decree 663 arts. 2, 4,
-- 9–11. Registrations and permits are projections of their append-only events (residence_event); department facts
-- (social-insurance years, children's schooling years) are kept as received, each change a new row. Every table
-- carries county_code (the residence's county, 6 digits), the future distribution key; hot queries filter on it.
-- Runs on PostgreSQL 15 and PGlite (PostgreSQL 17).

create table residence_registration (
  id uuid primary key,
  county_code text not null check (county_code ~ '^\d{6}$'),
  -- The residence's police station: the 9-digit town code (the clerk's jurisdiction).
  station_code text not null check (station_code ~ '^\d{9}$'),
  unit_code text not null check (unit_code ~ '^\d{12}$'),
  address text not null,
  since date not null,
  grounds jsonb not null,
  evidence jsonb not null,
  status text not null check (status in ('active', 'ended')),
  ended_on date,
  end_reason text check (end_reason in ('moved-away', 'left', 'settled')),
  -- The register's person when the ID number is registered in 昭通; identity is copied as it was at registration.
  person_id uuid,
  id_number text not null,
  name text not null,
  sex text not null check (sex in ('1', '2')),
  birth_date date not null,
  ethnicity text,
  hukou_division_code text not null,
  hukou_rural boolean not null,
  hukou_address text,
  version integer not null default 1 check (version >= 1),
  created_by bigint references app_user (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
-- One place of residence at a time: a second registration ends the first (moved-away) in the same transaction.
create unique index residence_registration_one_active on residence_registration (id_number) where status = 'active';
create index residence_registration_station on residence_registration (county_code, station_code, status);
create index residence_registration_id_number on residence_registration (id_number);

create table residence_permit (
  id uuid primary key,
  county_code text not null check (county_code ~ '^\d{6}$'),
  station_code text not null check (station_code ~ '^\d{9}$'),
  registration_id uuid not null references residence_registration (id),
  number text not null unique,
  id_number text not null,
  holder_name text not null,
  status text not null check (status in ('applied', 'valid', 'suspended', 'expired', 'cancelled')),
  version integer not null default 1 check (version >= 1),
  applied_on date not null,
  issue_by date not null,
  issued_on date,
  endorsements jsonb not null default '[]'::jsonb,
  card_edition integer not null default 0,
  -- The public verification page's key for the current card: 128 random bits, so no card can be found by
  -- counting; a new card (renewal, loss) gets a new token and the old card stops verifying.
  verify_token text unique,
  -- The anniversary that decides the permit (the next one, or the missed one when late): the work lists' key.
  due_on date,
  eligibility jsonb not null,
  cancel_reason text check (cancel_reason in ('settled', 'left', 'withdrawn')),
  created_by bigint references app_user (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
-- One permit in force per person: a new application is refused while one is applied for, valid or suspended.
create unique index residence_permit_one_open on residence_permit (id_number)
  where status in ('applied', 'valid', 'suspended');
-- The work lists: permits of a station (or county, or the city) by the anniversary that is due.
create index residence_permit_due on residence_permit (station_code, due_on) where status in ('valid', 'suspended');
create index residence_permit_due_county on residence_permit (county_code, due_on) where status in ('valid', 'suspended');
create index residence_permit_due_city on residence_permit (due_on) where status in ('valid', 'suspended');
create index residence_permit_registration on residence_permit (registration_id);

-- Every step of a registration or a permit, with its legal basis. Append-only.
create table residence_event (
  id bigint generated always as identity primary key,
  county_code text not null,
  registration_id uuid not null references residence_registration (id),
  permit_id uuid references residence_permit (id),
  action text not null,
  on_date date not null,
  basis text not null,
  from_status text,
  to_status text,
  reason text,
  detail jsonb,
  actor_kind text not null check (actor_kind in ('staff', 'system', 'operator')),
  actor_id bigint references app_user (id),
  actor_username text,
  at timestamptz not null
);
create index residence_event_registration on residence_event (registration_id, id);
create index residence_event_permit on residence_event (permit_id, id) where permit_id is not null;
create trigger residence_event_append_only before update or delete on residence_event
  for each row execute function refuse_mutation();

-- Facts departments send (人社: social-insurance years; 教育: a child's continuous schooling years). Each change
-- is a new row; the latest per subject counts. Kept by ID number, so a fact received before the permit is issued
-- applies from the issue on.
create table permit_fact (
  id bigint generated always as identity primary key,
  id_number text not null,
  kind text not null check (kind in ('social-insurance-years', 'child-schooling-years')),
  -- The child, for schooling years: the child's ID number, or name + birth date when the child has none yet.
  child_key text not null default '',
  child_name text,
  child_birth_date date,
  years integer not null check (years >= 0),
  as_of date not null,
  department text not null,
  received_by text not null,
  received_at timestamptz not null
);
create index permit_fact_subject on permit_fact (id_number, kind, child_key, id);
create trigger permit_fact_append_only before update or delete on permit_fact
  for each row execute function refuse_mutation();

-- Append-only for the application's role too (0602: a later append-only table revokes these itself).
revoke update, delete on residence_event, permit_fact from hukou_app;
