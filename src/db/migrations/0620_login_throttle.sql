-- Login throttle (#13): one row per throttled key ('user:<name>', 'addr:<ip>'), counted and checked in one
-- upsert so parallel attempts are each counted; free = attempts without delay. next_at is when the key's next attempt may be checked.
create table login_throttle (
  key text primary key,
  attempts integer not null,
  free integer not null,
  next_at timestamptz not null
);
