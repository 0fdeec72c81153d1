-- The household register (issue 3; T10.1, T12, T17, T4): division units, households, persons, memberships and the
-- append-only registry events. Every large table carries county_code (6-digit county division), the future Citus
-- distribution key, and hot queries filter on it. Runs on PostgreSQL 15 and PGlite (PostgreSQL 17).
--
-- Invariants held here whatever the caller (the domain holds them too, see src/domain/registry/invariants.ts):
--   one active hukou per ID number (T12), at most one head per active household (T10.1; "at least one" is the
--   domain's), one active family household per address (T4), registry events never updated or deleted.
-- legacy_flag: imported records that break an invariant as they stand in the real register (spec/data-exchange.md:
-- they land as written so the quality scan can find them) carry the finding code here and sit outside the unique
-- indexes. Registry events never set it.

create table division_unit (
  code text primary key check (code ~ '^\d{12}$'),
  name text not null,
  urban_rural_code text not null check (urban_rural_code in ('111', '112', '121', '122', '123', '210', '220')),
  county_code text not null check (county_code ~ '^\d{6}$')
);
create index division_unit_county on division_unit (county_code);

create table household (
  household_id uuid primary key,
  household_no text not null unique,
  kind text not null check (kind in ('family', 'collective-school', 'collective-employer', 'collective-talent', 'collective-community')),
  division_code text not null references division_unit (code),
  address_detail text not null,
  -- division_code | normalised detail (src/domain/registry/model.ts addressKey)
  address_key text not null,
  county_code text not null check (county_code ~ '^\d{6}$'),
  status text not null check (status in ('active', 'cancelled')),
  created_on date not null,
  legacy_flag text,
  version integer not null check (version >= 1)
);
create index household_county_division on household (county_code, division_code);
create unique index household_one_family_per_address on household (address_key)
  where status = 'active' and kind = 'family' and legacy_flag is null;

create table person (
  person_id uuid primary key,
  id_number text not null,
  name text not null,
  -- pinyin-pro keys for search: full pinyin without spaces, and initials
  name_pinyin text not null,
  name_initials text not null,
  sex text not null,
  birth_date date not null,
  ethnicity text not null,
  former_name text,
  birth_place text,
  native_place text,
  religion text,
  education text,
  marital_status text,
  military_status text,
  occupation text,
  employer text,
  status text not null check (status in ('active', 'cancelled')),
  cancelled_reason text check (cancelled_reason in ('death', 'military', 'emigration', 'duplicate', 'moved-out')),
  death_date date,
  household_id uuid references household (household_id),
  relation text,
  county_code text not null check (county_code ~ '^\d{6}$'),
  -- The pre-reform type, history only (T10.2, T17): the hukou itself is the one 居民户口.
  former_type text check (former_type in ('agricultural', 'non-agricultural')),
  residence_division_code text,
  residing_since date,
  legacy_flag text,
  version integer not null check (version >= 1),
  check ((status = 'active') = (cancelled_reason is null)),
  check (status <> 'active' or (household_id is not null and relation is not null))
);
create unique index person_one_active_hukou on person (id_number) where status = 'active' and legacy_flag is null;
create unique index person_one_head on person (household_id) where status = 'active' and relation = '02' and legacy_flag is null;
create index person_county_id_number on person (county_code, id_number);
create index person_id_number on person (id_number);
create index person_household on person (household_id) where status = 'active';
create index person_county_name on person (county_code, name text_pattern_ops);
create index person_county_pinyin on person (county_code, name_pinyin text_pattern_ops);
create index person_county_initials on person (county_code, name_initials text_pattern_ops);

create table membership (
  membership_id bigint generated always as identity primary key,
  person_id uuid not null references person (person_id),
  household_id uuid not null references household (household_id),
  relation text not null,
  since date not null,
  until date,
  county_code text not null check (county_code ~ '^\d{6}$')
);
create unique index membership_one_open on membership (person_id) where until is null;
create index membership_household on membership (household_id, since);

create table registry_event (
  event_seq bigint generated always as identity primary key,
  event_id uuid not null unique,
  kind text not null check (kind in ('birth-registered', 'death-recorded', 'moved-in', 'moved-out', 'household-created',
    'household-split', 'head-changed', 'item-corrected', 'hukou-cancelled')),
  county_code text not null check (county_code ~ '^\d{6}$'),
  at timestamptz not null,
  actor text not null check (actor <> ''),
  legal_basis text not null check (legal_basis <> ''),
  reason text not null check (reason <> ''),
  person_ids uuid[] not null,
  household_ids uuid[] not null,
  -- the event's own fields (src/domain/registry/events.ts), without the metadata columns above
  body jsonb not null
);
create index registry_event_persons on registry_event using gin (person_ids);
create index registry_event_households on registry_event using gin (household_ids);
create index registry_event_county_at on registry_event (county_code, at);
create trigger registry_event_append_only before update or delete on registry_event
  for each row execute function refuse_mutation();
create trigger registry_event_no_truncate before truncate on registry_event
  for each statement execute function refuse_mutation();

create sequence household_no_seq;
