// Registry events: the append-only record of every change to the register. Each carries who (actor), when (at),
// under which law (legalBasis: a clause id of the plan or an article of a regulation) and why (reason).
// The current state is the fold of these events (apply.ts); nothing is ever updated or deleted.
import type { CancelEventReason } from '../codes/cancellation-reasons.ts';
import type { Address, Household, PersonItems } from './model.ts';

export interface EventMeta {
  eventId: string;
  /** User id (or system name) of whoever recorded the change. */
  actor: string;
  /** ISO timestamp when it was recorded; the state "as of" a time folds events with at <= that time. */
  at: string;
  legalBasis: string;
  reason: string;
}

/** A person entering the register for the first time (birth, or a move-in from outside it). */
export interface NewPerson extends PersonItems {
  personId: string;
  idNumber: string;
}

export type NewHousehold = Pick<Household, 'householdId' | 'householdNo' | 'kind' | 'countyCode'> & {
  address: Address;
};

/** A person leaving a household (death, move-out, cancellation); when the head leaves others, a member takes over. */
export interface Leaving {
  personId: string;
  householdId: string;
  newHeadPersonId: string | null;
}

/** Who arrives: a person already in the register whose hukou is not active, or a newcomer. */
export type Arrival = { existing: string } | { newcomer: NewPerson };

export type RegistryEventBody =
  | { kind: 'birth-registered'; person: NewPerson; householdId: string; relation: string }
  | (Leaving & { kind: 'death-recorded'; deathDate: string })
  | { kind: 'moved-in'; arrival: Arrival; householdId: string; relation: string; from: string }
  | (Leaving & { kind: 'moved-out'; to: string })
  | { kind: 'household-created'; household: NewHousehold; head: Arrival; from: string }
  | {
      kind: 'household-split';
      householdId: string;
      newHousehold: NewHousehold;
      members: ReadonlyArray<{ personId: string; relation: string }>;
    }
  | {
      kind: 'head-changed';
      householdId: string;
      /** null where a legacy household had no head (T12): the new head replaced nobody. */
      formerHeadPersonId: string | null;
      newHeadPersonId: string;
      formerHeadRelation: string;
    }
  | {
      kind: 'item-corrected';
      personId: string;
      /** The person's household when the item is the relation; null otherwise. */
      householdId: string | null;
      field: CorrectableField;
      before: string | null;
      after: string | null;
    }
  | (Leaving & { kind: 'hukou-cancelled'; cause: CancelEventReason });

export type RegistryEvent = EventMeta & RegistryEventBody;
export type EventKind = RegistryEventBody['kind'];

export const EVENT_KINDS: Readonly<Record<EventKind, { zh: string; defaultLegalBasis: string }>> = {
  'birth-registered': { zh: '出生登记', defaultLegalBasis: '户口登记条例 第七条' },
  'death-recorded': { zh: '死亡注销', defaultLegalBasis: '户口登记条例 第八条' },
  'moved-in': { zh: '迁入', defaultLegalBasis: '户口登记条例 第十三条' },
  'moved-out': { zh: '迁出', defaultLegalBasis: '户口登记条例 第十条' },
  'household-created': { zh: '立户', defaultLegalBasis: 'T10.1' },
  'household-split': { zh: '分户', defaultLegalBasis: 'T10.1' },
  'head-changed': { zh: '变更户主', defaultLegalBasis: '户口登记条例 第十七条' },
  'item-corrected': { zh: '项目更正', defaultLegalBasis: 'T12' },
  'hukou-cancelled': { zh: '注销户口', defaultLegalBasis: 'T12' },
};

/** Items that an item-corrected event may change; relation changes here never make or unmake a head. */
export const CORRECTABLE_FIELDS = [
  'name',
  'sex',
  'birthDate',
  'ethnicity',
  'idNumber',
  'relation',
  'formerName',
  'birthPlace',
  'nativePlace',
  'religion',
  'education',
  'maritalStatus',
  'militaryStatus',
  'occupation',
  'employer',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<CorrectableField, string>> = {
  name: '姓名',
  sex: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  idNumber: '公民身份号码',
  relation: '与户主关系',
  formerName: '曾用名',
  birthPlace: '出生地',
  nativePlace: '籍贯',
  religion: '宗教信仰',
  education: '文化程度',
  maritalStatus: '婚姻状况',
  militaryStatus: '兵役状况',
  occupation: '职业',
  employer: '服务处所',
};

function arrivalPersonId(arrival: Arrival): string {
  return 'existing' in arrival ? arrival.existing : arrival.newcomer.personId;
}

/** The persons and households an event touches: its subjects in the history of each. */
export function eventSubjects(event: RegistryEventBody): { persons: string[]; households: string[] } {
  const pair = (persons: Array<string | null>, households: Array<string | null>) => ({
    persons: [...new Set(persons.filter((x): x is string => x !== null))],
    households: [...new Set(households.filter((x): x is string => x !== null))],
  });
  switch (event.kind) {
    case 'birth-registered':
      return pair([event.person.personId], [event.householdId]);
    case 'death-recorded':
    case 'moved-out':
    case 'hukou-cancelled':
      return pair([event.personId, event.newHeadPersonId], [event.householdId]);
    case 'moved-in':
      return pair([arrivalPersonId(event.arrival)], [event.householdId]);
    case 'household-created':
      return pair([arrivalPersonId(event.head)], [event.household.householdId]);
    case 'household-split':
      return pair(
        event.members.map((m) => m.personId),
        [event.householdId, event.newHousehold.householdId],
      );
    case 'head-changed':
      return pair([event.formerHeadPersonId, event.newHeadPersonId], [event.householdId]);
    case 'item-corrected':
      return pair([event.personId], [event.householdId]);
  }
}

export { arrivalPersonId };
