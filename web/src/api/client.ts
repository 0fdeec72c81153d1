// The one way the web app talks to the API: JSON in and out, the session cookie, an Idempotency-Key on every
// POST (so a retried click never applies twice), and the API's error shape turned into an ApiError (its bilingual
// messages in the page's language).
import { inPageLanguage } from './messageLanguage.ts';

export interface ApiIssue {
  path: string;
  message: string;
}

/** `status` 0 means the request never got an HTTP answer (server down, network gone). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = [], retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
  }

  /** True when the server could not be reached or answered as a proxy/gateway that lost it. */
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Only declare JSON when there is a body: Fastify rejects an empty body sent as application/json.
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['Idempotency-Key'] = crypto.randomUUID();

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'unreachable', cause instanceof Error ? cause.message : String(cause));
  }

  const payload = await readJson(response);
  if (response.ok) return payload as T;
  throw toApiError(response, payload);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const retryHeader = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined;
  const error = (payload as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | undefined)
    ?.error;
  if (!error)
    return new ApiError(response.status, 'http-' + response.status, response.statusText, [], retryAfter);
  const issues = Array.isArray(error.issues)
    ? error.issues.map((i: { path?: unknown; message?: unknown }) => ({
        path: String(i.path ?? ''),
        message: inPageLanguage(String(i.message ?? '')),
      }))
    : [];
  return new ApiError(
    response.status,
    String(error.code ?? 'unknown'),
    inPageLanguage(String(error.message ?? '')),
    issues,
    retryAfter,
  );
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
};
