-- Issue 13: an audit nobody can rewrite unseen. audit_log and registry_event each form a hash chain: every row
-- carries chain_seq (its place in the chain), prev_hash (the hash of the row before) and row_hash =
-- sha256(prev_hash || int8send(chain_seq) || content), content being the row's canonical bytes (chain_content_*
-- below; src/domain/audit/canonical.ts computes the same bytes for `hukou audit verify`). The chain is built by a
-- BEFORE INSERT row trigger, so every insert path (statements, CTEs, registry_apply) is chained unchanged and no
-- row can be inserted unchained.
--
-- Concurrency: one head row per chain (last seq, last hash), locked FOR UPDATE by a transaction's first chained row
-- until the transaction ends, so concurrent writers form one chain in commit order; the head moves at commit. (Identity ids are drawn before the
-- trigger, out of commit order: that is why chain_seq is its own column.)

create table audit_chain_head (
  chain text primary key check (chain in ('audit_log', 'registry_event')),
  last_seq bigint not null,
  last_hash bytea not null
);

-- Canonical content: every column as text, each field 'N' when NULL, else 'V' || its length in bytes || ':' || the
-- text (length-prefixed, so no separator can be forged and NULL differs from ''). Timestamps are rendered in UTC
-- with microseconds whatever the session's TimeZone; jsonb by its ::text, which is canonical.
create function chain_field(v text) returns text language sql immutable as $$
  select case when v is null then 'N' else 'V' || octet_length(v)::text || ':' || v end
