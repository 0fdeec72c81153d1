-- Issue 13: the application's database role owns no table. Migrations run as the owner (the role of
-- HUKOU_MIGRATION_DATABASE_URL); the application works as hukou_app — on PostgreSQL through a LOGIN role that is a
-- member of it, on PGlite by SET ROLE — with only the privileges it needs. A non-owner cannot ALTER TABLE … DISABLE
-- TRIGGER, TRUNCATE, drop a trigger or replace a function ("must be owner").
--
-- Roles are cluster-wide and test databases are migrated in parallel on one server: a concurrent creator shows up as
-- duplicate_object or as unique_violation (pg_authid's unique index), both meaning "it is there".
do $$
begin
  create role hukou_app nologin;
exception when duplicate_object or unique_violation then null;
end
$$;

grant usage on schema public to hukou_app;
grant select, insert, update, delete on all tables in schema public to hukou_app;
grant usage, select on all sequences in schema public to hukou_app;
grant execute on all functions in schema public to hukou_app;

-- Append-only tables: read and insert only (their triggers refuse UPDATE and DELETE too, for the owner as well).
revoke update, delete on audit_log, registry_event, settlement_application_event, settlement_evaluation,
  application_attachment from hukou_app;
-- The chain heads move only through the chain triggers (SECURITY DEFINER, run as the owner).
revoke insert, update, delete on audit_chain_head from hukou_app;
revoke execute on function chain_append(text, bytea) from public, hukou_app;
-- Migrations are the owner's.
revoke insert, update, delete on schema_migrations from hukou_app;

-- Tables, sequences and functions later migrations create (as this same owner) get the same grants; a later
-- append-only table must revoke UPDATE and DELETE itself.
alter default privileges in schema public grant select, insert, update, delete on tables to hukou_app;
alter default privileges in schema public grant usage, select on sequences to hukou_app;
alter default privileges in schema public grant execute on functions to hukou_app;
