// The pure write-scope rule (T13.2): targets outside the jurisdiction leave the slice, rows kept for invariants stay,
// a person without a household is placed at their county, and the tables name every command and resolution.
import { describe, expect, it } from 'vitest';
import {
  RESOLUTION_TARGETS,
  WRITE_TARGETS,
  placeOfPerson,
  resolutionTargets,
  scopeSlice,
  writeTargets,
} from '../../../src/domain/access/write-scope.ts';
import {
  COMMAND_SCHEMAS,
  type Household,
  type Person,
  type RegistryCommand,
  type RegistryState,
} from '../../../src/domain/registry/index.ts';
import { makeActor } from '../../support/deps.ts';
import { staff, type Principal } from '../../../src/domain/access/principal.ts';

const household = (householdId: string, divisionCode: string): Household => ({
  householdId,
  householdNo: `${divisionCode.slice(0, 6)}000000001`,
  kind: 'family',
  address: { divisionCode, detail: '1号' },
  countyCode: divisionCode.slice(0, 6),
  status: 'active',
  createdOn: '2000-01-01',
  version: 1,
});
const person = (
  personId: string,
  householdId: string | null,
  countyCode: string,
  idNumber = personId,
): Person => ({
  personId,
  idNumber,
  householdId,
  countyCode,
  relation: '02',
  status: 'active',
  cancelledReason: null,
  deathDate: null,
  formerType: null,
  version: 1,
  name: '某',
  sex: '1',
  birthDate: '1980-01-01',
  ethnicity: '01',
  formerName: null,
  birthPlace: null,
  nativePlace: null,
  religion: null,
  education: null,
  maritalStatus: null,
  militaryStatus: null,
  occupation: null,
  employer: null,
});

const state: RegistryState = {
  households: new Map([
    ['h-own', household('h-own', '530602001001')],
    ['h-far', household('h-far', '530621001001')],
  ]),
  persons: new Map([
    ['p-own', person('p-own', 'h-own', '530602')],
    ['p-far', person('p-far', 'h-far', '530621', 'SAME-ID')],
    ['p-loose', person('p-loose', null, '530602')],
  ]),
  memberships: [
    { personId: 'p-far', householdId: 'h-far', relation: '02', since: '2000-01-01', until: null },
  ],
};
const correct = (personId: string): RegistryCommand => ({
  name: 'correct-item',
  input: { personId, version: 1, field: 'name', after: 'x', reason: 'r' },
});
const clerk = staff(makeActor({ role: 'station-clerk', jurisdiction: '530602001' }));
const county = staff(makeActor({ role: 'county-officer', jurisdiction: '530602' }));
const operator: Principal = { kind: 'operator', session: 'test' };

describe('write scopes', () => {
  it('removes an out-of-scope target with its memberships and keeps everything else', () => {
    const scoped = scopeSlice(state, correct('p-far'), clerk);
    expect(scoped.persons.has('p-far')).toBe(false);
    expect(scoped.memberships).toEqual([]);
    expect(scoped.households.has('h-far')).toBe(true); // not named by the command: stays (invariants may need it)
    expect(scopeSlice(state, correct('p-own'), clerk)).toBe(state);
  });

  it('keeps a person a grant names (a permit moving its applicant), and only that person', () => {
    expect(scopeSlice(state, correct('p-far'), clerk, { persons: ['p-far'] }).persons.has('p-far')).toBe(
      true,
    );
    expect(scopeSlice(state, correct('p-far'), clerk, { persons: ['p-own'] }).persons.has('p-far')).toBe(
      false,
    );
  });

  it('keeps a holder of an ID number that the command does not name (one active hukou per number)', () => {
    const birth: RegistryCommand = {
      name: 'register-birth',
      input: {
        householdId: 'h-own',
        version: 1,
        relation: '20',
        person: {
          idNumber: 'SAME-ID',
          name: 'n',
          sex: '1',
          birthDate: '2020-01-01',
          ethnicity: '01',
          formerName: null,
          birthPlace: null,
          nativePlace: null,
          religion: null,
          education: null,
          maritalStatus: null,
          militaryStatus: null,
          occupation: null,
          employer: null,
        },
        reason: 'r',
      },
    };
    expect(scopeSlice(state, birth, clerk).persons.has('p-far')).toBe(true);
  });

  it('places a person without a household at the county: a county covers them, a station does not', () => {
    expect(placeOfPerson(state, state.persons.get('p-loose')!)).toBe('530602');
    expect(scopeSlice(state, correct('p-loose'), clerk).persons.has('p-loose')).toBe(false);
    expect(scopeSlice(state, correct('p-loose'), county).persons.has('p-loose')).toBe(true);
    expect(scopeSlice(state, correct('p-far'), operator)).toBe(state); // the CLI operator: city-wide
  });

  it('reads every target field of the table, nested and listed ones included', () => {
    expect(Object.keys(WRITE_TARGETS).sort()).toEqual(Object.keys(COMMAND_SCHEMAS).sort());
    const split: RegistryCommand = {
      name: 'split-household',
      input: {
        householdId: 'h',
        version: 1,
        kind: 'family',
        address: { divisionCode: '530602001001', detail: 'd' },
        members: [
          { personId: 'a', relation: '02' },
          { personId: 'b', relation: '20' },
        ],
        reason: 'r',
      },
    };
    expect(writeTargets(split)).toEqual({ person: ['a', 'b'], household: ['h'] });
    const moveIn: RegistryCommand = {
      name: 'move-in',
      input: {
        householdId: 'h',
        version: 1,
        relation: '20',
        from: 'f',
        arrival: { type: 'existing', personId: 'x', version: 1 },
        reason: 'r',
      },
    };
    expect(writeTargets(moveIn)).toEqual({ person: ['x'], household: ['h'] });
  });

  it('names the finding records each resolution action acts on', () => {
    expect(RESOLUTION_TARGETS['not-duplicate']).toEqual({ persons: [], households: [] });
    expect(resolutionTargets({ action: 'merge', cancelPersonId: 'c', keepPersonId: 'k' } as never)).toEqual({
      person: [
        ['cancelPersonId', 'c'],
        ['keepPersonId', 'k'],
      ],
      household: [],
    });
    expect(resolutionTargets({ action: 'change-head', householdId: 'h' } as never)).toEqual({
      person: [],
      household: [['householdId', 'h']],
    });
  });
});
