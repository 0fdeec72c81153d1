// The fields of each registry form. Field names are the API body's own paths (e.g. ["person", "birthDate"]), so an
// error the server names by path lands under the right field.
import {
  CANCEL_EVENT_REASONS,
  HOUSEHOLD_KINDS,
  isMemberRelation,
  RELATIONSHIP_CODES,
} from '../../../../src/domain/codes/index.ts';
import { CORRECTABLE_FIELDS, FIELD_LABELS } from '../../../../src/domain/registry/events.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import type { CommandName, Person } from './registryApi.ts';

export interface FieldSpec {
  name: string[];
  label: MessageKey;
  /** 'identity': the shared identity fields under `name` (web/src/components/IdentityFields.tsx); 'division': the tree. */
  type: 'text' | 'select' | 'multi' | 'identity' | 'division';
  options?: Array<{ value: string; label: string }>;
  optional?: boolean;
}

const codes = (table: Readonly<Record<string, string>>, keep: (code: string) => boolean = () => true) =>
  Object.entries(table)
    .filter(([code]) => keep(code))
    .map(([value, name]) => ({ value, label: `${value} ${name}` }));

export const RELATION_OPTIONS = codes(RELATIONSHIP_CODES, isMemberRelation);

/** A person's identity (ID number, name, sex, birth date, ethnicity), checked field by field as it is typed. */
function personFields(prefix: string[], withIdNumber: 'required' | 'optional'): FieldSpec[] {
  return [
    {
      name: prefix,
      label: 'registry.field.idNumber',
      type: 'identity',
      optional: withIdNumber === 'optional',
    },
  ];
}

/** The field names inside an identity block, for naming a server's error path. */
export const IDENTITY_LABELS: Record<string, MessageKey> = {
  idNumber: 'identity.idNumber',
  name: 'identity.name',
  sex: 'identity.sex',
  birthDate: 'identity.birthDate',
  ethnicity: 'identity.ethnicity',
};

const meta: FieldSpec[] = [
  { name: ['reason'], label: 'registry.field.reason', type: 'text' },
  { name: ['legalBasis'], label: 'registry.field.legalBasis', type: 'text', optional: true },
];

export function fieldsFor(command: CommandName, members: Person[]): FieldSpec[] {
  const memberOptions = members.map((m) => ({
    value: m.personId,
    label: `${m.name}（${RELATIONSHIP_CODES[m.relation ?? ''] ?? ''}）`,
  }));
  const person: FieldSpec = {
    name: ['personId'],
    label: 'registry.field.personId',
    type: 'select',
    options: memberOptions,
  };
  const newHead: FieldSpec = {
    name: ['newHeadPersonId'],
    label: 'registry.field.newHeadPersonId',
    type: 'select',
    options: memberOptions,
    optional: true,
  };
  const address: FieldSpec[] = [
    { name: ['address', 'divisionCode'], label: 'registry.field.divisionCode', type: 'division' },
    { name: ['address', 'detail'], label: 'registry.field.detail', type: 'text' },
  ];
  const kind: FieldSpec = {
    name: ['kind'],
    label: 'registry.field.kind',
    type: 'select',
    options: codes(Object.fromEntries(Object.entries(HOUSEHOLD_KINDS).map(([k, v]) => [k, v.zh]))),
  };
  switch (command) {
    case 'register-birth':
      return [
        ...personFields(['person'], 'optional'),
        { name: ['relation'], label: 'registry.field.relation', type: 'select', options: RELATION_OPTIONS },
        ...meta,
      ];
    case 'move-in':
      return [
        ...personFields(['arrival', 'person'], 'required'),
        { name: ['relation'], label: 'registry.field.relation', type: 'select', options: RELATION_OPTIONS },
        { name: ['from'], label: 'registry.field.from', type: 'text' },
        ...meta,
      ];
    case 'move-out':
      return [person, { name: ['to'], label: 'registry.field.to', type: 'text' }, newHead, ...meta];
    case 'record-death':
      return [
        person,
        { name: ['deathDate'], label: 'registry.field.deathDate', type: 'text' },
        newHead,
        ...meta,
      ];
    case 'cancel-hukou':
      return [
        person,
        {
          name: ['cause'],
          label: 'registry.field.cause',
          type: 'select',
          options: CANCEL_EVENT_REASONS.map((c) => ({ value: c, label: c })),
        },
        newHead,
        ...meta,
      ];
    case 'change-head':
      return [
        { ...newHead, optional: false },
        {
          name: ['formerHeadRelation'],
          label: 'registry.field.formerHeadRelation',
          type: 'select',
          options: RELATION_OPTIONS,
        },
        ...meta,
      ];
    case 'correct-item':
      return [
        person,
        {
          name: ['field'],
          label: 'registry.field.field',
          type: 'select',
          options: CORRECTABLE_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] })),
        },
        { name: ['after'], label: 'registry.field.after', type: 'text' },
        ...meta,
      ];
    case 'split-household':
      return [
        { name: ['memberIds'], label: 'registry.field.members', type: 'multi', options: memberOptions },
        { name: ['splitHead'], label: 'registry.field.splitHead', type: 'select', options: memberOptions },
        kind,
        ...address,
        ...meta,
      ];
    case 'create-household':
      return [
        kind,
        ...address,
        ...personFields(['head', 'person'], 'required'),
        { name: ['from'], label: 'registry.field.from', type: 'text' },
        ...meta,
      ];
  }
}

/** Form values → the API body: ids and versions the form does not show, and the arrival/split shapes. */
export function bodyFor(
  command: CommandName,
  values: Record<string, unknown>,
  household: { householdId: string; version: number } | null,
  members: Person[],
) {
  const v = { ...values } as Record<string, unknown> & {
    personId?: string;
    memberIds?: string[];
    splitHead?: string;
  };
  const personVersion = members.find((m) => m.personId === v.personId)?.version;
  switch (command) {
    case 'register-birth':
    case 'change-head':
      return { ...v, householdId: household?.householdId, version: household?.version };
    case 'move-in':
      return {
        ...v,
        householdId: household?.householdId,
        version: household?.version,
        arrival: { type: 'newcomer', ...(v.arrival as object) },
      };
    case 'create-household':
      return { ...v, head: { type: 'newcomer', ...(v.head as object) } };
    case 'split-household': {
      const { memberIds = [], splitHead, ...rest } = v;
      const members = memberIds.map((personId) => ({
        personId,
        relation: personId === splitHead ? '02' : '97',
      }));
      return { ...rest, householdId: household?.householdId, version: household?.version, members };
    }
    default:
      return { ...v, version: personVersion };
  }
}
