// Use case: a department feed (deaths from 卫计委, enlistments from the military) arrives through the API or a CSV
// file; its records are stored (one per feed and ID number) and reconciled against the register at once. The periodic
// job (`hukou quality reconcile`) reconciles every stored record again: a person registered after the feed arrived is
// caught too.
import { FEED_KINDS, maySendFeed, reconcileFeed, type FeedKind } from '../../domain/quality/feeds.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { storeFindings } from '../../db/repositories/quality/findings.ts';
import { activeInFeed } from '../../db/repositories/quality/scan-reads.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../validate.ts';
import { dueDate, qualityParametersNow } from './run-scan.ts';
import { feedSchema } from '../../domain/quality/schema.ts';

export async function receiveFeed(
  deps: AppDeps,
  ctx: RequestContext,
  feed: FeedKind,
  raw: unknown,
  source = 'api',
) {
  if (ctx.actor && !maySendFeed(ctx.actor, feed, qualityParametersNow(deps).feedDepartments)) {
    throw new DomainError(
      'forbidden',
      `${FEED_KINDS[feed].zh}须由${FEED_KINDS[feed].department}推送 / only ${feed === 'deaths' ? 'the health commission' : 'the military service organs'} may send this feed`,
    );
  }
  const { records } = parseOrThrow(feedSchema, raw);
  const db = deps.database.db;
  await db
    .insertInto('quality_feed_record')
    .values(
      records.map((r) => ({
        feed,
        id_number: r.idNumber,
        name: r.name,
        event_date: r.date,
        source: `${source}:${ctx.actor?.username ?? 'cli'}`,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['feed', 'id_number'])
        .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), event_date: eb.ref('excluded.event_date') })),
    )
    .execute();
  const result = await reconcile(
    deps,
    feed,
    records.map((r) => r.idNumber),
  );
  await recordAudit(db, {
    ...auditActor(ctx),
    action: `quality.feed.${feed}`,
    resourceType: 'quality-feed',
    detail: { records: records.length, findings: result.findings },
  });
  return { received: records.length, ...result };
}

/** Reconcile stored feed records (all, or these numbers) against the register; new findings join the queue. */
export async function reconcile(deps: AppDeps, feed: FeedKind, idNumbers?: string[]) {
  const params = qualityParametersNow(deps);
  const hits = await activeInFeed(deps.database.db, feed, idNumbers);
  const findings = reconcileFeed(
    feed,
    hits.map((h) => h.feed),
    hits.map((h) => h.person),
  );
  const created = await storeFindings(
    deps.database.db,
    null,
    findings,
    dueDate(deps, params.dueDays),
    deps.now(),
  );
  return { findings: findings.length, created, items: findings };
}
