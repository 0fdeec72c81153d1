// The audit hash chains (issue 13) on both engines: concurrent writers form one chain that verifies; the
// application's role can neither switch the protection off nor rewrite anything; every kind of tamper done as the
// owner is named by `audit verify` (through its use case) at the row where it happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES } from '../../support/databases.ts';
import { createRegistryFixture, personInput, type RegistryFixture } from '../registry/support.ts';
import { verifyAudit } from '../../../src/app/audit/verify-audit.ts';
import { recordAudit } from '../../../src/db/repositories/audit.ts';
import { lookupAudited } from '../../../src/db/repositories/registry/lookup.ts';

describe.each(ENGINES)('the audit hash chain on %s', (kind) => {
  let f: RegistryFixture;
  const asOwner = (script: string) => f.database.asOwner((o) => o.execScript(o.db, script));
  const idAt = async (table: 'audit_log' | 'registry_event', seq: number) => {
    const key = table === 'audit_log' ? 'id' : 'event_seq';
    const r = await sql<{
      k: string;
    }>`select ${sql.ref(key)}::text as k from ${sql.table(table)} where chain_seq = ${seq}`.execute(
      f.database.db,
    );
    return r.rows[0]!.k;
  };
  beforeAll(async () => {
    f = await createRegistryFixture(kind, 16);
  });
  afterAll(async () => f?.database.dispose());

  it('concurrent lookups, audit rows and registry changes form one chain that verifies', async () => {
    const families = await Promise.all([1, 2, 3].map((n) => f.household(n, 1)));
    const ids = [1, 2, 3].map((n) => personInput(n).idNumber);
    const { db } = f.database;
    const ops: Array<Promise<unknown>> = [];
    for (let i = 0; i < 200; i++) {
      if (i % 20 === 0) ops.push(f.household(100 + i));
      else if (i % 4 === 0)
        ops.push(
          db.transaction().execute((trx) =>
            recordAudit(trx, {
              actorId: null,
              actorUsername: 'test',
              actorRole: null,
              action: 'test.write',
              resourceType: 'test',
              resourceId: String(i),
            }),
          ),
        );
      else
        ops.push(
          lookupAudited(db, {
            idNumber: ids[i % 3]!,
            scope: null,
            actorId: null,
            actorUsername: 'test',
            actorRole: null,
            requestId: `r${i}`,
          }),
        );
    }
    await Promise.all(ops);
    expect(families).toHaveLength(3);
    const result = await verifyAudit(f.deps);
    expect(result.anomaly).toBeNull();
    const audit = result.chains.find((c) => c.table === 'audit_log')!;
    expect(audit).toMatchObject({ ok: true, rows: await f.count('audit_log') });
    expect(audit.lastSeq).toBe(audit.rows);
    expect(result.chains.find((c) => c.table === 'registry_event')).toMatchObject({
      ok: true,
      rows: await f.count('registry_event'),
    });
  });

  it("refuses the application's role every way around the chain", async () => {
    const refused = async (statement: string, why: RegExp) =>
      expect(sql.raw(statement).execute(f.database.db)).rejects.toThrow(why);
    await refused('alter table audit_log disable trigger all', /must be owner/);
    await refused('alter table registry_event disable trigger all', /must be owner/);
    await refused('alter table audit_log disable trigger audit_log_chain', /must be owner/);
    await refused('truncate audit_log', /permission denied/);
    await refused("update audit_log set actor_username = 'x'", /permission denied/);
    await refused('delete from audit_log where chain_seq = 1', /permission denied/);
    await refused('update audit_chain_head set last_seq = 0', /permission denied/);
    await refused("select chain_append('audit_log', '\\x00'::bytea)", /permission denied/);
    await refused('set session_replication_role = replica', /permission denied/);
    await refused('drop trigger audit_log_chain on audit_log', /must be owner/);
    // Even the owner moves the head only with its chain, and truncates nothing.
    await expect(asOwner('update audit_chain_head set last_seq = 0')).rejects.toThrow(
      /moves only with its chain/,
    );
    await expect(asOwner('truncate audit_chain_head')).rejects.toThrow(/append-only/);
    await expect(asOwner('truncate audit_log')).rejects.toThrow(/append-only/);
    await expect(
      asOwner('set session_replication_role = replica; delete from audit_log where chain_seq = 1'),
    ).rejects.toThrow(/append-only/);
    await asOwner('reset session_replication_role');
    expect((await verifyAudit(f.deps)).anomaly).toBeNull();
  });

  it('names the first tampered row for each kind of tamper done as the owner', async () => {
    const tamper = (table: string, statements: string) =>
      asOwner(
        `alter table ${table} disable trigger user; ${statements}; alter table ${table} enable trigger user`,
      );
    const first = async () => (await verifyAudit(f.deps)).anomaly;
    const n = (await verifyAudit(f.deps)).chains.find((c) => c.table === 'audit_log')!.lastSeq;

    // registry_event is walked after an intact audit_log: its forged body is named first.
    const event = await idAt('registry_event', 2);
    await tamper(
      'registry_event',
      `update registry_event set body = body || '{"forged": true}' where chain_seq = 2`,
    );
    expect(await first()).toMatchObject({ table: 'registry_event', kind: 'edited', chainSeq: 2, key: event });

    // Then audit_log, each tamper before the last one, so each is the first anomaly in its turn.
    await tamper('audit_log', `delete from audit_log where chain_seq > ${n - 2}`);
    expect(await first()).toMatchObject({ table: 'audit_log', kind: 'truncated', chainSeq: n - 1 });

    const moved = await idAt('audit_log', n - 9);
    await tamper(
      'audit_log',
      `update audit_log set chain_seq = -1 where chain_seq = ${n - 10};
      update audit_log set chain_seq = ${n - 10} where chain_seq = ${n - 9};
      update audit_log set chain_seq = ${n - 9} where chain_seq = -1`,
    );
    expect(await first()).toMatchObject({ kind: 'reordered', chainSeq: n - 10, key: moved });

    // A forged row hashed to fit at place 51, the later rows renumbered to make room.
    await tamper(
      'audit_log',
      `update audit_log set chain_seq = -chain_seq where chain_seq > 50;
      update audit_log set chain_seq = 1 - chain_seq where chain_seq < 0;
      insert into audit_log (id, action, resource_type, actor_username, chain_seq, prev_hash, row_hash) overriding system value
        select 900000, 'registry.lookup', 'person', 'forger', 51, row_hash, '\\x00' from audit_log where chain_seq = 50;
      update audit_log a set row_hash = sha256(a.prev_hash || int8send(a.chain_seq) || chain_content_audit_log(a)) where id = 900000`,
    );
    expect(await first()).toMatchObject({ kind: 'inserted', chainSeq: 51, key: '900000' });

    await tamper('audit_log', 'delete from audit_log where chain_seq = 30');
    expect(await first()).toMatchObject({ kind: 'deleted', chainSeq: 30, key: null });

    const edited = await idAt('audit_log', 10);
    await tamper('audit_log', "update audit_log set actor_username = 'nobody' where chain_seq = 10");
    const anomaly = await first();
    expect(anomaly).toMatchObject({ kind: 'edited', chainSeq: 10, key: edited });
    expect(anomaly!.message).toContain(`audit_log chain_seq 10 (id ${edited}): edited`);
  });
});
