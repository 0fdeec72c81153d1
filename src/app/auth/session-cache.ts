// A short-lived in-process cache of resolved sessions. Every API request resolves its session cookie; without the
// cache that is one more database round trip per request, the largest cost of a lookup after the lookup itself
// (docs/PERFORMANCE.md, Registry). Only valid sessions are cached; logging out evicts at once in this process. The
// price: in another server process, a logout, a password change or a disabled account takes effect after at most
// SESSION_CACHE_MS (the database ends the sessions at once; this process drops them from its cache at once), and an
// expiring session may outlive its expiry by as much. Five seconds was chosen over asking the database for the
// user's version on every request, which would bring back the round trip the cache exists to save.
import type { Database } from '../../db/connection.ts';

/** How long a resolved session is trusted without asking the database again. */
export const SESSION_CACHE_MS = 5_000;
/** Bound on entries per process; the oldest go first. */
export const SESSION_CACHE_MAX = 10_000;

interface Entry<U> {
  user: U;
  userId: number;
  validUntil: number;
}

const caches = new WeakMap<Database, Map<string, Entry<unknown>>>();

function cacheOf(database: Database): Map<string, Entry<unknown>> {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new Map()));
  return cache;
}

export function cachedSession<U>(database: Database, tokenHash: string, now: Date): U | undefined {
  const cache = cacheOf(database);
  const entry = cache.get(tokenHash);
  if (!entry) return undefined;
  if (entry.validUntil > now.getTime()) return entry.user as U;
  cache.delete(tokenHash);
  return undefined;
}

export function rememberSession<U extends { id: number }>(
  database: Database,
  tokenHash: string,
  user: U,
  now: Date,
): void {
  const cache = cacheOf(database);
  if (cache.size >= SESSION_CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(tokenHash, { user, userId: user.id, validUntil: now.getTime() + SESSION_CACHE_MS });
}

/** Drop every cached session of a user (their sessions were just ended in the database). */
export function forgetUserSessions(database: Database, userId: number): void {
  const cache = cacheOf(database);
  for (const [tokenHash, entry] of cache) if (entry.userId === userId) cache.delete(tokenHash);
}

export function forgetSession(database: Database, tokenHash: string): void {
  cacheOf(database).delete(tokenHash);
}
