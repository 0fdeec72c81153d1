-- API tokens for department systems (T13.2, issue 13): a department's system reads the register through its field
-- scope and sends its feeds with a token instead of an officer's session. Only the SHA-256 of the token is stored (the
-- token itself is shown once, at creation); every token expires (the use case caps it at a year) and can be revoked.
create table api_token (
  id bigint generated always as identity primary key,
  name text not null,
  token_hash text not null unique,
  -- The first characters (hkt_ + 4), so an administrator can tell which token a leaked or logged one is.
  hint text not null,
  department text not null,
  jurisdiction text not null,
  scopes text[] not null check (cardinality(scopes) > 0),
  created_by text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (expires_at > created_at)
);
create index api_token_department on api_token (department);
