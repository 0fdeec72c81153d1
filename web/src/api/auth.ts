// Typed calls to /api/v1/auth (src/api/auth). Types come from the API's own zod schemas (src/domain/auth/schema.ts), so the web app and
// the server cannot disagree on the user's shape. The session itself is an httpOnly cookie the browser keeps.
import type { SessionUser } from '../../../src/domain/auth/schema.ts';
import { api, ApiError } from './client.ts';

export type { SessionUser };

interface UserEnvelope {
  user: SessionUser;
}

export async function login(username: string, password: string): Promise<SessionUser> {
  return (await api.post<UserEnvelope>('/api/v1/auth/login', { username, password })).user;
}

export async function logout(): Promise<void> {
  await api.post<void>('/api/v1/auth/logout');
}

/** The signed-in user, or null when there is no valid session (401). Other failures propagate. */
export async function currentUser(): Promise<SessionUser | null> {
  try {
    return (await api.get<UserEnvelope>('/api/v1/auth/me')).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
