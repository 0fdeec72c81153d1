// Lookups by ID number go to the database together (src/db/repositories/registry/lookup.ts): each caller still gets
// only what its jurisdiction covers, and every lookup — hit, miss or outside the jurisdiction — has its own audit
// row, committed by the time the caller has its answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupByIdNumber } from '../../../src/app/registry/read-registry.ts';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { ENGINES } from '../../support/databases.ts';
import { makeActor, makeContext, operatorContext, staffContext } from '../../support/deps.ts';
import { createRegistryFixture, personInput, type RegistryFixture } from './support.ts';
import { staff } from '../../../src/domain/access/principal.ts';

describe.each(ENGINES)('coalesced lookup by ID number on %s', (kind) => {
  let f: RegistryFixture;
  beforeAll(async () => {
    f = await createRegistryFixture(kind);
  });
  afterAll(async () => f?.database.dispose());

  async function auditOf(requestId: string) {
    return f.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('action', '=', 'registry.lookup')
      .execute();
  }

  it('answers concurrent lookups each with its own persons and its own committed audit row', async () => {
    const households = await Promise.all([1, 2, 3, 4, 5].map((n) => f.household(n)));
    const ids = [1, 2, 3, 4, 5].map((n) => personInput(n).idNumber);
    const missing = makeIdNumber('530602', '1999-09-09', 999);
    const outsider = staffContext({ jurisdiction: '530621' }, 'outsider'); // 鲁甸县
    // Same county, another town: passes the county filter, not the division prefix.
    const neighbour = makeContext({
      principal: staff(makeActor({ jurisdiction: '530602002' })),
      requestId: 'neighbour',
    });
    const calls = [
      ...ids.map((id, i) => lookupByIdNumber(f.deps, { ...f.ctx, requestId: `hit-${i}` }, id)),
      lookupByIdNumber(f.deps, { ...f.ctx, requestId: 'miss' }, missing),
      lookupByIdNumber(f.deps, outsider, ids[0]!),
      lookupByIdNumber(f.deps, neighbour, ids[1]!),
    ];
    const requestIds = [...ids.map((_, i) => `hit-${i}`), 'miss', 'outsider', 'neighbour'];
    const answers = await Promise.all(
      calls.map(async (call, i) => {
        const answer = await call;
        // Answered only once the audit row is there (committed: another connection reads it).
        expect(await auditOf(requestIds[i]!)).toHaveLength(1);
        return answer;
      }),
    );

    answers.slice(0, ids.length).forEach((a, i) => {
      expect(a.persons.map((p) => p.personId)).toEqual([households[i]!.headId]);
      expect(a.persons[0]!.idNumber).toBe(ids[i]);
    });
    const [hit] = await auditOf('hit-0');
    expect(hit).toMatchObject({
      actor_username: 'clerk',
      resource_type: 'person',
      resource_id: households[0]!.headId,
      county_code: '530602',
    });
    expect(hit!.detail).toEqual({ idNumber: ids[0], hits: 1 });

    expect(answers[ids.length]!.persons).toEqual([]);
    const [miss] = await auditOf('miss');
    expect(miss).toMatchObject({ resource_id: null, county_code: null });
    expect(miss!.detail).toEqual({ idNumber: missing, hits: 0 });

    // Outside the jurisdiction: nothing found, and the audit row says so.
    expect(answers[ids.length + 1]!.persons).toEqual([]);
    const [out] = await auditOf('outsider');
    expect(out).toMatchObject({ resource_id: null });
    expect(out!.detail).toEqual({ idNumber: ids[0], hits: 0 });
    expect(answers[ids.length + 2]!.persons).toEqual([]);
    expect((await auditOf('neighbour'))[0]!.detail).toEqual({ idNumber: ids[1], hits: 0 });
  });

  it('lets the operator without an actor (CLI) see every county', async () => {
    const id = personInput(1).idNumber;
    const answer = await lookupByIdNumber(f.deps, operatorContext('cli'), id);
    expect(answer.persons).toHaveLength(1);
    expect((await auditOf('cli'))[0]!.detail).toEqual({ idNumber: id, hits: 1 });
  });
});
