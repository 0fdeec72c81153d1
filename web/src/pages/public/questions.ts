// What the self-check asks, per situation: only the questions the policy needs for it (T2–T12). Each question
// is named by its path in the settlement case (src/domain/policy/case-schema.ts), so the form's values are the
// case and the schema's issues point straight at the question to fix. Labels come from the catalog:
// `public.q.<path>` and `public.opt.<options>.<value>`.
import {
  KEY_GROUP_CATEGORIES,
  KEY_GROUP_TARGETS,
  KIN_RELATIONS,
  MILITARY_RELATIONS,
  MILITARY_TARGETS,
  RIGHTS_HOLDERS,
  RURAL_RIGHTS,
  STUDENT_STAGES,
  STUDENT_TARGETS,
  UNREGISTERED_CATEGORIES,
  type Basis,
} from '../../../../src/domain/policy/case-schema.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';

export type Values = Record<string, Record<string, unknown> | undefined>;

export interface Question {
  /** [section, field] in the case. */
  name: [string, string];
  kind: 'yesno' | 'choice' | 'multi' | 'number' | 'date' | 'county';
  /** Option values and their catalog prefix (choice, multi). */
  options?: (values: Values) => readonly string[];
  optionKey?: string;
  label?: MessageKey;
  help?: MessageKey;
  optional?: boolean;
  when?: (values: Values) => boolean;
}

