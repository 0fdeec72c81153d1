// Calls to the running server's API from a test, as a demo user: logs in once per user and sends the session cookie
// with the server's own Origin, as the browser on our pages does (the Origin check refuses cookie-authenticated
// writes from anywhere else). Answers with the status and the parsed JSON (or the text).
import { expect } from 'vitest';

export type ApiCall = (
  user: string,
  method: string,
  path: string,
  body?: unknown,
  type?: string,
) => Promise<{ status: number; body: ReturnType<typeof JSON.parse> }>;

export function apiAs(baseUrl: () => string, password = 'hukou-demo'): ApiCall {
  const cookies: Record<string, string> = {};
  return async (user, method, path, body, type = 'application/json') => {
    if (!cookies[user]) {
      const r = await fetch(`${baseUrl()}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: user, password }),
      });
      expect(r.status).toBe(200);
      cookies[user] = r.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    }
    const r = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        cookie: cookies[user]!,
        origin: baseUrl(),
        ...(body !== undefined ? { 'content-type': type } : {}),
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    return {
      status: r.status,
      body: text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  };
}
