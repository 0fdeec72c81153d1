-- registry_apply as in 0102 (its comments there hold), but its audit row also stores purpose and person_ids (0600): a
-- change's audit row names every person the change touched, so the resident's access log (issue 13) shows changes to
-- a record beside reads of it. Only the audit insert differs from 0102.
create or replace function registry_apply(change jsonb) returns void language plpgsql as $$
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

  -- One indexed update per closed membership (membership_one_open): 0101's join with jsonb_to_recordset was planned
  -- for 100 rows as a hash join over a sequential scan of the whole membership table, on every move-out.
  for item in select value from jsonb_array_elements(coalesce(change -> 'closed', '[]')) loop
    update membership set until = (item ->> 'until')::date
    where person_id = (item ->> 'person_id')::uuid and until is null;
  end loop;

  insert into membership (person_id, household_id, relation, since, until, county_code)
  select person_id, household_id, relation, since, until, county_code
  from jsonb_populate_recordset(null::membership, coalesce(change -> 'opened', '[]'));

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
