// The login throttle's one statement: claim a turn on several keys at once. Each key's row is upserted under its
// row lock, so concurrent attempts are counted one by one (no read-then-write race): a key whose next_at lies
// ahead refuses the attempt and is left as it is; otherwise its count grows and next_at moves by the delay the
// new count earns.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface ThrottleRule {
  key: string;
  /** Attempts checked without delay within a quiet period. */
  free: number;
}

export interface ThrottleTiming {
  /** A key quiet this long starts counting afresh. */
  quietMs: number;
  /** The first delay; each further attempt doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Claim a turn on every key; returns the keys that refused (empty = the attempt may be checked) and when to retry. */
export async function claimLoginTurn(
  db: Kysely<DB>,
  rules: ThrottleRule[],
  timing: ThrottleTiming,
  now: Date,
): Promise<{ refused: string[]; retryAt: Date | null }> {
  const quietSince = new Date(now.getTime() - timing.quietMs);
  // A key starts afresh after a quiet period — or when its next_at lies further ahead than any delay could set it:
  // the clock went back (a test clock, a corrected server clock), and no one should wait for that.
  const latest = new Date(now.getTime() + timing.maxDelayMs);
  const fresh = sql`(t.next_at < ${quietSince}::timestamptz or t.next_at > ${latest}::timestamptz)`;
  const n = sql`(case when ${fresh} then 1 else t.attempts + 1 end)`;
  // n = the count after this attempt; delay(n) = 0 while n <= free, then base·2^(n-free-1), capped.
  const delayMs = sql`(case when ${n} <= excluded.free then 0 else least(${timing.maxDelayMs}::float8, ${timing.baseDelayMs}::float8 * power(2, ${n} - excluded.free - 1)) end)`;
  const claimed = await sql<{ key: string }>`
    insert into login_throttle as t (key, attempts, free, next_at)
    values ${sql.join(rules.map((r) => sql`(${r.key}, 1, ${r.free}, ${now}::timestamptz)`))}
    on conflict (key) do update set
      attempts = ${n},
      free = excluded.free,
      next_at = ${now}::timestamptz + make_interval(secs => ${delayMs} / 1000)
    where t.next_at <= ${now}::timestamptz or ${fresh}
    returning t.key`.execute(db);
  const got = new Set(claimed.rows.map((r) => r.key));
  const refused = rules.map((r) => r.key).filter((k) => !got.has(k));
  if (refused.length === 0) return { refused, retryAt: null };
  const next = await db
    .selectFrom('login_throttle')
    .select((eb) => eb.fn.max('next_at').as('at'))
    .where('key', 'in', refused)
    .executeTakeFirst();
  return { refused, retryAt: next?.at ? new Date(next.at) : now };
}

/** Forget a key's history (a right password: the rightful owner should not inherit a guesser's delay). */
export async function clearLoginTurn(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Give back one claimed turn (a right password was no guess; a busy office address must not fill up with them). */
export async function returnLoginTurn(db: Kysely<DB>, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', key)
    .where('attempts', '>', 0)
    .execute();
}