export const SITUATIONS = [
  'own-home',
  'rental',
  'kin',
  'student',
  'military-family',
  'key-group',
  'return-to-origin',
  'marriage',
  'residence-permit',
  'unregistered',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export function basisOf(s: Situation): Basis {
  return s === 'own-home' || s === 'rental' ? 'residence' : s;
}

const field = (values: Values, section: string, name: string) => values[section]?.[name];
const fixed = (list: readonly string[]) => () => list;
const yes = (name: [string, string]): Question => ({ name, kind: 'yesno' });
const choice = (
  name: [string, string],
  optionKey: string,
  list: readonly string[],
  when?: Question['when'],
): Question => ({
  name,
  kind: 'choice',
  optionKey,
  options: fixed(list),
  when,
});

/** Where: the county (names from the division tree) and what kind of place; 昭阳区 is the central city. */
const WHERE: Question[] = [
  { name: ['destination', 'divisionCode'], kind: 'county' },
  {
    name: ['destination', 'kind'],
    kind: 'choice',
    optionKey: 'public.opt.kind',
    options: (v) =>
      field(v, 'destination', 'divisionCode') === '530602'
        ? ['central-city', 'town', 'rural']
        : ['county-town', 'town', 'rural'],
  },
];

const PERSON: Question[] = [
  { name: ['applicant', 'birthDate'], kind: 'date' },
  yes(['applicant', 'consent']),
];

const RIGHTS: Question = {
  name: ['applicant', 'ruralRights'],
  kind: 'multi',
  optionKey: 'public.opt.right',
  options: fixed(RURAL_RIGHTS),
  help: 'public.q.applicant.ruralRights.help',
  optional: true,
};

const rented = (v: Values) => field(v, 'residence', 'tenure') === 'rented';
const notFollowing = (v: Values) => field(v, 'military', 'followsArmy') === false;

const RESIDENCE: Question[] = [
  {
    name: ['residence', 'legal'],
    kind: 'yesno',
    label: 'public.q.residence.legal.owned',
    when: (v) => !rented(v),
  },
  { name: ['residence', 'legal'], kind: 'yesno', label: 'public.q.residence.legal.rented', when: rented },
  yes(['residence', 'actuallyResiding']),
  ...(['rentalRegistered', 'ownerConsent', 'otherHouseholdAtAddress', 'sharedOrSublet'] as const).map(
    (f): Question => ({ name: ['residence', f], kind: 'yesno', when: rented }),
  ),
];

const SECTIONS: Record<Basis, Question[]> = {
  residence: RESIDENCE,
  kin: [
    choice(['kin', 'relation'], 'public.opt.relation', KIN_RELATIONS),
    yes(['kin', 'coResiding']),
    yes(['kin', 'hostHukouAtDestination']),
    {
      name: ['kin', 'perCapitaHousingAreaM2'],
      kind: 'number',
      help: 'public.q.kin.perCapitaHousingAreaM2.help',
      // Spouses and parents are exempt by the clause itself; a child is exempt only while a minor (the engine knows the age).
      when: (v) => !['spouse', 'parent', 'sibling', 'other'].includes(String(field(v, 'kin', 'relation'))),
      optional: true,
    },
  ],
  student: [
    choice(['student', 'stage'], 'public.opt.stage', STUDENT_STAGES),
    yes(['student', 'schoolInCity']),
    choice(['student', 'target'], 'public.opt.target', STUDENT_TARGETS),
  ],
  'military-family': [
    choice(['military', 'relation'], 'public.opt.relation', MILITARY_RELATIONS),
    yes(['military', 'followsArmy']),
    choice(['military', 'target'], 'public.opt.target', MILITARY_TARGETS, notFollowing),
    {
      ...yes(['military', 'coResidingWithElders']),
      when: (v) => notFollowing(v) && field(v, 'military', 'target') === 'elders-hukou',
    },
    ...(['soldierOwnsResidence', 'coResiding'] as const).map((f): Question => ({
      ...yes(['military', f]),
      when: (v) => notFollowing(v) && field(v, 'military', 'target') === 'soldier-owned-residence',
    })),
  ],
  'key-group': [
    choice(['keyGroup', 'category'], 'public.opt.category', KEY_GROUP_CATEGORIES),
    yes(['keyGroup', 'voluntary']),
    ...(['laborContract', 'monthsEmployed'] as const).map((f): Question => ({
      name: ['keyGroup', f],
      kind: f === 'laborContract' ? 'yesno' : 'number',
      when: (v) => field(v, 'keyGroup', 'category') === 'park-or-large-enterprise-employee',
    })),
    yes(['keyGroup', 'hasLegalStableResidence']),
    choice(['keyGroup', 'target'], 'public.opt.target', KEY_GROUP_TARGETS),
  ],
  'return-to-origin': [
    yes(['returnToOrigin', 'previouslyMovedToTown']),
    choice(['returnToOrigin', 'rightsHolder'], 'public.opt.holder', RIGHTS_HOLDERS),
    {
      name: ['returnToOrigin', 'rights'],
      kind: 'multi',
      optionKey: 'public.opt.right',
      options: fixed(RURAL_RIGHTS),
      when: (v) => field(v, 'returnToOrigin', 'rightsHolder') !== 'none',
    },
    yes(['returnToOrigin', 'actuallyResiding']),
  ],
  marriage: (['applicantHukouRural', 'spouseHukouRural', 'coupleResidesAtDestination'] as const).map((f) =>
    yes(['marriage', f]),
  ),
  'residence-permit': [
    yes(['residencePermit', 'valid']),
    { name: ['residencePermit', 'continuousYears'], kind: 'number' },
    { name: ['residencePermit', 'socialInsuranceYears'], kind: 'number' },
    yes(['residencePermit', 'hasLegalStableResidence']),
  ],
  unregistered: [choice(['unregistered', 'category'], 'public.opt.unregistered', UNREGISTERED_CATEGORIES)],
};

/** Every question for a situation, in the order asked; `when` decides which of them show for given answers. */
export function questionsFor(situation: Situation): Question[] {
  const basis = basisOf(situation);
  const rights = basis === 'unregistered' || basis === 'return-to-origin' ? [] : [RIGHTS];
  return [...WHERE, ...PERSON, ...SECTIONS[basis], ...rights];
}

export function visibleQuestions(situation: Situation, values: Values): Question[] {
  return questionsFor(situation).filter((q) => !q.when || q.when(values));
}

export const questionKey = (q: Question) => q.name.join('.');
