import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../src/domain/identity/id-number.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { fold, headOf, stateAsOf, violations } from '../../../src/domain/registry/index.ts';
import { newcomer, Registry, UNIT } from './fixtures.ts';

function refusal(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('registry commands', () => {
  it('registers a birth into a household, with actor, time, legal basis and reason on the event', () => {
    const r = new Registry();
    const { householdId } = r.household(1);
    const e = r.run(
      'register-birth',
      {
        householdId,
        version: r.version(householdId),
        relation: '20',
        person: { name: '张小明', sex: '1', birthDate: '2017-12-30', ethnicity: '01' },
      },
      { assignedIdNumber: makeIdNumber('530602', '2017-12-30', 1) },
    );
    expect(e).toMatchObject({
      kind: 'birth-registered',
      actor: 'clerk',
      legalBasis: '户口登记条例 第七条',
      reason: '测试',
    });
    const child = r.state.persons.get(e.kind === 'birth-registered' ? e.person.personId : '')!;
    expect(child).toMatchObject({
      status: 'active',
      householdId,
      relation: '20',
      countyCode: '530602',
      version: 1,
    });
    expect(r.version(householdId)).toBe(2);
  });

  it('refuses a future birth date and an ID number that disagrees with the items, naming the field', () => {
    const r = new Registry();
    const { householdId } = r.household(1);
    const future = refusal(() =>
      r.run(
        'register-birth',
        {
          householdId,
          version: 1,
          relation: '20',
          person: { name: '甲', sex: '1', birthDate: '2030-01-01', ethnicity: '01' },
        },
        { assignedIdNumber: '530602203001010011' },
      ),
    );
    expect(future.code).toBe('invalid-input');
    expect(future.issues[0]!.path).toBe('person.birthDate');
    const mismatch = refusal(() =>
      r.run('register-birth', {
        householdId,
        version: 1,
        relation: '20',
        person: { ...newcomer(3), sex: '2' },
      }),
    );
    expect(mismatch.issues[0]!.path).toBe('person.idNumber');
  });

  it('refuses unknown codes with the field path', () => {
    const r = new Registry();
    const { householdId } = r.household(1);
    const e = refusal(() =>
      r.run('register-birth', {
        householdId,
        version: 1,
        relation: '98',
        person: { name: '甲', sex: '3', birthDate: '2017-01-01', ethnicity: '77' },
      }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path).sort()).toEqual(['person.ethnicity', 'person.sex', 'relation']);
  });

  it('refuses a second head and a stale version', () => {
    const r = new Registry();
    const { householdId, headId } = r.household(1);
    const second = refusal(() =>
      r.run('move-in', {
        householdId,
        version: 1,
        relation: '02',
        from: '外省',
        arrival: { type: 'newcomer', person: newcomer(2) },
      }),
    );
    expect(second.issues[0]!.path).toBe('relation');
    const stale = refusal(() =>
      r.run('correct-item', { personId: headId, version: 7, field: 'name', after: '张叁' }),
    );
    expect(stale.code).toBe('stale-version');
  });

  it('makes the head hand over before leaving, and closes the household when the last member leaves', () => {
    const r = new Registry();
    const { householdId, headId } = r.household(1);
    const spouse = r.run('move-in', {
      householdId,
      version: 1,
      relation: '10',
      from: '鲁甸县',
      arrival: { type: 'newcomer', person: newcomer(2) },
    });
    const spouseId =
      spouse.kind === 'moved-in' && 'newcomer' in spouse.arrival ? spouse.arrival.newcomer.personId : '';
    const refused = refusal(() =>
      r.run('record-death', { personId: headId, version: r.version(headId), deathDate: '2018-01-01' }),
    );
    expect(refused.code).toBe('rule-violation');
    expect(refused.message).toContain('head-hands-over');
    expect(refused.issues[0]!.path).toBe('newHeadPersonId');
    r.run('record-death', {
      personId: headId,
      version: r.version(headId),
      deathDate: '2018-01-01',
      newHeadPersonId: spouseId,
    });
    expect(headOf(r.state, householdId)?.personId).toBe(spouseId);
    r.run('move-out', { personId: spouseId, version: r.version(spouseId), to: '昆明市' });
    expect(r.state.households.get(householdId)!.status).toBe('cancelled');
    expect(violations(r.state)).toEqual([]);
  });

  it('refuses the move of a dead person and lets a moved-out person move in elsewhere', () => {
    const r = new Registry();
    const a = r.household(1);
    const b = r.household(2);
    r.run('record-death', { personId: a.headId, version: 1, deathDate: '2018-01-01' });
    const dead = refusal(() =>
      r.run('move-in', {
        householdId: b.householdId,
        version: r.version(b.householdId),
        relation: '99',
        from: 'x',
        arrival: { type: 'existing', personId: a.headId, version: r.version(a.headId) },
      }),
    );
    expect(dead.code).toBe('rule-violation');
    expect(dead.issues[0]!.path).toBe('arrival.personId');
    const c = r.household(3);
    r.run('move-out', { personId: c.headId, version: 1, to: '凤凰街道' });
    r.run('move-in', {
      householdId: b.householdId,
      version: r.version(b.householdId),
      relation: '70',
      from: '凤凰街道',
      arrival: { type: 'existing', personId: c.headId, version: r.version(c.headId) },
    });
    expect(r.state.persons.get(c.headId)).toMatchObject({ status: 'active', householdId: b.householdId });
    expect(r.state.memberships.filter((m) => m.personId === c.headId)).toHaveLength(2);
  });

  it('keeps one family household per address (T4) and one active hukou per ID number (T12)', () => {
    const r = new Registry();
    r.household(1, '凤凰路1号');
    const same = refusal(() => r.household(2, ' 凤凰路１号 '));
    expect(same.message).toContain('one-address-one-household');
    expect(same.issues[0]!.path).toBe('address.detail');
    const dup = refusal(() => r.household(1, '凤凰路9号'));
    expect(dup.message).toContain('one-active-hukou');
  });

  it('splits members into a new household with its own head, never taking the old head', () => {
    const r = new Registry();
    const { householdId, headId } = r.household(1);
    const son = r.run(
      'register-birth',
      {
        householdId,
        version: 1,
        relation: '20',
        person: newcomer(3, { birthDate: '1990-03-13', idNumber: undefined }),
      },
      { assignedIdNumber: makeIdNumber('530602', '1990-03-13', 3) },
    );
    const sonId = son.kind === 'birth-registered' ? son.person.personId : '';
    const takesHead = refusal(() =>
      r.run('split-household', {
        householdId,
        version: r.version(householdId),
        address: { divisionCode: UNIT, detail: '新村1号' },
        members: [{ personId: headId, relation: '02' }],
      }),
    );
    expect(takesHead.message).toContain('split-keeps-head');
    r.run('split-household', {
      householdId,
      version: r.version(householdId),
      address: { divisionCode: UNIT, detail: '新村1号' },
      members: [{ personId: sonId, relation: '02' }],
    });
    expect(r.state.persons.get(sonId)!.relation).toBe('02');
    expect(violations(r.state)).toEqual([]);
  });

  it('changes the head and records corrections with before and after', () => {
    const r = new Registry();
    const { householdId, headId } = r.household(1);
    const e = r.run('move-in', {
      householdId,
      version: 1,
      relation: '10',
      from: 'x',
      arrival: { type: 'newcomer', person: newcomer(2) },
    });
    const spouseId = e.kind === 'moved-in' && 'newcomer' in e.arrival ? e.arrival.newcomer.personId : '';
    r.run('change-head', {
      householdId,
      version: r.version(householdId),
      newHeadPersonId: spouseId,
      formerHeadRelation: '10',
    });
    expect(headOf(r.state, householdId)!.personId).toBe(spouseId);
    const c = r.run('correct-item', {
      personId: headId,
      version: r.version(headId),
      field: 'name',
      after: '张叁',
    });
    expect(c).toMatchObject({ kind: 'item-corrected', before: '张三', after: '张叁', legalBasis: 'T12' });
  });

  it('rebuilds the state as of any past moment from the events', () => {
    const r = new Registry();
    const { headId } = r.household(1);
    const before = r.events[0]!.at;
    r.run('correct-item', { personId: headId, version: 1, field: 'name', after: '张叁' });
    expect(stateAsOf(r.events, before).persons.get(headId)!.name).toBe('张三');
    expect(fold(r.events)).toEqual(r.state);
  });
});
