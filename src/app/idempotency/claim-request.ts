// Use cases behind the Idempotency-Key header: claim a key before the work runs, store the answer after (or give
// the key back when the work failed on our side). A retry with the same request is answered from the store; the
// same key with another request, or while the first still runs, is a conflict.
import { DomainError } from '../../domain/errors.ts';
import {
  claimKey,
  completeKey,
  readOutcome,
  reclaimStaleKey,
  releaseKey,
} from '../../db/repositories/idempotency.ts';
import type { AppDeps } from '../context.ts';

/** A claim older than this without an answer belongs to a request that died; a retry may take it over. */
const ABANDONED_AFTER_MS = 5 * 60_000;

export interface IdempotentRequest {
  /** Whose keys these are: a user's, or the public's. */
  scope: string;
  key: string;
  method: string;
  path: string;
  /** A hash of the request (method, URL, body): the same key must come with the same request. */
  hash: string;
}

export interface StoredAnswer {
  statusCode: number;
  body: string;
  type: string;
}

/** Claim the key for this request: `null` when the work may run, or the stored answer to replay. */
export async function claimRequest(deps: AppDeps, r: IdempotentRequest): Promise<StoredAnswer | null> {
  const { db } = deps.database;
  if (await claimKey(db, r.scope, r.key, r.method, r.path, r.hash)) return null;
  const stored = await readOutcome(db, r.scope, r.key);
  if (!stored) throw new DomainError('conflict', '幂等键状态异常，请重试 / idempotency key vanished, retry');
  if (stored.requestHash !== r.hash) {
    throw new DomainError(
      'conflict',
      '同一幂等键用于了不同的请求 / Idempotency-Key reused with a different request',
      [{ path: 'headers.idempotency-key', message: '已用于另一请求' }],
    );
  }
  if (stored.statusCode !== null) {
    return {
      statusCode: stored.statusCode,
      body: stored.responseBody ?? '',
      type: stored.responseType ?? 'application/json',
    };
  }
  const olderThan = new Date(deps.now().getTime() - ABANDONED_AFTER_MS);
  if (await reclaimStaleKey(db, r.scope, r.key, olderThan)) return null;
  throw new DomainError('conflict', '相同请求正在处理中 / the same request is still in progress');
}

/** Store the answer of a claimed request, or release the key (`null`: a server error, so a retry may run). */
export async function finishRequest(
  deps: AppDeps,
  claim: { scope: string; key: string },
  answer: StoredAnswer | null,
): Promise<void> {
  const { db } = deps.database;
  if (!answer) await releaseKey(db, claim.scope, claim.key);
  else await completeKey(db, claim.scope, claim.key, answer.statusCode, answer.body, answer.type);
}