$$;
create function chain_time(v timestamptz) returns text language sql stable as $$
  select to_char(v at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

create function chain_content_audit_log(r audit_log) returns bytea language sql stable as $$
  select convert_to(chain_field(r.id::text) || chain_field(chain_time(r.at)) || chain_field(r.actor_id::text)
    || chain_field(r.actor_username) || chain_field(r.actor_role) || chain_field(r.action) || chain_field(r.resource_type)
    || chain_field(r.resource_id) || chain_field(r.county_code) || chain_field(r.request_id) || chain_field(r.ip)
    || chain_field(r.detail::text) || chain_field(r.purpose) || chain_field(r.person_ids::text), 'UTF8')
$$;

create function chain_content_registry_event(r registry_event) returns bytea language sql stable as $$
  select convert_to(chain_field(r.event_seq::text) || chain_field(r.event_id::text) || chain_field(r.kind)
    || chain_field(r.county_code) || chain_field(chain_time(r.at)) || chain_field(r.actor) || chain_field(r.legal_basis)
    || chain_field(r.reason) || chain_field(r.person_ids::text) || chain_field(r.household_ids::text)
    || chain_field(r.body::text), 'UTF8')
$$;

-- The one place a chain grows. Not executable by the application (0602 revokes it): only the SECURITY DEFINER
-- trigger functions below call it, as the owner. The first row a transaction adds to a chain locks the chain's head
-- (FOR UPDATE, held to the end of the transaction: chain order = commit order); the rows after it continue from the
-- transaction's own running state (a transaction-local setting), and the head is moved once, at commit (chain_flush).
-- Moving the head for every row made a statement that audits 64 lookups update one row 64 times in one transaction.
-- A subtransaction that rolls back takes its rows, its setting and (if it took it) its lock with it. A setting forged
-- by the application can only break the chain where verify finds it: every row must still link to the one before.
create function chain_append(p_chain text, p_content bytea, out seq bigint, out prev bytea, out hash bytea)
language plpgsql as $$
declare
  state text := current_setting('hukou.chain.' || p_chain, true);
begin
  if state is null or state = '' then
    select h.last_seq, h.last_hash into seq, prev from audit_chain_head h where h.chain = p_chain for update;
  else
    seq := split_part(state, ':', 1)::bigint;
    prev := decode(split_part(state, ':', 2), 'hex');
  end if;
  seq := seq + 1;
  hash := sha256(prev || int8send(seq) || p_content);
  perform set_config('hukou.chain.' || p_chain, seq::text || ':' || encode(hash, 'hex'), true);
end;
$$;

-- At commit (a deferred constraint trigger, one event per row; the first moves the head and clears the running
-- state, the others find it cleared): the head takes the transaction's last row.
create function chain_flush() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
declare
  state text := current_setting('hukou.chain.' || tg_table_name, true);
begin
  if state is null or state = '' then return null; end if;
  update audit_chain_head set last_seq = split_part(state, ':', 1)::bigint, last_hash = decode(split_part(state, ':', 2), 'hex')
  where chain = tg_table_name;
  perform set_config('hukou.chain.' || tg_table_name, '', true);
  return null;
end;
$$;

create function audit_log_chain() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  select seq, prev, hash into new.chain_seq, new.prev_hash, new.row_hash
  from chain_append('audit_log', chain_content_audit_log(new));
  return new;
end;
$$;

create function registry_event_chain() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  select seq, prev, hash into new.chain_seq, new.prev_hash, new.row_hash
  from chain_append('registry_event', chain_content_registry_event(new));
  return new;
end;
$$;

-- The head is moved only from inside the chain triggers (trigger depth 2); any direct UPDATE, DELETE or TRUNCATE is
-- refused, whoever asks (short of disabling this trigger, which only the owner can).
create function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then return new; end if;
  raise exception 'table audit_chain_head moves only with its chain: % refused', tg_op using errcode = 'P0001';
end;
$$;

alter table audit_log add column chain_seq bigint, add column prev_hash bytea, add column row_hash bytea;
alter table registry_event add column chain_seq bigint, add column prev_hash bytea, add column row_hash bytea;

-- Backfill: the rows already there are chained in id order (their commit order is not known any more).
create function chain_backfill(p_chain text) returns void language plpgsql as $$
declare
  r record;
  seq bigint := 0;
  h bytea := '\x0000000000000000000000000000000000000000000000000000000000000000';
  prev bytea;
begin
  create temp table chain_fill (k bigint primary key, seq bigint, prev bytea, hash bytea) on commit drop;
  if p_chain = 'audit_log' then
    for r in select a.id as k, chain_content_audit_log(a) as c from audit_log a order by a.id loop
      seq := seq + 1; prev := h; h := sha256(prev || int8send(seq) || r.c);
      insert into chain_fill values (r.k, seq, prev, h);
    end loop;
    update audit_log a set chain_seq = f.seq, prev_hash = f.prev, row_hash = f.hash from chain_fill f where a.id = f.k;
  else
    for r in select e.event_seq as k, chain_content_registry_event(e) as c from registry_event e order by e.event_seq loop
      seq := seq + 1; prev := h; h := sha256(prev || int8send(seq) || r.c);
      insert into chain_fill values (r.k, seq, prev, h);
    end loop;
    update registry_event e set chain_seq = f.seq, prev_hash = f.prev, row_hash = f.hash from chain_fill f where e.event_seq = f.k;
  end if;
  insert into audit_chain_head values (p_chain, seq, h);
  drop table chain_fill;
end;
$$;

alter table audit_log disable trigger audit_log_append_only;
alter table registry_event disable trigger registry_event_append_only;
select chain_backfill('audit_log');
select chain_backfill('registry_event');
alter table audit_log enable always trigger audit_log_append_only;
alter table registry_event enable always trigger registry_event_append_only;
drop function chain_backfill(text);

alter table audit_log alter column chain_seq set not null, alter column prev_hash set not null, alter column row_hash set not null;
alter table registry_event alter column chain_seq set not null, alter column prev_hash set not null, alter column row_hash set not null;
-- Verify walks each chain in this order; a duplicated place is refused outright.
create unique index audit_log_chain_seq on audit_log (chain_seq);
create unique index registry_event_chain_seq on registry_event (chain_seq);

-- ENABLE ALWAYS: session_replication_role = replica (the bulk import's switch) must not skip any of these.
create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();
alter table audit_log enable always trigger audit_log_chain;
create trigger registry_event_chain before insert on registry_event for each row execute function registry_event_chain();
alter table registry_event enable always trigger registry_event_chain;
create constraint trigger audit_log_chain_flush after insert on audit_log deferrable initially deferred
  for each row execute function chain_flush();
alter table audit_log enable always trigger audit_log_chain_flush;
create constraint trigger registry_event_chain_flush after insert on registry_event deferrable initially deferred
  for each row execute function chain_flush();
alter table registry_event enable always trigger registry_event_chain_flush;
create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function refuse_mutation();
alter table audit_log enable always trigger audit_log_no_truncate;
alter table registry_event enable always trigger registry_event_no_truncate;
create trigger audit_chain_head_guard before update or delete on audit_chain_head for each row execute function audit_chain_head_guard();
alter table audit_chain_head enable always trigger audit_chain_head_guard;
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head for each statement execute function refuse_mutation();
alter table audit_chain_head enable always trigger audit_chain_head_no_truncate;

-- The other append-only tables of the applications module: the same protection against replica mode and truncation.
alter table settlement_application_event enable always trigger settlement_application_event_append_only;
alter table settlement_evaluation enable always trigger settlement_evaluation_append_only;
alter table application_attachment enable always trigger application_attachment_append_only;
create trigger settlement_application_event_no_truncate before truncate on settlement_application_event
  for each statement execute function refuse_mutation();
create trigger settlement_evaluation_no_truncate before truncate on settlement_evaluation
  for each statement execute function refuse_mutation();
create trigger application_attachment_no_truncate before truncate on application_attachment
  for each statement execute function refuse_mutation();
