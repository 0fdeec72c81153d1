// Use case: a department feed (deaths from 卫计委, enlistments from the military) arrives through the API or a CSV
// file; its records are stored (one per feed and ID number) and reconciled against the register at once. The periodic
// job (`hukou quality reconcile`) reconciles every stored record again: a person registered after the feed arrived is
// caught too.
import type { Kysely } from 'kysely';
import { FEED_KINDS, maySendFeed, reconcileFeed, type FeedKind } from '../../domain/quality/feeds.ts';
import { DomainError } from '../../domain/errors.ts';
import { decide, nameOf, principalMay } from '../../domain/access/principal.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { storeFeedRecords } from '../../db/repositories/quality/feed-records.ts';
import { storeFindings } from '../../db/repositories/quality/findings.ts';
import { activeInFeed } from '../../db/repositories/quality/scan-reads.ts';
import type { DB } from '../../db/schema.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { dueDate, qualityParametersNow } from './run-scan.ts';
import { feedSchema } from '../../domain/quality/schema.ts';

export async function receiveFeed(
  deps: AppDeps,
  ctx: RequestContext,
  feed: FeedKind,
  raw: unknown,
  source = 'api',
) {
  const departments = qualityParametersNow(deps).feedDepartments;
  // A person sends a feed for their department only; the operator loads files, the watch job reads them back.
  const allowed = decide(ctx.principal, {
    staff: ({ actor }) => maySendFeed(actor, feed, departments),
    operator: (who) => principalMay(who, 'quality.feed'),
    system: (who) => principalMay(who, 'quality.feed'),
    public: () => false,
  });
  if (!allowed) {
    throw new DomainError(
      'forbidden',
      `${FEED_KINDS[feed].zh}须由${FEED_KINDS[feed].department}推送 / only ${feed === 'deaths' ? 'the health commission' : 'the military service organs'} may send this feed`,
    );
  }
  const { records } = parseOrThrow(feedSchema, raw);
  // The records, the findings they raise and the audit row commit together: a failed audit leaves no record behind.
  return inTransaction(deps, async (trx) => {
    await storeFeedRecords(trx, feed, records, `${source}:${nameOf(ctx.principal)}`);
    const result = await reconcile(
      deps,
      feed,
      records.map((r) => r.idNumber),
      trx,
    );
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: `quality.feed.${feed}`,
      resourceType: 'quality-feed',
      detail: { records: records.length, findings: result.findings },
    });
    return { received: records.length, ...result };
  });
}

/**
 * Reconcile stored feed records (all, or these numbers) against the register; new findings join the queue. `db`: the
 * caller's transaction when the findings must commit with its other writes.
 */
export async function reconcile(
  deps: AppDeps,
  feed: FeedKind,
  idNumbers?: string[],
  db: Kysely<DB> = deps.database.db,
) {
  const params = qualityParametersNow(deps);
  const hits = await activeInFeed(db, feed, idNumbers);
  const findings = reconcileFeed(
    feed,
    hits.map((h) => h.feed),
    hits.map((h) => h.person),
  );
  const created = await storeFindings(db, null, findings, dueDate(deps, params.dueDays), deps.now());
  return { findings: findings.length, created, items: findings };
}
