// deaths.csv and enlistments.csv (department feeds) → quality_feed_record (0500), one row per feed and ID number.
import { basename } from 'node:path';
import { feedIssues } from '../../domain/exchange/validate.ts';
import { text, type ImportContext } from './context.ts';
import { forEachBatch } from './records.ts';

const FEEDS = {
  deaths: { dateColumn: 'death_date', count: 'deaths' },
  enlistments: { dateColumn: 'enlisted_on', count: 'enlistments' },
} as const;

export async function loadFeed(ctx: ImportContext, feed: keyof typeof FEEDS, path: string) {
  const file = basename(path);
  const { dateColumn, count } = FEEDS[feed];
  const seen = new Set<string>();
  const target = await ctx.sink.copy('quality_feed_record', [
    'feed',
    'id_number',
    'name',
    'event_date',
    'source',
  ]);
  await forEachBatch(ctx, feed, path, async (records) => {
    const known = ctx.registerHadRows
      ? new Set(
          (
            await ctx.sink.lookup<{ id_number: string }>(
              'select id_number from quality_feed_record where feed = $1 and id_number = any($2::text[])',
              [feed, records.map((r) => r.get('id_number'))],
            )
          ).map((r) => r.id_number),
        )
      : new Set<string>();
    for (const r of records) {
      const issues = feedIssues(r.get, dateColumn);
      const id = r.get('id_number');
      if (issues.length === 0 && (seen.has(id) || known.has(id)))
        issues.push({ column: 'id_number', reason: `该身份号码已在此数据源中 / already listed: ${id}` });
      if (issues.length) {
        ctx.reject({ file, line: r.line, issues, fields: r.fields });
        continue;
      }
      seen.add(id);
      ctx.counts[count]++;
      const w = target.write(
        `${feed},${text(id)},${text(r.get('name'))},${r.get(dateColumn)},import:${ctx.batchId}\n`,
      );
      if (w) await w;
    }
  });
  await target.end();
}
