// Supervision reports: the report's current row (state, version: the projection the board lists) and its
// append-only events, written together by the use cases in one transaction.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB } from '../../schema.ts';
import type { SupervisionReportEventTable, SupervisionReportTable } from '../../tables/supervision.ts';

export type ReportRow = Awaited<ReturnType<typeof loadReport>> & {};

export async function insertReport(db: Kysely<DB>, row: Insertable<SupervisionReportTable>): Promise<number> {
  const r = await db
    .insertInto('supervision_report')
    .values(row)
    .returning('report_id')
    .executeTakeFirstOrThrow();
  return Number(r.report_id);
}

export async function insertReportEvent(db: Kysely<DB>, row: Insertable<SupervisionReportEventTable>) {
  await db
    .insertInto('supervision_report_event')
    .values({ ...row, detail: row.detail === undefined ? null : JSON.stringify(row.detail) })
    .execute();
}

/** The report, locked for the transaction's decision when `lock` (a concurrent action waits, then sees the new version). */
export async function loadReport(db: Kysely<DB>, reportId: number, lock = false) {
  let q = db.selectFrom('supervision_report').selectAll().where('report_id', '=', reportId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Applies the change when the version is still `version`; false when someone changed it meanwhile. */
export async function updateReport(
  db: Kysely<DB>,
  reportId: number,
  version: number,
  change: Updateable<SupervisionReportTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('supervision_report')
    .set({ ...change, version: version + 1 })
    .where('report_id', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function nextSeq(db: Kysely<DB>, reportId: number): Promise<number> {
  const r = await db
    .selectFrom('supervision_report_event')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return Number(r?.seq ?? 0) + 1;
}

/** The reports on these items with their events, newest report first. */
export async function listReports(db: Kysely<DB>, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  const reports = await db
    .selectFrom('supervision_report as r')
    .innerJoin('supervision_unit as u', 'u.code', 'r.unit_code')
    .selectAll('r')
    .select('u.name as unit_name')
    .where('r.item_id', 'in', itemIds)
    .orderBy('r.report_id', 'desc')
    .execute();
  if (reports.length === 0) return [];
  const events = await db
    .selectFrom('supervision_report_event')
    .selectAll()
    .where(
      'report_id',
      'in',
      reports.map((r) => r.report_id),
    )
    .orderBy('report_id')
    .orderBy('seq')
    .execute();
  return reports.map((r) => ({ ...r, events: events.filter((e) => e.report_id === r.report_id) }));
}
