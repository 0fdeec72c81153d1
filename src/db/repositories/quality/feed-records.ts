// Department feed records (deaths, enlistments): one row per feed and ID number, a later record for the same number
// replacing the earlier one's name and date.
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

export interface FeedRecordInput {
  idNumber: string;
  name: string;
  date: string;
}

export async function storeFeedRecords(
  db: Kysely<DB>,
  feed: string,
  records: readonly FeedRecordInput[],
  source: string,
): Promise<void> {
  if (records.length === 0) return;
  await db
    .insertInto('quality_feed_record')
    .values(records.map((r) => ({ feed, id_number: r.idNumber, name: r.name, event_date: r.date, source })))
    .onConflict((oc) =>
      oc
        .columns(['feed', 'id_number'])
        .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), event_date: eb.ref('excluded.event_date') })),
    )
    .execute();
}
