// `hukou audit verify` over 1,000,000 audit rows on PostgreSQL, beside a raw COPY of the same rows in chain order
// measured in the same run (the floor: reading the rows at all).
//   node --import tsx bench/audit-verify.ts [--rows 1000000] [--url postgres://postgres@127.0.0.1:5432/postgres] [--reuse]
// The first 20,000 rows go in through the chain trigger (the real path; its rate is reported), the rest by COPY with
// the chain computed by the verifier's own functions (the trigger's rate would make the fill take many minutes).
// Figures go to docs/PERFORMANCE.md (Audit). Budget (DESIGN.md): ≤ 10 s for 1 M rows.
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { arg, databaseUrl, hukou, machine, recreateDatabase } from './import-support.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { verifyAudit } from '../src/app/audit/verify-audit.ts';
import { canonicalContent, linkHash } from '../src/domain/audit/chain.ts';

const rows = Number(arg('rows', '1000000'));
const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const NAME = 'hukou_bench_audit';
// Through the trigger, one statement (and transaction) per 100 rows: each inserted row updates the chain head, and a
// transaction walks every head version it made, so one huge statement is quadratic (ARCHITECTURE.md, Audit).
const STEP = 100;
const THROUGH_TRIGGER = 20_000;
const AT = '2026-12-01T08:00:00.000000Z';

async function fill(url: string): Promise<{ triggerRowsPerSecond: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = Date.now();
  const viaTrigger = Math.min(rows, THROUGH_TRIGGER);
  for (let from = 1; from <= viaTrigger; from += STEP) {
    await client.query(
      `insert into audit_log (actor_username, actor_role, action, resource_type, resource_id, county_code,
        request_id, ip, detail, person_ids)
      select 'clerk', 'station-clerk', 'registry.lookup', 'person', 'p' || g, '530602', 'req-' || g, '127.0.0.1',
        jsonb_build_object('found', 1, 'idNumber', '53060219800101' || lpad((g % 10000)::text, 4, '0')), array[gen_random_uuid()]
      from generate_series($1::int, $2::int) g`,
      [from, Math.min(viaTrigger, from + STEP - 1)],
    );
  }
  const triggerRowsPerSecond = Math.round(viaTrigger / ((Date.now() - t0) / 1000));
  if (rows > viaTrigger) await copyChained(client, viaTrigger + 1);
  await client.query('analyze audit_log');
  await client.end();
  return { triggerRowsPerSecond, seconds: (Date.now() - t0) / 1000 };
}

/**
 * The rest as the owner by COPY, the chain computed here with the verifier's own functions from the head on, the
 * chain trigger off for the load: the same rows the trigger would make, at COPY speed.
 */
async function copyChained(client: pg.Client, first: number) {
  await client.query('begin');
  await client.query(
    'alter table audit_log disable trigger audit_log_chain; alter table audit_log disable trigger audit_log_chain_flush; alter table audit_chain_head disable trigger audit_chain_head_guard',
  );
  const head = (
    await client.query(
      "select last_seq, encode(last_hash, 'hex') as h from audit_chain_head where chain = 'audit_log'",
    )
  ).rows[0];
  let seq = Number(head.last_seq);
  let prev: Buffer = Buffer.from(head.h, 'hex');
  const firstId = Number((await client.query('select max(id) as m from audit_log')).rows[0].m) + 1;
  const stream = client.query(
    copyFrom(`copy audit_log (id, at, actor_username, actor_role, action, resource_type, resource_id,
    county_code, request_id, ip, detail, person_ids, chain_seq, prev_hash, row_hash) from stdin`),
  );
  let lines = '';
  for (let g = first, id = firstId; g <= rows; g++, id++) {
    const detail = `{"found": 1, "idNumber": "53060219800101${String(g % 10000).padStart(4, '0')}"}`;
    const persons = `{${randomUUID()}}`;
    const values = [
      String(id),
      AT,
      null,
      'clerk',
      'station-clerk',
      'registry.lookup',
      'person',
      `p${g}`,
      '530602',
      `req-${g}`,
      '127.0.0.1',
      detail,
      null,
      persons,
    ];
    seq++;
    const hash = linkHash(prev, seq, canonicalContent(values));
    lines += `${id}\t${AT}\tclerk\tstation-clerk\tregistry.lookup\tperson\tp${g}\t530602\treq-${g}\t127.0.0.1\t${detail}\t${persons}\t${seq}\t\\\\x${prev.toString('hex')}\t\\\\x${hash.toString('hex')}\n`;
    prev = hash;
    if (lines.length > 1 << 20 && !stream.write(lines)) await once(stream, 'drain');
    if (lines.length > 1 << 20) lines = '';
  }
  await new Promise<void>((resolve, reject) => stream.end(lines, () => resolve()).on('error', reject));
  await client.query(
    `update audit_chain_head set last_seq = $1, last_hash = decode($2, 'hex') where chain = 'audit_log'`,
    [seq, prev.toString('hex')],
  );
  await client.query(`select setval(pg_get_serial_sequence('audit_log', 'id'), $1)`, [
    firstId + rows - first,
  ]);
  await client.query(
    'alter table audit_log enable always trigger audit_log_chain; alter table audit_log enable always trigger audit_log_chain_flush; alter table audit_chain_head enable always trigger audit_chain_head_guard',
  );
  await client.query('commit');
}

/** The floor: COPY of the same rows in chain order to nowhere. */
async function rawCopy(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  for await (const chunk of client.query(
    copyTo('copy (select * from audit_log order by chain_seq) to stdout'),
  ) as unknown as AsyncIterable<Buffer>)
    bytes += chunk.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await client.end();
  if (bytes === 0) throw new Error('nothing copied');
  return seconds;
}

async function main() {
  const reuse = process.argv.includes('--reuse');
  const url = reuse ? databaseUrl(adminUrl, NAME) : await recreateDatabase(adminUrl, NAME);
  const database = await openDatabase({ url, poolSize: 2 });
  await migrate(database);
  const filled = reuse ? null : await fill(url);
  const baseline = await rawCopy(url);
  const t0 = process.hrtime.bigint();
  const inProcess = await verifyAudit({ database });
  const useCaseSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await database.close();
  if (inProcess.anomaly) throw new Error(inProcess.anomaly.message);
  const cli = hukou(['audit', 'verify'], { DATABASE_URL: url });
  if (cli.status !== 0) throw new Error(`audit verify failed:\n${cli.stderr}`);
  console.log(
    JSON.stringify(
      {
        rows: inProcess.chains[0]!.rows,
        filled,
        rawCopySeconds: Number(baseline.toFixed(2)),
        verifyUseCaseSeconds: Number(useCaseSeconds.toFixed(2)),
        verifyCliSeconds: Number(cli.seconds.toFixed(2)),
        verifyCliPeakMiB: cli.peakMiB,
        ratioCliToCopy: Number((cli.seconds / baseline).toFixed(2)),
        ratioUseCaseToCopy: Number((useCaseSeconds / baseline).toFixed(2)),
        machine: machine(),
      },
      null,
      2,
    ),
  );
}

await main();
