// Login throttling. Every attempt claims a turn on two keys before its password is checked: the user name (a
// guesser spread over many addresses) and the client address (one guesser trying many names). A handful of
// attempts per key are free; after that each further attempt must wait twice as long as the one before (a
// required wait, answered 429 with Retry-After). The wait refuses every password alike — a right password that
// came early would otherwise be an oracle — but it never grows into a lock: once the wait is over, the right
// password passes and clears the name's count. Parallel attempts are counted one by one in a single statement
// (src/db/repositories/login-throttle.ts), so 60 simultaneous wrong passwords get 6 checks, not 20.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  claimLoginTurn,
  clearLoginTurn,
  returnLoginTurn,
  type ThrottleTiming,
} from '../../db/repositories/login-throttle.ts';
import { DomainError } from '../../domain/errors.ts';

/** Free attempts per user name; an office behind one address gets more before its shared address waits. */
export const LOGIN_FREE_PER_USER = 5;
export const LOGIN_FREE_PER_ADDRESS = 20;
export const LOGIN_TIMING: ThrottleTiming = {
  quietMs: 15 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
};

const userKey = (username: string) => `user:${username}`;
const addressKey = (ip: string) => `addr:${ip}`;

export async function checkLoginTurn(db: Kysely<DB>, username: string, ip: string, now: Date): Promise<void> {
  const { refused, retryAt } = await claimLoginTurn(
    db,
    [
      { key: userKey(username), free: LOGIN_FREE_PER_USER },
      { key: addressKey(ip), free: LOGIN_FREE_PER_ADDRESS },
    ],
    LOGIN_TIMING,
    now,
  );
  if (refused.length === 0) return;
  const seconds = Math.max(1, Math.ceil(((retryAt ?? now).getTime() - now.getTime()) / 1000));
  throw new DomainError(
    'rate-limited',
    `登录尝试过于频繁，请 ${seconds} 秒后再试 / too many login attempts, try again in ${seconds} s`,
    [],
    seconds,
  );
}

/** A right password clears the name's count and gives its address back the turn it took. */
export async function loginSucceeded(db: Kysely<DB>, username: string, ip: string): Promise<void> {
  await clearLoginTurn(db, userKey(username));
  await returnLoginTurn(db, addressKey(ip));
}
