// Read a large query in pages through a server-side cursor (DECLARE … FETCH), on both engines: memory holds one
// page. On PGlite the cursor's transaction holds the one session; other queries wait until the export ends.
import type { Database } from '../../db/connection.ts';

export async function withCursor(
  database: Database,
  query: string,
  onPage: (rows: Record<string, unknown>[]) => Promise<void>,
  pageSize = 20_000,
) {
  const native = database.native;
  if (native.kind === 'postgres') {
    const client = await native.pool.connect();
    try {
      await client.query('begin read only');
      await client.query(`declare export_cursor no scroll cursor for ${query}`);
      for (;;) {
        const r = await client.query(`fetch ${pageSize} from export_cursor`);
        if (r.rows.length === 0) break;
        await onPage(r.rows);
      }
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
    return;
  }
  await native.client.transaction(async (tx) => {
    await tx.query(`declare export_cursor no scroll cursor for ${query}`);
    for (;;) {
      const r = await tx.query<Record<string, unknown>>(`fetch ${pageSize} from export_cursor`);
      if (r.rows.length === 0) break;
      await onPage(r.rows);
    }
    await tx.query('close export_cursor');
  });
}
