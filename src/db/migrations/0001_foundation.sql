-- Foundation: users with roles and jurisdictions, sessions, the audit log, idempotency keys, login failures.
-- Written for PostgreSQL 15 and PGlite (PostgreSQL 17) alike.

-- Append-only tables (audit, registry events) refuse UPDATE and DELETE whatever the caller.
create or replace function refuse_mutation() returns trigger language plpgsql as $$
begin
  raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end;
$$;

create table app_user (
  id bigint generated always as identity primary key,
  username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,31}$'),
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('admin', 'station-clerk', 'county-officer', 'city-officer', 'department-officer', 'supervisor')),
  -- A division code: 4 (city), 6 (county) or 9 (town / police station) digits.
  jurisdiction text not null check (jurisdiction ~ '^(\d{4}|\d{6}|\d{9})$'),
  department text,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (role <> 'department-officer' or department is not null)
);

create table user_session (
  token_hash text primary key,
  user_id bigint not null references app_user (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz
);
create index user_session_user on user_session (user_id);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id bigint references app_user (id),
  actor_username text,
  actor_role text,
  action text not null,
  resource_type text not null,
  resource_id text,
  -- County-level division of the data touched: the future distribution key (Citus).
  county_code text,
  request_id text,
  ip text,
  detail jsonb
);
create index audit_log_resource on audit_log (resource_type, resource_id);
create index audit_log_actor_at on audit_log (actor_id, at);
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function refuse_mutation();

create table idempotency_key (
  scope text not null,
  key text not null,
  method text not null,
  path text not null,
  request_hash text not null,
  status_code integer,
  response_body text,
  response_type text,
  created_at timestamptz not null default now(),
  completed_at timestamptz,
  primary key (scope, key)
);

create table login_failure (
  id bigint generated always as identity primary key,
  username text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failure_username_at on login_failure (username, at);
