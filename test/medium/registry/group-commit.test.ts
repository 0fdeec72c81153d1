// Group commit of registry changes: a change refused inside a group (here stale because an earlier change of the same
// group moved its row on) leaves no trace — no event, no audit row, no projection change — while the others of the
// group land; and callers of the coalescer are answered only after their group's flush, each with its own outcome.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { GroupCommit } from '../../../src/db/group-commit.ts';
import { applyChangeGroup } from '../../../src/db/repositories/registry/group-write.ts';
import { changeDocument, mapStale } from '../../../src/db/repositories/registry/projection.ts';
import { loadSlice } from '../../../src/db/repositories/registry/slice.ts';
import { accept, parseCommand } from '../../../src/domain/registry/index.ts';
import { isDomainError } from '../../../src/domain/errors.ts';
import { ENGINES } from '../../support/databases.ts';
import { createRegistryFixture, type RegistryFixture } from './support.ts';

describe.each(ENGINES)('registry group commit on %s', (kind) => {
  let f: RegistryFixture;
  beforeAll(async () => {
    f = await createRegistryFixture(kind);
  });
  afterAll(async () => f?.database.dispose());

  /** A correct-item change of one person decided on the slice as it is now, as the document a caller would submit. */
  async function correction(personId: string, occupation: string) {
    const before = await loadSlice(f.database.db, { personIds: [personId] });
    const version = before.persons.get(personId)!.version;
    const command = parseCommand('correct-item', {
      personId,
      version,
      field: 'occupation',
      after: occupation,
      reason: '测试',
    });
    const eventId = randomUUID();
    const { event, next } = accept(before, command, {
      actor: 'clerk',
      at: f.deps.now().toISOString(),
      eventId,
      newPersonId: randomUUID(),
      newHouseholdId: randomUUID(),
      newHouseholdNo: '',
    });
    const audit = {
      actorId: null,
      actorUsername: 'clerk',
      actorRole: 'clerk',
      action: `registry.${event.kind}`,
      resourceType: 'person',
      resourceId: personId,
      detail: { eventId },
    };
    return { eventId, document: changeDocument(before, next, event, audit) };
  }

  it('rolls a refused change back to its savepoint and commits the others of the group', async () => {
    const a = await f.household(1);
    const b = await f.household(2);
    const first = await correction(a.headId, '农民');
    const second = await correction(b.headId, '教师');
    const stale = await correction(b.headId, '工人'); // decided on the same version as `second`
    const eventsBefore = await f.count('registry_event');
    const auditBefore = await f.count('audit_log');

    const outcomes = await applyChangeGroup(f.database.db, [first.document, second.document, stale.document]);

    expect(outcomes.slice(0, 2)).toEqual([null, null]);
    const refused = mapStale(outcomes[2]);
    expect(isDomainError(refused) && refused.code).toBe('stale-version');
    expect(await f.count('registry_event')).toBe(eventsBefore + 2);
    expect(await f.count('audit_log')).toBe(auditBefore + 2);
    const events = await sql<{
      event_id: string;
    }>`select event_id from registry_event where event_id = any(${[first.eventId, second.eventId, stale.eventId]}::uuid[])`.execute(
      f.database.db,
    );
    expect(events.rows.map((r) => r.event_id).sort()).toEqual([first.eventId, second.eventId].sort());
    const audits = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where detail ->> 'eventId' = ${stale.eventId}`.execute(
      f.database.db,
    );
    expect(audits.rows[0]!.n).toBe(0);
    const person = await sql<{
      occupation: string;
      version: number;
    }>`select occupation, version from person where person_id = ${b.headId}`.execute(f.database.db);
    expect(person.rows[0]).toEqual({ occupation: '教师', version: 2 });
  });
});

describe('GroupCommit', () => {
  it('groups items that arrive while a flush is in flight and answers each caller after its own group', async () => {
    const groups: number[][] = [];
    const flushed: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gc = new GroupCommit<number>(
      async (items) => {
        groups.push(items);
        if (groups.length === 1) await gate;
        flushed.push(...items);
        return items.map((i) => (i === 3 ? new Error(`refused ${i}`) : null));
      },
      { maxGroup: 10, maxInFlight: 1 },
    );

    const answered: number[] = [];
    const calls = [1, 2, 3, 4].map((i) =>
      gc.submit(i).then(
        () => answered.push(i),
        (e: Error) => e.message,
      ),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(groups).toEqual([[1]]); // 2, 3, 4 wait for the flush in flight
    expect(answered).toEqual([]); // nobody is answered before the commit
    release();
    const results = await Promise.all(calls);
    expect(groups).toEqual([[1], [2, 3, 4]]);
    expect(flushed).toEqual([1, 2, 3, 4]);
    expect(results[2]).toBe('refused 3');
    expect(answered.sort()).toEqual([1, 2, 4]);
  });

  it('rejects every caller of a group whose flush fails (nothing committed)', async () => {
    const gc = new GroupCommit<number>(
      async () => {
        throw new Error('connection lost');
      },
      { maxGroup: 10, maxInFlight: 1 },
    );
    const results = await Promise.allSettled([gc.submit(1), gc.submit(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
