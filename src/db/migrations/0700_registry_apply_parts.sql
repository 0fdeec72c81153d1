-- registry_apply in parts. Its whole body was written three times (0101, restated in 0102 to change how memberships
-- close, and in 0603 to add two audit columns), because a forward-only migration replaces a function only whole.
-- Restated here one last time, as unchanged behaviour (0603's), split into one function per kind of row it writes:
-- a later change replaces only the part it changes. registry_apply_group (0102) keeps calling registry_apply.

-- Households and persons: inserted when 'expected' is null, else updated only at the version the slice read; a row
-- no longer at that version raises HK409 (stale), naming it by its label.
create function registry_apply_households(change jsonb) returns void language plpgsql as $$
declare
  item jsonb;
  n integer;
begin
  for item in select value from jsonb_array_elements(coalesce(change -> 'households', '[]')) loop
    if item -> 'expected' is null or item -> 'expected' = 'null' then
      insert into household select * from jsonb_populate_record(null::household, item -> 'row');
    else
      update household t set (household_id, household_no, kind, division_code, address_detail, address_key, county_code, status, created_on, version)
        = (select r.household_id, r.household_no, r.kind, r.division_code, r.address_detail, r.address_key, r.county_code, r.status, r.created_on, r.version from jsonb_populate_record(null::household, item -> 'row') r)
      where t.household_id = (item -> 'row' ->> 'household_id')::uuid and t.version = (item ->> 'expected')::integer;
      get diagnostics n = row_count;
      if n <> 1 then raise exception using errcode = 'HK409', message = item ->> 'label'; end if;
    end if;
  end loop;
end;
$$;

create function registry_apply_persons(change jsonb) returns void language plpgsql as $$
declare
  item jsonb;
  n integer;
begin
  for item in select value from jsonb_array_elements(coalesce(change -> 'persons', '[]')) loop
    if item -> 'expected' is null or item -> 'expected' = 'null' then
      insert into person select * from jsonb_populate_record(null::person, item -> 'row');
    else
      update person t set (person_id, id_number, name, name_pinyin, name_initials, sex, birth_date, ethnicity, former_name, birth_place, native_place, religion, education, marital_status, military_status, occupation, employer, status, cancelled_reason, death_date, household_id, relation, county_code, former_type, version)
        = (select r.person_id, r.id_number, r.name, r.name_pinyin, r.name_initials, r.sex, r.birth_date, r.ethnicity, r.former_name, r.birth_place, r.native_place, r.religion, r.education, r.marital_status, r.military_status, r.occupation, r.employer, r.status, r.cancelled_reason, r.death_date, r.household_id, r.relation, r.county_code, r.former_type, r.version from jsonb_populate_record(null::person, item -> 'row') r)
      where t.person_id = (item -> 'row' ->> 'person_id')::uuid and t.version = (item ->> 'expected')::integer;
      get diagnostics n = row_count;
      if n <> 1 then raise exception using errcode = 'HK409', message = item ->> 'label'; end if;
    end if;
  end loop;
end;
$$;

-- One indexed update per closed membership (membership_one_open): a join with jsonb_to_recordset (0101) was planned
-- as a hash join over a sequential scan of the whole membership table, on every move-out.
create function registry_apply_memberships(change jsonb) returns void language plpgsql as $$
declare
  item jsonb;
begin
  for item in select value from jsonb_array_elements(coalesce(change -> 'closed', '[]')) loop
    update membership set until = (item ->> 'until')::date
    where person_id = (item ->> 'person_id')::uuid and until is null;
  end loop;
  insert into membership (person_id, household_id, relation, since, until, county_code)
  select person_id, household_id, relation, since, until, county_code
  from jsonb_populate_recordset(null::membership, coalesce(change -> 'opened', '[]'));
end;
$$;

-- The event, and the audit row when the change carries one (it names every person the change touched: 0603).
create function registry_apply_records(change jsonb) returns void language plpgsql as $$
begin
  insert into registry_event (event_id, kind, county_code, at, actor, legal_basis, reason, person_ids, household_ids, body)
  select event_id, kind, county_code, at, actor, legal_basis, reason, person_ids, household_ids, body
  from jsonb_populate_record(null::registry_event, change -> 'event');
  if change -> 'audit' is not null then
    insert into audit_log (actor_id, actor_username, actor_role, action, resource_type, resource_id, county_code, request_id, ip, detail, purpose, person_ids)
    select actor_id, actor_username, actor_role, action, resource_type, resource_id, county_code, request_id, ip, detail, purpose, person_ids
    from jsonb_populate_record(null::audit_log, change -> 'audit');
  end if;
end;
$$;

-- The order matters: households before persons (a new person's household must exist), persons before memberships.
create or replace function registry_apply(change jsonb) returns void language plpgsql as $$
begin
  perform registry_apply_households(change);
  perform registry_apply_persons(change);
  perform registry_apply_memberships(change);
  perform registry_apply_records(change);
end;
$$;
