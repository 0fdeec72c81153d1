-- Statistics (issue 16; T1, T3, T13.1, T16.1): the register's history from its first day, and stored snapshots of
-- the measures.
--
-- History is kept the way SQL:2011 system-versioned tables keep it: the current rows stay where they are (person,
-- household) and carry the moment they became true (valid_from); every row a registry change replaces is copied,
-- as it was, into a history table with the moment it stopped being true (valid_to). The state at any moment T is
-- then "current rows valid from ≤ T" ∪ "history rows with valid_from ≤ T < valid_to": set-based SQL, so statistics
-- as of a past day run over 6.5 million rows without replaying events in memory.
--
-- The baseline of an import costs nothing per row: an imported row's valid_from stays null and means "from its
-- batch's baseline" (import_batch.baseline_at, the day the old system's extract stood for, named by the batch). So
-- every person's and household's timeline starts at its batch, and the state after that is baseline + events.
-- A registry change writes history in the same statement as the change (registry_apply, below): nothing can
-- change without its history.
--
-- A later migration that adds a column to person or household must add it to its history table too, in the same
-- position (the copy below is `select t.*`).

alter table import_batch add column baseline_at timestamptz;
update import_batch set baseline_at = started_at;
alter table import_batch alter column baseline_at set default now();
alter table import_batch alter column baseline_at set not null;

alter table person add column valid_from timestamptz;
alter table household add column valid_from timestamptz;

create table person_history (like person);
alter table person_history add column valid_to timestamptz not null;
create index person_history_person on person_history (person_id, valid_to);
-- As-of queries read the history rows that were still true after a moment.
create index person_history_valid_to on person_history (valid_to);

create table household_history (like household);
alter table household_history add column valid_to timestamptz not null;
create index household_history_household on household_history (household_id, valid_to);
create index household_history_valid_to on household_history (valid_to);

create trigger person_history_append_only before update or delete on person_history
  for each row execute function refuse_mutation();
create trigger household_history_append_only before update or delete on household_history
  for each row execute function refuse_mutation();

-- registry_apply's parts for households and persons (0700), restated with history: the row about to be replaced
-- goes to history (only when it is still at the version the slice read; otherwise the update below finds nothing
-- and raises HK409, rolling the copy back), and the written row is valid from the event's moment.
create or replace function registry_apply_households(change jsonb) returns void language plpgsql as $$
declare
  item jsonb;
  n integer;
  moment timestamptz := (change -> 'event' ->> 'at')::timestamptz;
begin
  for item in select value from jsonb_array_elements(coalesce(change -> 'households', '[]')) loop
    if item -> 'expected' is null or item -> 'expected' = 'null' then
      insert into household select * from jsonb_populate_record(null::household, (item -> 'row') || jsonb_build_object('valid_from', moment));
    else
      insert into household_history select t.*, moment from household t
        where t.household_id = (item -> 'row' ->> 'household_id')::uuid and t.version = (item ->> 'expected')::integer;
      update household t set (household_id, household_no, kind, division_code, address_detail, address_key, county_code, status, created_on, version, valid_from)
        = (select r.household_id, r.household_no, r.kind, r.division_code, r.address_detail, r.address_key, r.county_code, r.status, r.created_on, r.version, moment from jsonb_populate_record(null::household, item -> 'row') r)
      where t.household_id = (item -> 'row' ->> 'household_id')::uuid and t.version = (item ->> 'expected')::integer;
      get diagnostics n = row_count;
      if n <> 1 then raise exception using errcode = 'HK409', message = item ->> 'label'; end if;
    end if;
  end loop;
end;
$$;

create or replace function registry_apply_persons(change jsonb) returns void language plpgsql as $$
declare
  item jsonb;
  n integer;
  moment timestamptz := (change -> 'event' ->> 'at')::timestamptz;
begin
  for item in select value from jsonb_array_elements(coalesce(change -> 'persons', '[]')) loop
    if item -> 'expected' is null or item -> 'expected' = 'null' then
      insert into person select * from jsonb_populate_record(null::person, (item -> 'row') || jsonb_build_object('valid_from', moment));
    else
      insert into person_history select t.*, moment from person t
        where t.person_id = (item -> 'row' ->> 'person_id')::uuid and t.version = (item ->> 'expected')::integer;
      update person t set (person_id, id_number, name, name_pinyin, name_initials, sex, birth_date, ethnicity, former_name, birth_place, native_place, religion, education, marital_status, military_status, occupation, employer, status, cancelled_reason, death_date, household_id, relation, county_code, former_type, version, valid_from)
        = (select r.person_id, r.id_number, r.name, r.name_pinyin, r.name_initials, r.sex, r.birth_date, r.ethnicity, r.former_name, r.birth_place, r.native_place, r.religion, r.education, r.marital_status, r.military_status, r.occupation, r.employer, r.status, r.cancelled_reason, r.death_date, r.household_id, r.relation, r.county_code, r.former_type, r.version, moment from jsonb_populate_record(null::person, item -> 'row') r)
      where t.person_id = (item -> 'row' ->> 'person_id')::uuid and t.version = (item ->> 'expected')::integer;
      get diagnostics n = row_count;
      if n <> 1 then raise exception using errcode = 'HK409', message = item ->> 'label'; end if;
    end if;
  end loop;
end;
$$;

-- Measures as of a day, stored. A day that had ended when it was computed is final (the past does not change:
-- events are recorded when they happen); today's snapshot is replaced by the next refresh. An import empties the
-- table (a new baseline changes the past it covers).
create table stats_snapshot (
  as_of date primary key,
  at timestamptz not null,
  computed_at timestamptz not null,
  final boolean not null,
  body jsonb not null
);

-- Append-only for the application's role too (0602).
revoke update, delete on person_history, household_history from hukou_app;
