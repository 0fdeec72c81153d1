-- Sharing and security (T13.2, issue 13), first step: an audit row says why personal data was read (purpose: the
-- reason a department officer states when revealing a masked field, or the business the read served) and whose
-- records it touched (person_ids: every person a search, lookup or read returned, not only the first), so a resident
-- can be shown who looked at their record and when.
alter table audit_log add column purpose text;
alter table audit_log add column person_ids uuid[];
-- "Who looked at me": rows are found by any person they name.
create index audit_log_person_ids on audit_log using gin (person_ids);
