-- Scale-out (issue 20; docs/SCALING.md). Two things, in both schema modes unless said otherwise:
--
-- 1. One active hukou per ID number across the city — and, distributed, across the province (T12) — held by a table
--    keyed by the ID number itself: id_number_claim, one row per active, unflagged person. A distributed register
--    (Citus) distributes it by id_number, so the claim is one row on one shard whatever county the person lives in;
--    person's own unique index can then only hold per county (a unique index must contain the distribution key).
--    registry_apply writes the claims in the same statement as the persons (registry_apply_claims, below); the bulk
--    import writes them after its COPY (src/jobs/import/finish.ts). Releases go before claims, as in projection.ts.
--
-- 2. In partitioned mode (HUKOU_PARTITIONED=1 on a fresh PostgreSQL database; src/db/migrate.ts records the mode
--    in schema_mode and passes it here as the transaction setting hukou.partitioned), the county-keyed tables are
--    rebuilt as tables hash-partitioned by county_code — the same rules Citus imposes on distributed tables: every
--    primary key and unique index contains the county code, foreign keys between them carry it. Migrations are
--    forward-only and the earlier ones create plain tables; rebuilding the (still empty) tables here, once, keeps
--    those files as they are and makes the rebuild generic: columns, checks, defaults, identities, indexes,
--    triggers and grants are read from the catalog, so a column a later migration adds to a plain table comes along.
--    What the partitioned schema no longer enforces, and what does instead, is listed in docs/SCALING.md.

create table id_number_claim (
  id_number text not null,
  person_id uuid not null,
  county_code text not null check (county_code ~ '^\d{6}$'),
  constraint id_number_claim_pkey primary key (id_number)
);
-- Releases find a person's claim by the person.
create index id_number_claim_person on id_number_claim (person_id);
insert into id_number_claim (id_number, person_id, county_code)
select id_number, person_id, county_code from person where status = 'active' and legacy_flag is null;

-- Every person the change writes gives up the claim it held; each one active and unflagged after the change claims
-- its ID number again. A claim already held by someone else is the one-active-hukou rule (T12): raised as the unique
-- violation of person_one_active_hukou, which src/db/repositories/registry/errors.ts maps to the rule. An update
-- keeps the stored legacy_flag (registry_apply_persons does not write it), so the flag is read from the table.
create function registry_apply_claims(change jsonb) returns void language plpgsql as $$
begin
  delete from id_number_claim c
  using jsonb_array_elements(coalesce(change -> 'persons', '[]')) e
  where c.person_id = (e.value -> 'row' ->> 'person_id')::uuid;
  begin
    insert into id_number_claim (id_number, person_id, county_code)
    select r.id_number, r.person_id, r.county_code
    from jsonb_array_elements(coalesce(change -> 'persons', '[]')) e
    cross join lateral jsonb_populate_record(null::person, e.value -> 'row') r
    where r.status = 'active'
      and case when e.value -> 'expected' is null or e.value -> 'expected' = 'null' then r.legacy_flag
               else (select p.legacy_flag from person p where p.person_id = r.person_id limit 1) end is null;
  exception when unique_violation then
    raise exception using errcode = 'unique_violation', constraint = 'person_one_active_hukou',
      message = 'person_one_active_hukou: the ID number has an active hukou elsewhere (id_number_claim)';
  end;
end;
$$;

