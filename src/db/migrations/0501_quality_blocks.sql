-- The on-event duplicate check (issue 7, T12) reads the (birth date, sex) block of one new person: an index keeps
-- that one read cheap at 6.5 million persons. A cursor of the last registry event checked lets the watch job resume.
create index person_quality_block on person (birth_date, sex) where status = 'active';
create table quality_event_cursor (
  name text primary key,
  event_seq bigint not null
);
