// What the board folds, as of the end of a day: each leaf's latest accepted percent, the leaves with any report,
// the due dates the supervision office set, and the recent actions (the timeline). Each read is one indexed query.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

/** Per item: the percent of its latest acceptance before `end`. */
export async function acceptedPercents(db: Kysely<DB>, end: Date): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('supervision_report_event')
    .distinctOn('item_id')
    .select(['item_id', sql<number>`(detail->>'percent')::int`.as('percent')])
    .where('action', '=', 'accept')
    .where('at', '<', end)
    .orderBy('item_id')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.percent)]));
}

/** Items with a report filed before `end`. */
export async function reportedItems(db: Kysely<DB>, end: Date): Promise<Set<string>> {
  const rows = await db
    .selectFrom('supervision_report_event')
    .select('item_id')
    .distinct()
    .where('action', '=', 'file')
    .where('at', '<', end)
    .execute();
  return new Set(rows.map((r) => r.item_id));
}

/** Per item: the latest due date the supervision office set before `end`. */
export async function scheduledDueDates(db: Kysely<DB>, end: Date): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('supervision_due_date')
    .distinctOn('item_id')
    .select(['item_id', 'due_on'])
    .where('set_at', '<', end)
    .orderBy('item_id')
    .orderBy('set_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.item_id, String(r.due_on)]));
}

export async function insertDueDate(
  db: Kysely<DB>,
  row: { item_id: string; due_on: string; reason: string; set_by: string | null; set_at: Date },
) {
  await db.insertInto('supervision_due_date').values(row).execute();
}

/** The latest actions: report events and due dates, newest first (no report text: the board is for everyone). */
export async function timeline(db: Kysely<DB>, limit: number) {
  const events = await db
    .selectFrom('supervision_report_event')
    .select(['at', 'item_id', 'action', 'unit_code', 'actor_username', 'rating'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const dues = await db
    .selectFrom('supervision_due_date')
    .select(['set_at', 'item_id', 'due_on', 'set_by'])
    .orderBy('set_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return [
    ...events.map((e) => ({
      at: e.at.toISOString(),
      kind: 'report' as const,
      itemId: e.item_id,
      action: e.action,
      unitCode: e.unit_code,
      actorUsername: e.actor_username,
      rating: e.rating,
    })),
    ...dues.map((d) => ({
      at: d.set_at.toISOString(),
      kind: 'due-date' as const,
      itemId: d.item_id,
      action: 'due-date',
      unitCode: null,
      actorUsername: d.set_by,
      dueOn: String(d.due_on),
    })),
  ]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}

export async function unitRows(db: Kysely<DB>) {
  return db.selectFrom('supervision_unit').selectAll().orderBy('code').execute();
}

/** Per item and action: how many report events fell in [start, end). */
export async function periodCounts(db: Kysely<DB>, start: Date, end: Date) {
  const rows = await db
    .selectFrom('supervision_report_event')
    .select(['item_id', 'action', sql<string>`count(*)`.as('n')])
    .where('at', '>=', start)
    .where('at', '<', end)
    .groupBy(['item_id', 'action'])
    .execute();
  return rows.map((r) => ({ itemId: r.item_id, action: r.action, count: Number(r.n) }));
}