-- Households first (a new person's household must exist), then the claims (releases before claims), persons,
-- memberships, and the event with its audit row. Restates 0700's order with the claims added.
create or replace function registry_apply(change jsonb) returns void language plpgsql as $$
begin
  perform registry_apply_households(change);
  perform registry_apply_claims(change);
  perform registry_apply_persons(change);
  perform registry_apply_memberships(change);
  perform registry_apply_records(change);
end;
$$;

-- A partition's row triggers report the partition's name in tg_table_name: the chain's name now comes as the
-- trigger's argument where one is given (partitioned mode), else from the table as before.
create or replace function chain_flush() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
declare
  chain_name text := coalesce(tg_argv[0], tg_table_name);
  state text := current_setting('hukou.chain.' || chain_name, true);
begin
  if state is null or state = '' then return null; end if;
  update audit_chain_head set last_seq = split_part(state, ':', 1)::bigint, last_hash = decode(split_part(state, ':', 2), 'hex')
  where chain = chain_name;
  perform set_config('hukou.chain.' || chain_name, '', true);
  return null;
end;
$$;

-- Only the owner reads and writes the recorded mode (src/db/migrate.ts); the application may read it.
revoke insert, update, delete on schema_mode from hukou_app;

-- Rebuild one empty table as a table hash-partitioned by `key` into `parts` partitions, keeping its columns, checks,
-- defaults, identities, indexes (each unique one with the key added), triggers (ENABLE ALWAYS kept), functions taking
-- its row type, and grants. Foreign keys are the caller's (they span tables).
create function scale_out_rebuild(tbl text, key text, parts integer) returns void language plpgsql as $$
declare
  rel oid := to_regclass(tbl);
  old_name text := tbl || '_unpartitioned';
  key_nullable boolean;
  has_key boolean;
  r record;
  cols text;
  defs text[] := '{}';
  functions text[] := '{}';
  grants text[] := '{}';
  d text;
  i integer;
begin
  if rel is null then raise exception 'scale_out_rebuild: no table %', tbl; end if;
  execute format('select exists (select 1 from %I)', tbl) into has_key;
  if has_key then raise exception 'scale_out_rebuild: % has rows; partitioned mode is chosen on a fresh database', tbl; end if;
  select not attnotnull into key_nullable from pg_attribute where attrelid = rel and attname = key;

  -- Primary keys and unique constraints: the same columns and the key. A nullable key (audit_log.county_code: a
  -- login has no county) cannot be in a primary key, so that one becomes a unique constraint.
  for r in select c.conname, c.contype, c.conkey from pg_constraint c where c.conrelid = rel and c.contype in ('p', 'u') loop
    select string_agg(quote_ident(a.attname), ', ' order by k.ord), bool_or(a.attname = key) into cols, has_key
    from unnest(r.conkey) with ordinality k(n, ord) join pg_attribute a on a.attrelid = rel and a.attnum = k.n;
    if not has_key then cols := cols || ', ' || quote_ident(key); end if;
    defs := defs || format('alter table %I add constraint %I %s (%s)', tbl, r.conname,
      case when r.contype = 'p' and not key_nullable then 'primary key' else 'unique' end, cols);
  end loop;
  -- Other indexes: unique ones rebuilt with the key (they are on plain columns), the rest as they were.
  for r in select ic.relname, x.indisunique, x.indkey::int2[] as keys, pg_get_indexdef(x.indexrelid) as def,
      pg_get_expr(x.indpred, x.indrelid) as pred
    from pg_index x join pg_class ic on ic.oid = x.indexrelid
    where x.indrelid = rel and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid and c.conrelid = rel) loop
    if r.indisunique then
      if 0 = any(r.keys) then raise exception 'scale_out_rebuild: unique expression index % not handled', r.relname; end if;
      select string_agg(quote_ident(a.attname), ', ' order by k.ord), bool_or(a.attname = key) into cols, has_key
      from unnest(r.keys) with ordinality k(n, ord) join pg_attribute a on a.attrelid = rel and a.attnum = k.n;
      if not has_key then cols := cols || ', ' || quote_ident(key); end if;
      -- Each partition's index is named after the table's (name_pN), so a violation still names the rule it holds
      -- (src/db/repositories/registry/errors.ts reads the name without the suffix).
      defs := defs || (format('create unique index %I on only %I (%s)', r.relname, tbl, cols) || coalesce(' where ' || r.pred, ''));
      for i in 0 .. parts - 1 loop
        defs := defs || (format('create unique index %I on %I (%s)', r.relname || '_p' || i, tbl || '_p' || i, cols) || coalesce(' where ' || r.pred, ''));
        defs := defs || format('alter index %I attach partition %I', r.relname, r.relname || '_p' || i);
      end loop;
    else
      defs := defs || r.def;
    end if;
  end loop;
  -- Triggers, each with its enabled state; the chain's flush names its chain (a partition's tg_table_name does not).
  for r in select t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) as def from pg_trigger t where t.tgrelid = rel and not t.tgisinternal loop
    defs := defs || replace(r.def, 'EXECUTE FUNCTION chain_flush()', format('EXECUTE FUNCTION chain_flush(%L)', tbl));
    if r.tgenabled = 'A' then defs := defs || format('alter table %I enable always trigger %I', tbl, r.tgname); end if;
  end loop;
  -- Grants beyond the owner's (e.g. hukou_app's, with UPDATE and DELETE revoked on append-only tables).
  for r in select a.privilege_type, a.grantee from pg_class c, aclexplode(c.relacl) a where c.oid = rel and a.grantee <> c.relowner loop
    grants := grants || format('grant %s on %I to %s', r.privilege_type, tbl,
      case when r.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(r.grantee)) end);
  end loop;
  -- Functions taking the row type (chain_content_*): dropped with the old table's type, recreated on the new one.
  for r in select p.oid, pg_get_functiondef(p.oid) as def from pg_proc p, pg_class c
    where c.oid = rel and c.reltype = any(p.proargtypes::oid[]) loop
    functions := functions || r.def;
    execute format('drop function %s', r.oid::regprocedure);
  end loop;

  execute format('alter table %I rename to %I', tbl, old_name);
  execute format('create table %I (like %I including defaults including constraints including identity including generated including storage including comments) partition by hash (%I)',
    tbl, old_name, key);
  for i in 0 .. parts - 1 loop
    execute format('create table %I partition of %I for values with (modulus %s, remainder %s)', tbl || '_p' || i, tbl, parts, i);
  end loop;
  execute format('drop table %I', old_name);
  foreach d in array functions loop execute d; end loop;
  foreach d in array defs loop execute d; end loop;
  if exists (select 1 from pg_roles where rolname = 'hukou_app') then
    execute format('revoke all on %I from hukou_app', tbl);
    -- The application works through the parent only; partitions are the owner's.
    for i in 0 .. parts - 1 loop execute format('revoke all on %I from hukou_app', tbl || '_p' || i); end loop;
  end if;
  foreach d in array grants loop execute d; end loop;
