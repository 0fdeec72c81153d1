-- Reform supervision (issue 19; W1, W2, T1–T20): the plan's units as organisations, progress reports on tasks and
-- sub-items with their append-only events (filed, accepted, returned, refiled, commented, rated), and the due dates
-- the supervision office sets (append-only too: the latest per item holds). The tasks themselves are the clause
-- data (src/domain/supervision/tasks.ts), not rows: they change only when the plan does.

-- The units as the plan names them (src/domain/supervision/units.ts; a medium test checks the rows against it).
-- A department officer belongs to the unit whose code is their department's code (app_user.department stays as it
-- is); a city officer to 市公安局.
create table supervision_unit (
  code text primary key,
  name text not null unique,
  aliases text[] not null default '{}',
  in_plan boolean not null
);
insert into supervision_unit (code, name, aliases, in_plan) values
  ('psb', '市公安局', '{}', true),
  ('development-reform', '市发改委', '{}', true),
  ('hrss', '市人社局', '{}', true),
  ('urban-rural', '市城乡统筹办', '{"市人力资源办(市城乡统筹办)","市人力资源办"}', true),
  ('natural-resources', '市国土局', '{"市国土资源局"}', true),
  ('counties', '各县区人民政府', '{}', true),
  ('yiliang', '彝良县人民政府', '{}', true),
  ('housing', '市住建局', '{}', true),
  ('agriculture', '市农业局', '{}', true),
  ('rural-work', '市委农办', '{}', true),
  ('education', '市教育局', '{}', true),
  ('civil-affairs', '市民政局', '{}', true),
  ('press', '市新闻出版广电局', '{}', true),
  ('health', '市卫计委', '{}', true),
  ('migration', '市移民局', '{}', true),
  ('foreign-affairs', '市外侨办', '{}', true),
  ('statistics', '市统计局', '{}', true),
  ('industry', '市工信委', '{}', true),
  ('ethnic-religious', '市民宗局', '{}', true),
  ('finance', '市财政局', '{}', true),
  ('pboc', '人行昭通支行', '{}', true),
  ('national-tax', '市国税局', '{}', true),
  ('local-tax', '市地税局', '{}', true),
  ('forestry', '市林业局', '{}', true),
  ('water', '市水利局', '{}', true),
  ('legal', '市政府法制办', '{}', true),
  ('commerce', '市工商局', '{}', true),
  ('banking', '昭通银监分局', '{}', true),
  ('finance-office', '市金融办', '{}', true),
  ('supply', '市供销社', '{}', true),
  ('publicity', '市委宣传部', '{}', true),
  ('military', '人武部', '{}', false);

create table supervision_report (
  report_id bigint generated always as identity primary key,
  -- The leaf the report is on (T4, T10.1 …) and its task (T4, T10).
  item_id text not null,
  task_id text not null,
  unit_code text not null references supervision_unit (code),
  state text not null check (state in ('filed', 'accepted', 'returned')),
  version integer not null default 1 check (version >= 1),
  percent integer not null check (percent between 0 and 100),
  text text not null,
  attachments jsonb not null,
  indicators text[] not null,
  rating integer check (rating between 1 and 5),
  filed_by bigint references app_user (id),
  filed_at timestamptz not null,
  updated_at timestamptz not null
);
create index supervision_report_task on supervision_report (task_id, item_id, report_id);
create index supervision_report_unit on supervision_report (unit_code, state);

-- Every action on a report, never changed: the history the board and the exports are folded from.
create table supervision_report_event (
  id bigint generated always as identity primary key,
  report_id bigint not null references supervision_report (report_id),
  item_id text not null,
  seq integer not null,
  action text not null check (action in ('file', 'accept', 'return', 'refile', 'comment', 'rate')),
  from_state text,
  to_state text not null,
  actor_id bigint references app_user (id),
  actor_username text,
  actor_role text,
  -- The unit the actor acted for (null for a supervisor).
  unit_code text references supervision_unit (code),
  reason text,
  rating integer check (rating between 1 and 5),
  -- The report as filed or accepted (text, percent, attachments, indicators): progress as of any day is read here.
  detail jsonb,
  at timestamptz not null,
  unique (report_id, seq)
);
create index supervision_report_event_item on supervision_report_event (action, item_id, at);
create index supervision_report_event_at on supervision_report_event (at desc, id desc);
create trigger supervision_report_event_append_only before update or delete on supervision_report_event
  for each row execute function refuse_mutation();
create trigger supervision_report_event_no_truncate before truncate on supervision_report_event
  for each statement execute function refuse_mutation();

-- Due dates set by the supervision office; the plan's default is a dated parameter (supervision.dueOn).
create table supervision_due_date (
  id bigint generated always as identity primary key,
  item_id text not null,
  due_on date not null,
  reason text not null,
  set_by text,
  set_at timestamptz not null
);
create index supervision_due_date_item on supervision_due_date (item_id, set_at desc, id desc);
create trigger supervision_due_date_append_only before update or delete on supervision_due_date
  for each row execute function refuse_mutation();
create trigger supervision_due_date_no_truncate before truncate on supervision_due_date
  for each statement execute function refuse_mutation();

-- The settlements-by-clause indicator reads registered applications by the day they were registered.
create index settlement_application_registered on settlement_application (state_entered_at) where state = 'registered';
