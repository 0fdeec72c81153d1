// The clerk's intake wizard as data: which questions each basis needs (the self-check's own per-basis question
// model, web/src/pages/public/questions.ts, minus what the identity and destination steps ask), and the
// application body built from the answers, checked by the API's own schemas (the case schema of the policy
// engine and the application schema) before it is sent.
import { FACT_SECTIONS, applicationInputSchema } from '../../../../src/domain/applications/intake.ts';
import {
  basisOf,
  questionKey,
  visibleQuestions,
  type Question,
  type Situation,
  type Values,
} from '../public/questions.ts';
import { buildCase, checkCase, withPresets, type FieldIssue } from '../public/buildCase.ts';

export interface CompanionValues {
  name?: string;
  idNumber?: string;
  sex?: '1' | '2';
  ethnicity?: string;
  relation?: string;
  headRelation?: string;
  birthDate?: string;
  coResiding?: boolean;
}

export type IntakeValues = { companions?: CompanionValues[] } & Record<
  string,
  Record<string, unknown> | CompanionValues[] | undefined
>;

/** The destination kind, asked with the self-check's options; the central city is 昭阳区 (530602). */
export const DESTINATION_KIND: Question = {
  name: ['destination', 'kind'],
  kind: 'choice',
  optionKey: 'public.opt.kind',
  options: (v) =>
    String(v.destination?.divisionCode ?? '').startsWith('530602')
      ? ['central-city', 'town', 'rural']
      : ['county-town', 'town', 'rural'],
};

/** The basis facts and rural rights of a situation, as the answers so far make them visible. */
export function factQuestions(situation: Situation, values: Values): Question[] {
  return visibleQuestions(situation, withPresets(situation, values)).filter(
    (q) => !['destination', 'applicant'].includes(q.name[0]) || questionKey(q) === 'applicant.ruralRights',
  );
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The application body (POST /api/v1/applications) and every issue the shared schemas find in it. */
export function applicationBody(
  situation: Situation,
  all: IntakeValues,
  asOf: string,
): { body: Record<string, unknown>; issues: FieldIssue[] } {
  const { companions: list = [], ...rest } = all;
  const values = rest as unknown as Values;
  const basis = basisOf(situation);
  const a = values.applicant ?? {};
  const origin = values.origin ?? {};
  const d = values.destination ?? {};
  const hukou =
    basis === 'unregistered' || origin.has === false
      ? null
      : {
          divisionCode: text(origin.divisionCode) ?? '',
          rural: Boolean(origin.rural),
          ...(text(origin.address) ? { address: text(origin.address) } : {}),
        };
  const companions = list.map((c) => ({
    name: text(c.name) ?? '',
    idNumber: text(c.idNumber) ?? '',
    sex: c.sex,
    ethnicity: c.ethnicity,
    relation: c.relation,
    headRelation: c.headRelation,
    birthDate: text(c.birthDate) ?? '',
    coResiding: c.coResiding ?? true,
  }));
  const c = buildCase(situation, { ...values, applicant: { ...a, consent: a.consent === true } }, asOf);
  const facts = Object.fromEntries(
    FACT_SECTIONS.flatMap((s) =>
      (c as Record<string, unknown>)[s] ? [[s, (c as Record<string, unknown>)[s]]] : [],
    ),
  );
  const body = {
    channel: 'counter',
    basis,
    consent: a.consent === true,
    applicant: {
      // The register's person, when the identity was filled from the register (an optional field: absent, not "").
      ...(text(a.personId) ? { personId: text(a.personId) } : {}),
      name: text(a.name) ?? '',
      idNumber: text(a.idNumber) ?? '',
      sex: a.sex,
      ethnicity: a.ethnicity,
      birthDate: text(a.birthDate) ?? '',
      hukou,
      ruralRights: (c.applicant as { ruralRights?: string[] }).ruralRights ?? [],
    },
    destination: {
      divisionCode: text(d.divisionCode) ?? '',
      kind: d.kind,
      ...(text(d.address) ? { address: text(d.address) } : {}),
      ...(text(d.householdId) ? { householdId: text(d.householdId), relation: d.relation } : {}),
    },
    ...facts,
    companions,
  };
  const caseIssues = checkCase({
    ...c,
    applicant: {
      ...c.applicant,
      idNumber: body.applicant.idNumber,
      hukou: hukou && { divisionCode: hukou.divisionCode, rural: hukou.rural },
    },
    companions: companions.map((x) => ({
      relation: x.relation,
      birthDate: x.birthDate,
      coResiding: x.coResiding,
    })),
  } as Parameters<typeof checkCase>[0]);
  const parsed = applicationInputSchema.safeParse(body);
  const appIssues = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        name: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      }));
  const seen = new Set<string>();
  const issues = [...caseIssues, ...appIssues].filter((i) => {
    const k = i.name.join('.');
    return !seen.has(k) && seen.add(k);
  });
  return { body, issues };
}