end;
$$;

do $$
declare
  county_tables text[] := array['household', 'person', 'household_history', 'person_history', 'membership',
    'registry_event', 'settlement_application',
    'settlement_application_event', 'settlement_evaluation', 'application_attachment', 'move_permit',
    'quality_finding', 'audit_log'];
  -- Foreign keys between partitioned tables whose two ends are always in the same county: kept, with the county.
  colocated text[] := array['person_household_id_fkey', 'membership_household_id_fkey',
    'settlement_application_event_application_id_fkey', 'settlement_evaluation_application_id_fkey',
    'application_attachment_application_id_fkey', 'move_permit_application_id_fkey'];
  parts constant integer := 8;
  fks record;
  fk_list jsonb := '[]';
  t text;
  f jsonb;
begin
  if coalesce(current_setting('hukou.partitioned', true), '') <> 'on' then
    -- Plain mode: the findings' upsert names (finding_key, county_code), the key it has when partitioned.
    create unique index quality_finding_key_county on quality_finding (finding_key, county_code);
    return;
  end if;
  -- Every foreign key from or to a table about to be rebuilt, with its columns, dropped now and restored below.
  for fks in select c.conname, c.conrelid::regclass::text as src, c.confrelid::regclass::text as dst,
      pg_get_constraintdef(c.oid) as def,
      (select array_agg(a.attname order by k.ord) from unnest(c.conkey) with ordinality k(n, ord)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as src_cols,
      (select array_agg(a.attname order by k.ord) from unnest(c.confkey) with ordinality k(n, ord)
        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) as dst_cols
    from pg_constraint c
    where c.contype = 'f' and (c.conrelid::regclass::text = any(county_tables) or c.confrelid::regclass::text = any(county_tables)) loop
    fk_list := fk_list || jsonb_build_object('name', fks.conname, 'src', fks.src, 'dst', fks.dst, 'def', fks.def,
      'src_cols', to_jsonb(fks.src_cols), 'dst_cols', to_jsonb(fks.dst_cols));
    execute format('alter table %I drop constraint %I', fks.src, fks.conname);
  end loop;

  foreach t in array county_tables loop perform scale_out_rebuild(t, 'county_code', parts); end loop;
  perform scale_out_rebuild('id_number_claim', 'id_number', parts);

  for f in select value from jsonb_array_elements(fk_list) loop
    if not (f ->> 'dst' = any(county_tables)) then
      -- To a reference table (division_unit, app_user, quality_scan): as it was.
      execute format('alter table %I add constraint %I %s', f ->> 'src', f ->> 'name', f ->> 'def');
    elsif f ->> 'name' = any(colocated) then
      execute format('alter table %I add constraint %I foreign key (%s, county_code) references %I (%s, county_code)',
        f ->> 'src', f ->> 'name',
        (select string_agg(quote_ident(c), ', ') from jsonb_array_elements_text(f -> 'src_cols') c),
        f ->> 'dst',
        (select string_agg(quote_ident(c), ', ') from jsonb_array_elements_text(f -> 'dst_cols') c));
    else
      -- membership.person_id → person: a person's memberships follow them across counties (SCALING.md).
      raise notice 'partitioned mode: foreign key % on % dropped (its ends may lie in different counties)', f ->> 'name', f ->> 'src';
    end if;
  end loop;

  -- The chain triggers fire on a partition, whose row type is not the table's: the content is read as the table's.
  create or replace function audit_log_chain() returns trigger language plpgsql security definer set search_path = public, pg_temp as $f$
  begin
    select seq, prev, hash into new.chain_seq, new.prev_hash, new.row_hash
    from chain_append('audit_log', chain_content_audit_log(row(new.*)::audit_log));
    return new;
  end;
  $f$;
  create or replace function registry_event_chain() returns trigger language plpgsql security definer set search_path = public, pg_temp as $f$
  begin
    select seq, prev, hash into new.chain_seq, new.prev_hash, new.row_hash
    from chain_append('registry_event', chain_content_registry_event(row(new.*)::registry_event));
    return new;
  end;
  $f$;
end;
$$;

drop function scale_out_rebuild(text, text, integer);
