// Users, sessions and login failures: the rows behind authentication.
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export type Executor = Kysely<DB>;

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  jurisdiction: string;
  department: string | null;
  active: boolean;
}

const userColumns = [
  'id',
  'username',
  'display_name as displayName',
  'password_hash as passwordHash',
  'role',
  'jurisdiction',
  'department',
  'active',
] as const;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').select(userColumns).where('username', '=', username).executeTakeFirst();
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom('app_user').select(userColumns).orderBy('id').execute();
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  jurisdiction: string;
  department: string | null;
}

export async function insertUser(db: Executor, u: NewUser): Promise<number> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      role: u.role,
      jurisdiction: u.jurisdiction,
      department: u.department,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePasswordHash(db: Executor, userId: number, passwordHash: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set((eb) => ({ password_hash: passwordHash, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', userId)
    .execute();
}

export async function updateUserActive(db: Executor, userId: number, active: boolean): Promise<void> {
  await db
    .updateTable('app_user')
    .set((eb) => ({ active, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', userId)
    .execute();
}

export async function updateUserAssignment(
  db: Executor,
  userId: number,
  a: { role: string; jurisdiction: string; department: string | null },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set((eb) => ({
      role: a.role,
      jurisdiction: a.jurisdiction,
      department: a.department,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .execute();
}

/** End every open session of a user (password changed, account disabled). */
export async function endUserSessions(db: Executor, userId: number, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}

export async function insertSession(db: Executor, tokenHash: string, userId: number, expiresAt: Date) {
  await db
    .insertInto('user_session')
    .values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt, ended_at: null })
    .execute();
}

export async function findSessionUser(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name as displayName',
      'u.password_hash as passwordHash',
      'u.role',
      'u.jurisdiction',
      'u.department',
      'u.active',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('s.ended_at', 'is', null)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

export async function endSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ ended_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function recordLoginFailure(
  db: Executor,
  username: string,
  ip: string,
  at: Date,
): Promise<void> {
  await db.insertInto('login_failure').values({ username, ip, at }).execute();
}
