// The one error type of the system. Every failure a user can cause is a DomainError with a code from this
// closed list; src/api/errors.ts maps the code to an HTTP status and the CLI maps it to an exit code.

export const ERROR_CODES = {
  'invalid-input': { http: 400, exit: 2 },
  'malformed-json': { http: 400, exit: 2 },
  unauthenticated: { http: 401, exit: 3 },
  forbidden: { http: 403, exit: 3 },
  'not-found': { http: 404, exit: 4 },
  conflict: { http: 409, exit: 5 },
  'stale-version': { http: 409, exit: 5 },
  'rule-violation': { http: 409, exit: 5 },
  // The rules were applied and the answer is no (a residence permit's eligibility): the failed reasons are the issues.
  'not-eligible': { http: 422, exit: 5 },
  'payload-too-large': { http: 413, exit: 2 },
  'rate-limited': { http: 429, exit: 6 },
  // The audit's hash chain does not hold (`hukou audit verify`): a row edited, deleted, inserted or reordered.
  'integrity-violation': { http: 500, exit: 7 },
  internal: { http: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorIssue {
  /** Dotted path of the offending field, e.g. "applicant.birthDate"; "" for the whole input. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  /** For 'rate-limited': when to try again (the API sends it as Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, issues: ErrorIssue[] = [], retryAfterSeconds?: number) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static invalid(issues: ErrorIssue[], message = '输入有误 / invalid input'): DomainError {
    return new DomainError('invalid-input', message, issues);
  }

  static notFound(what: string): DomainError {
    return new DomainError('not-found', `${what} 不存在 / not found`);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Render a zod-like issue path (array of keys) as "a.b.0.c". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}
