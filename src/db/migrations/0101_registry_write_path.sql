-- The registry's write path in few round trips (docs/PERFORMANCE.md, Registry).

-- The slice of a create-household or split names an address: every active family household there, legacy-flagged
-- ones included (the domain refuses those too), found by index rather than by scanning the register.
create index household_family_address on household (address_key) where status = 'active' and kind = 'family';

-- registry_apply(change): write one accepted registry change — projection rows, memberships, the event and its
-- audit row — in ONE statement, so a change costs one round trip instead of one per row (docs/PERFORMANCE.md,
-- Registry). The domain has already decided in the application; this function only stores, in the order given:
--   households, persons: [{row, expected, label}] — expected null inserts the row; otherwise the row is updated
--     only if its version is still `expected`, else the whole statement fails with SQLSTATE HK409 and the label
--     as message (the application maps it to 'stale-version'). Persons come ordered so that rows giving up a
--     unique key (an active hukou, the head's place) are written before rows claiming one: unique indexes are
--     checked row by row, as with separate statements.
--   closed: [{person_id, until}] — the open membership of each person is closed.
--   opened: membership rows to insert.
--   event: the registry_event row; audit: the audit_log row (optional).
-- Being one statement, it commits or rolls back as a whole (or joins the caller's transaction).
-- The updated columns are those of personToRow / householdToRow (src/db/repositories/registry/rows.ts), listed
-- here rather than taken from the document's keys: static statements keep their plans for the session, which
-- measured ~20% of the database's CPU per change against dynamic SQL.
create function registry_apply(change jsonb) returns void language plpgsql as $$
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

  update membership m set until = c.until
  from jsonb_to_recordset(coalesce(change -> 'closed', '[]')) as c (person_id uuid, until date)
  where m.person_id = c.person_id and m.until is null;

  insert into membership (person_id, household_id, relation, since, until, county_code)
  select person_id, household_id, relation, since, until, county_code
  from jsonb_populate_recordset(null::membership, coalesce(change -> 'opened', '[]'));

  insert into registry_event (event_id, kind, county_code, at, actor, legal_basis, reason, person_ids, household_ids, body)
  select event_id, kind, county_code, at, actor, legal_basis, reason, person_ids, household_ids, body
  from jsonb_populate_record(null::registry_event, change -> 'event');

  if change -> 'audit' is not null then
    insert into audit_log (actor_id, actor_username, actor_role, action, resource_type, resource_id, county_code, request_id, ip, detail)
    select actor_id, actor_username, actor_role, action, resource_type, resource_id, county_code, request_id, ip, detail
    from jsonb_populate_record(null::audit_log, change -> 'audit');
  end if;
end;
$$;
