// Residence figures as of a day, for the supervision indicators (T11) and the statistics: read from the
// registrations' own dates and the permits' append-only events, so any past day is answered the same way.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

export async function residenceCountsAsOf(db: Kysely<DB>, asOf: string) {
  const r = await sql<{ residing: number; issued: number; endorsed: number; cancelled: number }>`
    select
      (select count(*)::int from residence_registration
        where since <= ${asOf}::date and (ended_on is null or ended_on > ${asOf}::date)) as residing,
      (select count(*)::int from residence_event where action = 'issue' and on_date <= ${asOf}::date) as issued,
      (select count(*)::int from residence_event where action = 'endorse' and on_date <= ${asOf}::date) as endorsed,
      (select count(*)::int from residence_event
        where action = 'cancel' and permit_id is not null and on_date <= ${asOf}::date) as cancelled`.execute(
    db,
  );
  return r.rows[0]!;
}
