// decide(state, command, context) → the one event a command produces, or a DomainError naming the field and rule.
// accept() also applies the event and refuses it if it would introduce any invariant violation (invariants.ts).
// `state` is the slice of the register the command concerns: the use case loads the households and persons named,
// any holder of the same ID number and any family household at the same address.
import {
  EVENT_KINDS,
  type Arrival,
  type NewHousehold,
  type NewPerson,
  type RegistryEvent,
  type RegistryEventBody,
} from './events.ts';
import type { ArrivalInput, CommandInput, RegistryCommand } from './commands.ts';
import { countyCodeOf } from '../divisions/tree.ts';
import { checkIdNumber } from '../identity/id-number.ts';
import { HEAD_RELATION } from '../codes/relationships.ts';
import { DomainError } from '../errors.ts';
import { addressKey, type Address, type RegistryState } from './model.ts';
import { demand, ruleError } from './rules.ts';
import { apply } from './apply.ts';
import { violations } from './invariants.ts';
import {
  activeHousehold,
  activeMember,
  checkLeaving,
  checkMayArrive,
  checkNoActiveHolder,
  checkVersion,
  dayOf,
  findPerson,
} from './guards.ts';
import { decideCorrection } from './decide-correction.ts';
import type { HouseholdKind } from '../codes/household-kinds.ts';

export interface DecisionContext {
  actor: string;
  /** ISO timestamp of the decision; dates in the input may not lie after its day. */
  at: string;
  eventId: string;
  /** Fresh ids, used when the command brings a new person or household. */
  newPersonId: string;
  newHouseholdId: string;
  newHouseholdNo: string;
  /** For a birth registered without a number: the number the use case allocated (see birthIdNumber). */
  assignedIdNumber?: string;
}

function checkPersonFacts(
  person: { idNumber: string; birthDate: string; sex: string },
  today: string,
  path: string,
) {
  demand(person.birthDate <= today, 'birth-not-in-future', `${path}.birthDate`);
  const check = checkIdNumber(person.idNumber);
  demand(check.valid, 'id-number-valid', `${path}.idNumber`);
  const facts = check.facts;
  demand(
    facts.birthDate === person.birthDate && String(facts.sex) === person.sex,
    'id-number-matches-items',
    `${path}.idNumber`,
  );
}

function newcomer(state: RegistryState, input: NewPerson, today: string, path: string): NewPerson {
  checkPersonFacts(input, today, path);
  for (const p of state.persons.values()) {
    if (p.idNumber !== input.idNumber) continue;
    if (p.status === 'active') throw ruleError('one-active-hukou', `${path}.idNumber`, input.idNumber);
    throw ruleError('person-may-move-in', `${path}.idNumber`, '该号码已在户籍库中，请按原人员办理迁入');
  }
  return input;
}

function arrival(state: RegistryState, input: ArrivalInput, ctx: DecisionContext, path: string): Arrival {
  if (input.type === 'newcomer') {
    return {
      newcomer: newcomer(
        state,
        { ...input.person, personId: ctx.newPersonId },
        dayOf(ctx.at),
        `${path}.person`,
      ),
    };
  }
  const p = findPerson(state, input.personId, `${path}.personId`);
  checkVersion(p.version, input.version, `${path}.version`);
  checkMayArrive(p, `${path}.personId`);
  checkNoActiveHolder(state, p.idNumber, `${path}.personId`, p.personId);
  return { existing: p.personId };
}

function newHousehold(
  state: RegistryState,
  kind: HouseholdKind,
  address: Address,
  ctx: DecisionContext,
): NewHousehold {
  const countyCode = countyCodeOf(address.divisionCode);
  if (!countyCode) throw ruleError('address-in-tree', 'address.divisionCode');
  if (kind === 'family') {
    const key = addressKey(address);
    for (const h of state.households.values()) {
      if (h.status === 'active' && h.kind === 'family' && addressKey(h.address) === key) {
        throw ruleError('one-address-one-household', 'address.detail', h.householdNo);
      }
    }
  }
  return { householdId: ctx.newHouseholdId, householdNo: ctx.newHouseholdNo, kind, countyCode, address };
}

function registerBirth(
  state: RegistryState,
  c: CommandInput<'register-birth'>,
  ctx: DecisionContext,
): RegistryEventBody {
  activeHousehold(state, c.householdId, c.version);
  const idNumber = c.person.idNumber ?? ctx.assignedIdNumber;
  if (!idNumber) throw DomainError.invalid([{ path: 'person.idNumber', message: '未分配公民身份号码' }]);
  const person = { ...c.person, idNumber, personId: ctx.newPersonId };
  checkPersonFacts(person, dayOf(ctx.at), 'person');
  checkNoActiveHolder(state, idNumber, 'person.idNumber');
  return { kind: 'birth-registered', person, householdId: c.householdId, relation: c.relation };
}

function recordDeath(state: RegistryState, c: CommandInput<'record-death'>): RegistryEventBody {
  const p = findPerson(state, c.personId, 'personId');
  checkVersion(p.version, c.version, 'version');
  const householdId = checkLeaving(state, p, c.newHeadPersonId);
  return {
    kind: 'death-recorded',
    personId: p.personId,
    householdId,
    deathDate: c.deathDate,
    newHeadPersonId: c.newHeadPersonId ?? null,
  };
}

function checkDeathDate(state: RegistryState, c: CommandInput<'record-death'>, today: string): void {
  const p = state.persons.get(c.personId);
  if (p) demand(c.deathDate >= p.birthDate && c.deathDate <= today, 'death-after-birth', 'deathDate');
}

function leave(state: RegistryState, c: CommandInput<'move-out'> | CommandInput<'cancel-hukou'>) {
  const p = findPerson(state, c.personId, 'personId');
  checkVersion(p.version, c.version, 'version');
  const householdId = checkLeaving(state, p, c.newHeadPersonId);
  return { personId: p.personId, householdId, newHeadPersonId: c.newHeadPersonId ?? null };
}

function splitHousehold(
  state: RegistryState,
  c: CommandInput<'split-household'>,
  ctx: DecisionContext,
): RegistryEventBody {
  activeHousehold(state, c.householdId, c.version);
  const seen = new Set<string>();
  c.members.forEach((m, i) => {
    const p = activeMember(state, c.householdId, m.personId, `members.${i}.personId`);
    demand(!seen.has(m.personId), 'member-of-household', `members.${i}.personId`, '重复');
    demand(p.relation !== HEAD_RELATION, 'split-keeps-head', `members.${i}.personId`);
    seen.add(m.personId);
  });
  demand(
    c.members.filter((m) => m.relation === HEAD_RELATION).length === 1,
    'new-household-one-head',
    'members',
  );
  const household = newHousehold(state, c.kind, c.address, ctx);
  return { kind: 'household-split', householdId: c.householdId, newHousehold: household, members: c.members };
}

function changeHead(state: RegistryState, c: CommandInput<'change-head'>): RegistryEventBody {
  activeHousehold(state, c.householdId, c.version);
  const next = activeMember(state, c.householdId, c.newHeadPersonId, 'newHeadPersonId');
  const heads = [...state.persons.values()].filter(
    (p) => p.status === 'active' && p.householdId === c.householdId && p.relation === HEAD_RELATION,
  );
  // The usual case: one head hands over to a member. Legacy records (T12) may have no head — the new head then
  // replaces nobody — or several, where the change names the head who steps down and the one who stays.
  let former: string | null;
  if (heads.length > 1) {
    if (!c.formerHeadPersonId)
      throw ruleError('one-head', 'formerHeadPersonId', '本户有多个户主，须指明哪一位不再任户主');
    former = activeMember(state, c.householdId, c.formerHeadPersonId, 'formerHeadPersonId').personId;
    demand(
      heads.some((h) => h.personId === former),
      'one-head',
      'formerHeadPersonId',
      '所指人员不是户主',
    );
    demand(former !== next.personId, 'one-head', 'newHeadPersonId', '新户主与卸任户主不能是同一人');
  } else {
    demand(next.relation !== HEAD_RELATION, 'one-head', 'newHeadPersonId', '该成员已是户主');
    former = heads[0]?.personId ?? null;
    if (c.formerHeadPersonId)
      demand(c.formerHeadPersonId === former, 'one-head', 'formerHeadPersonId', '所指人员不是本户户主');
  }
  return {
    kind: 'head-changed',
    householdId: c.householdId,
    formerHeadPersonId: former,
    newHeadPersonId: next.personId,
    formerHeadRelation: c.formerHeadRelation,
  };
}

export function decide(state: RegistryState, command: RegistryCommand, ctx: DecisionContext): RegistryEvent {
  const today = dayOf(ctx.at);
  let body: RegistryEventBody;
  switch (command.name) {
    case 'register-birth':
      body = registerBirth(state, command.input, ctx);
      break;
    case 'record-death':
      checkDeathDate(state, command.input, today);
      body = recordDeath(state, command.input);
      break;
    case 'move-out':
      body = { kind: 'moved-out', ...leave(state, command.input), to: command.input.to };
      break;
    case 'cancel-hukou':
      body = { kind: 'hukou-cancelled', ...leave(state, command.input), cause: command.input.cause };
      break;
    case 'move-in': {
      const c = command.input;
      activeHousehold(state, c.householdId, c.version);
      body = {
        kind: 'moved-in',
        arrival: arrival(state, c.arrival, ctx, 'arrival'),
        householdId: c.householdId,
        relation: c.relation,
        from: c.from,
      };
      break;
    }
    case 'create-household': {
      const c = command.input;
      const head = arrival(state, c.head, ctx, 'head');
      body = {
        kind: 'household-created',
        household: newHousehold(state, c.kind, c.address, ctx),
        head,
        from: c.from,
      };
      break;
    }
    case 'split-household':
      body = splitHousehold(state, command.input, ctx);
      break;
    case 'change-head':
      body = changeHead(state, command.input);
      break;
    case 'correct-item':
      body = decideCorrection(state, command.input, today);
      break;
  }
  const legalBasis = command.input.legalBasis ?? EVENT_KINDS[body.kind].defaultLegalBasis;
  return {
    ...body,
    eventId: ctx.eventId,
    actor: ctx.actor,
    at: ctx.at,
    legalBasis,
    reason: command.input.reason,
  };
}

/** Decide, apply, and refuse the event if it would introduce a violation that the state did not already have. */
export function accept(state: RegistryState, command: RegistryCommand, ctx: DecisionContext) {
  const event = decide(state, command, ctx);
  const next = apply(state, event);
  const before = new Set(violations(state).map((v) => `${v.rule}|${v.subject}`));
  const introduced = violations(next).find((v) => !before.has(`${v.rule}|${v.subject}`));
  if (introduced) throw ruleError(introduced.rule, '', introduced.subject);
  return { event, next };
}
